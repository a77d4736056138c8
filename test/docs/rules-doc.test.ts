// docs/rules.md lists every rule ID with the code and the tests that cite it (issue 12). It is
// generated (scripts/rules-doc.mjs) from the rulebook beside the clone, so it is checked only when
// ../shared/RULES.md is there, as the rule registry's own test is.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  citing,
  NOT_IMPLEMENTABLE,
  RULEBOOK,
  RULES_DOC,
  readRulebook,
  rulesDoc,
} from '../../scripts/rules-doc.mjs';
import { presets, RULES } from '../../src/index.js';

describe.runIf(existsSync(RULEBOOK))('docs/rules.md', () => {
  const rulebook = existsSync(RULEBOOK) ? readFileSync(RULEBOOK, 'utf8') : '';
  const { text, found } = rulesDoc(rulebook);

  it('is up to date with the rulebook, the code and the tests (else: node scripts/rules-doc.mjs)', () => {
    expect(readFileSync(RULES_DOC, 'utf8')).toBe(text);
  });

  it('lists every rule ID of the rulebook, each with code that implements it and a test that checks it', () => {
    const ids = readRulebook(rulebook).flatMap((section) => section.rules.map((rule) => rule.id));
    expect(ids.length).toBeGreaterThan(40);
    expect([...found.keys()].sort()).toEqual(Object.keys(RULES).sort());
    const without = [...found]
      .filter(
        ([id, { code, tests }]) => !(id in NOT_IMPLEMENTABLE) && (code.length === 0 || tests.length === 0),
      )
      .map(([id]) => id);
    expect(without).toEqual([]);
  });

  it('counts TEP-1 where TEP-1 is cited, not where TEP-10 or TEP-1.2 is', () => {
    expect(citing('TEP-1').test('// TEP-1: forceful is not unacceptable')).toBe(true);
    expect(citing('TEP-1').test("reason('TEP-1', ...)")).toBe(true);
    for (const other of ['TEP-10', 'TEP-1.2', 'XTEP-1', 'NF-TEP-1'])
      expect(citing('TEP-1').test(other)).toBe(false);
  });
});

describe('citations', () => {
  it('of every rule and every preset setting read as words an officer can quote, never a path in the repository', () => {
    const path = /\b[\w-]+\.(?:md|ts|mjs|js|json)\b|\bsrc\/|\bdocs\//;
    const all = [
      ...Object.values(RULES),
      ...Object.values(presets).flatMap((policy) =>
        Object.values(policy.citations).filter((c) => 'document' in c),
      ),
    ] as { document: string; section: string }[];
    expect(all.length).toBeGreaterThan(100);
    for (const { document, section } of all) {
      expect(document).not.toMatch(path);
      expect(section).not.toMatch(path);
    }
  });
});
