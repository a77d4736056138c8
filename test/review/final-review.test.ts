// A final review of issues 10 and 12 against API.md: each fault found is kept as a test of its fix,
// and each statement of the docs and CHANGELOG checked here is held to the code.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { auditCase, auditCaseload, type CaseEvent, type OpenCaseInput, presets } from '../../src/index.js';
import { unwrap } from '../helpers.js';

const example = JSON.parse(readFileSync('examples/case-events.json', 'utf8')) as {
  opening: OpenCaseInput;
  events: CaseEvent[];
};
const AS_OF = '2026-12-01T09:00:00Z';

describe("API.md, 'Case histories and audit': a preset's name wherever a policy is taken", () => {
  it('auditCase takes a preset by name, and finds what it finds with the preset itself', () => {
    const byName = unwrap(auditCase(example.events, 'selwood', { asOf: AS_OF, opening: example.opening }));
    const byValue = unwrap(
      auditCase(example.events, presets.selwood, { asOf: AS_OF, opening: example.opening }),
    );
    expect(byName).toEqual(byValue);
  });

  it('auditCaseload takes a preset by name', () => {
    const cases = [{ caseId: 'case-1', events: example.events, opening: example.opening }];
    const byName = unwrap(auditCaseload(cases, 'tenancy-enforcement-procedure', { asOf: AS_OF }));
    const byValue = unwrap(auditCaseload(cases, presets.tenancyEnforcementProcedure, { asOf: AS_OF }));
    expect(byName).toEqual(byValue);
    expect(byName.cases.audited).toBe(1);
  });

  it("an unknown name is refused at the policy's path, never read as a preset", () => {
    const result = auditCase(example.events, 'Selwood' as never, { asOf: AS_OF, opening: example.opening });
    expect(result.ok).toBe(false);
  });
});

describe('Standards: every public value export has an @example in its doc comment', () => {
  it('each function, constant and schema exported by src/index.ts carries @example', () => {
    const program = ts.createProgram(['src/index.ts'], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
    });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile('src/index.ts');
    const module = source && checker.getSymbolAtLocation(source);
    expect(module).toBeDefined();
    const values = checker.getExportsOfModule(module as ts.Symbol).flatMap((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      return symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable)
        ? [{ name: exported.name, symbol }]
        : [];
    });
    // The package exports well over a hundred values: a parse that found none would prove nothing.
    expect(values.length).toBeGreaterThan(150);
    const without = values
      .filter(({ symbol }) => !symbol.getJsDocTags(checker).some((tag) => tag.name === 'example'))
      .map(({ name }) => name);
    expect(without).toEqual([]);
  });
});
