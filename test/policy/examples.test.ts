/**
 * Real policies as examples (issue 14, item 9): each file in examples/policies is an illustrative
 * reconstruction of a kind of landlord's published policy. Each parses strictly, says what it
 * could only approximate, cites every setting, and carries a short case from warning to appeal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CaseEvent,
  describePolicy,
  LIBRARY_DEFAULTS,
  type Policy,
  parsePolicy,
  replay,
  SETTING_PATHS,
} from '../../src/index.js';
import { eia, ev, incident, informal, OPENING, STAFF } from '../case/fixtures.js';
import { unwrap } from '../helpers.js';

const folder = new URL('../../examples/policies/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));

/** Who takes a step under the policy: the first role it allows, with enough others where it needs several. */
function deciders(policy: Policy, step: 'restriction-imposed' | 'appeal-decided', people: string[]) {
  const limit = policy.authority[step];
  if (limit === undefined) return { by: people[0] as string };
  const { roles, count } = Array.isArray(limit) ? { roles: limit, count: 1 } : limit;
  const [first, ...others] = people.slice(0, count);
  return {
    by: first as string,
    byRole: roles[0] as string,
    ...(others.length > 0 && { jointlyWith: others.map((by) => ({ by, byRole: roles.at(-1) as string })) }),
  };
}

/** A short case under the policy: behaviour, an informal warning, an EIA, a written warning, more behaviour, a restriction, an appeal decided. */
function shortCase(policy: Policy): CaseEvent[] {
  const months = policy.restriction.defaultMonths ?? 12;
  return [
    incident('inc-1', '2026-01-05T10:00:00Z'),
    informal('2026-01-06T09:00:00Z'),
    incident('inc-2', '2026-01-20T15:30:00Z'),
    eia('2026-01-21T09:00:00Z'),
    ev('written-warning-issued', '2026-01-22T09:00:00Z', { letterDate: '2026-01-22', form: 'letter' }),
    incident('inc-3', '2026-02-10T11:00:00Z'),
    {
      type: 'restriction-imposed',
      at: '2026-03-02T10:00:00Z',
      ...deciders(policy, 'restriction-imposed', ['hm-1', 'hm-3']),
      restriction: { id: 'r-1', startsOn: '2026-03-02', months, measures: [{ kind: 'written-only' }] },
      decisionLetterDate: '2026-03-02',
      service: { method: 'first-class-post', postedOn: '2026-03-02' },
    } as CaseEvent,
    ev('appeal-received', '2026-03-04T09:00:00Z', {}, STAFF.officer),
    {
      type: 'appeal-decided',
      at: '2026-03-20T09:00:00Z',
      ...deciders(policy, 'appeal-decided', ['dir-1', 'dir-2']),
      outcome: 'dismissed',
    } as CaseEvent,
  ];
}

describe('examples/policies: illustrative reconstructions of landlords’ published policies', () => {
  it('holds at least four, of the kinds the issue names', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    const nations = files.map(
      (file) => (JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as Policy).calendar.nation,
    );
    expect(nations).toContain('scotland');
  });

  for (const file of files) {
    describe(file, () => {
      const policy = unwrap(parsePolicy(readFileSync(new URL(file, folder), 'utf8')));

      it('parses strictly, says it is illustrative and what it approximates', () => {
        expect(policy.notes?.[0]).toMatch(/^Illustrative reconstruction, not a verbatim copy/);
        expect(policy.notes?.length).toBeGreaterThan(1);
      });

      it('cites every setting to its own document and section, or to a library default that says so', () => {
        const { settings } = unwrap(describePolicy(policy));
        expect(settings.map((s) => s.path)).toEqual([...SETTING_PATHS]);
        for (const setting of settings) {
          if (setting.libraryDefault) {
            expect(setting.stated, setting.path).toBe(false);
            expect(setting.source.section.startsWith(`${setting.path}: `)).toBe(true);
          } else {
            expect(setting.stated, setting.path).toBe(true);
            expect(setting.source.document).toMatch(/illustrative reconstruction$/);
            expect(setting.source.document).not.toBe(LIBRARY_DEFAULTS);
          }
        }
      });

      it('walks a short case from warning to a restriction and an appeal decided by those it allows', () => {
        const state = unwrap(replay(shortCase(policy), policy, OPENING));
        expect(state.stage).toBe('restricted');
        expect(state.appeals[0]?.outcome).toBe('dismissed');
        const record = state.decisions.at(-1);
        if (policy.authority['appeal-decided'] !== undefined) {
          expect(record?.byRole).toBeDefined();
          expect(record?.reasons.find((r) => r.rule === 'NF-8')?.citation.document).toBe(
            policy.citations.authority.document,
          );
        }
      });
    });
  }
});
