// Every exported function has valid arguments in the fuzz table, and every entry is an export:
// a new export fails here until it is fuzzed.
import { describe, expect, it } from 'vitest';
import { ARGUMENTS, exportedFunctions } from './arguments.js';
import { callCalmly } from './calm.js';

describe('the fuzz table covers every export', () => {
  it('every exported function has an entry, and every entry is an exported function', () => {
    const exported = exportedFunctions()
      .map(([name]) => name)
      .sort();
    expect(Object.keys(ARGUMENTS).sort()).toEqual(exported);
  });

  it.each(Object.keys(ARGUMENTS))('%s accepts its table arguments', (name) => {
    const fn = exportedFunctions().find(([n]) => n === name)?.[1] as (...args: unknown[]) => unknown;
    for (const args of (ARGUMENTS[name] as () => unknown[][])()) {
      const answer = callCalmly(name, fn, args) as { ok?: boolean; error?: { message: string } };
      if (typeof answer === 'object' && answer !== null && 'ok' in answer) {
        expect(answer.ok, `${name}: ${answer.error?.message}`).toBe(true);
      }
    }
  });
});
