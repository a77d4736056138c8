// Properties of the audit against the strict machine, on generated histories (test/case/arbitraries).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  auditCase,
  auditCaseload,
  type CaseEvent,
  CaseStateSchema,
  openCase,
  replay,
  type SeverityCounts,
} from '../../src/index.js';
import { history } from '../case/arbitraries.js';
import { OPENING, TEP } from '../case/fixtures.js';
import { unwrap } from '../helpers.js';

const RUNS = { numRuns: 40 };
/** The audit's date: the last event's instant, so nothing is left out as dated after it. */
const lastAt = (events: readonly CaseEvent[]): string => (events.at(-1) as CaseEvent).at;
const audit = (events: readonly CaseEvent[]) =>
  unwrap(auditCase(events, TEP, { asOf: lastAt(events), opening: OPENING }));

/** The events the strict machine accepts, applied one by one: a history `replay` accepts whole. */
function acceptedOf(events: readonly CaseEvent[]): CaseEvent[] {
  let state = unwrap(openCase(OPENING));
  const accepted: CaseEvent[] = [];
  for (const event of events) {
    const next = applyEvent(state, event, TEP);
    if (!next.ok) continue;
    state = next.value;
    accepted.push(event);
  }
  return accepted;
}

describe('auditCase against the strict machine', () => {
  it('a history the strict machine accepts has no maladministration risk at any step', () => {
    fc.assert(
      fc.property(history(20), (drafted) => {
        const events = acceptedOf(drafted);
        fc.pre(events.length > 0);
        const { findings, state } = audit(events);
        expect(findings.filter((f) => f.kind === 'refused-step')).toEqual([]);
        // What the machine does not judge at a step: a review never done by the audit's date, a
        // reported member of staff acting (SC-2). Nothing else of that gravity.
        const grave = findings.filter((f) => f.severity === 'maladministration-risk');
        expect(grave.every((f) => f.kind === 'never-met' || f.kind === 'protected-staff-acted')).toBe(true);
        expect(JSON.stringify(state)).toBe(JSON.stringify(unwrap(replay(events, TEP, OPENING))));
      }),
      RUNS,
    );
  });

  it('every event the strict machine refuses, on the state the audit reconstructs, is a finding at its index', () => {
    fc.assert(
      fc.property(history(16), (events) => {
        const { findings, state } = audit(events);
        expect(CaseStateSchema.safeParse(state).success).toBe(true);
        const found = new Set(findings.map((f) => f.index));
        events.forEach((event, index) => {
          const before =
            index === 0
              ? unwrap(replay([], TEP, OPENING))
              : unwrap(auditCase(events.slice(0, index), TEP, { asOf: lastAt(events), opening: OPENING }))
                  .state;
          const strict = applyEvent(before, event, TEP);
          if (!strict.ok)
            expect(found.has(index), `event ${index} (${event.type}): ${strict.error.code}`).toBe(true);
        });
      }),
      { numRuns: 15 },
    );
  });

  it('a malformed event anywhere is refused with its index', () => {
    fc.assert(
      fc.property(history(10), fc.nat(), (events, at) => {
        const index = at % (events.length + 1);
        const broken = [
          ...events.slice(0, index),
          { type: 'case-reviewed', at: 'not a date' },
          ...events.slice(index),
        ];
        const result = auditCase(broken as CaseEvent[], TEP, { asOf: '2030-01-01T00:00:00Z' });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.index).toBe(index);
      }),
      RUNS,
    );
  });
});

describe('auditCaseload', () => {
  it('its counts are the sums of the per-case audits, with malformed cases counted and named', () => {
    fc.assert(
      fc.property(
        fc.array(history(10), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (histories, withBad) => {
          const asOf = '2027-01-01T00:00:00Z';
          const cases = histories.map((events, n) => ({
            caseId: `c-${n}`,
            events,
            opening: { ...OPENING, caseId: `c-${n}` },
          }));
          const all = withBad ? [...cases, { caseId: 'bad', events: [{ type: 'nope' }] }] : cases;
          const load = unwrap(auditCaseload(all, TEP, { asOf, top: 3 }));
          const byRule: Record<string, SeverityCounts> = {};
          let findings = 0;
          for (const one of cases) {
            const { findings: each } = unwrap(auditCase(one.events, TEP, { asOf, opening: one.opening }));
            findings += each.length;
            for (const f of each) {
              const counts = byRule[f.rule] ?? { note: 0, concern: 0, 'maladministration-risk': 0 };
              counts[f.severity]++;
              byRule[f.rule] = counts;
            }
          }
          expect(load.byRule).toEqual(byRule);
          const { note, concern } = load.bySeverity;
          expect(note + concern + load.bySeverity['maladministration-risk']).toBe(findings);
          expect(load.cases.audited).toBe(cases.length);
          expect(load.cases.malformed).toBe(withBad ? 1 : 0);
          expect(load.malformed.map((m) => m.caseId)).toEqual(withBad ? ['bad'] : []);
          expect(load.worst.length).toBeLessThanOrEqual(3);
          expect(load.oldestUnmet.length).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 15 },
    );
  });
});
