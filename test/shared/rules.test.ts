import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reason } from '../../src/shared/reason.js';
import { RULES } from '../../src/shared/rules.js';

// The rulebook lives beside the repository (../shared/RULES.md), as it does for every developer and CI.
const rulebook = new URL('../../../shared/RULES.md', import.meta.url);

describe('the rule registry', () => {
  it.runIf(existsSync(rulebook))('has every rule ID of RULES.md, and no other', () => {
    const ids = [...readFileSync(rulebook, 'utf8').matchAll(/^\| ((?:TEP|HO|SH|HAB|SC|NF)-[\d.]+) \|/gm)].map(
      (m) => m[1],
    );
    expect(ids.length).toBeGreaterThan(40);
    expect(Object.keys(RULES).sort()).toEqual([...new Set(ids)].sort());
  });

  it('builds reasons that cite the source’s own heading', () => {
    expect(reason('TEP-7', 'An urgent repair is always received and acted on.')).toEqual({
      rule: 'TEP-7',
      text: 'An urgent repair is always received and acted on.',
      citation: {
        document: 'Unacceptable Behaviour – Tenancy Enforcement Procedure',
        section: '7. Exclusions',
      },
    });
  });
});
