// Issue 13's kinds of fault as properties over fuzzed case histories: whatever the history, the
// case machine never lets a landlord drift from its policy in these ways.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDate } from '../../src/calendar/zone.js';
import {
  applyEvent,
  type CaseEvent,
  type CaseState,
  caseDeadlines,
  definePolicy,
  obligations,
  openCase,
  type Policy,
  replay,
} from '../../src/index.js';
import { unwrap } from '../helpers.js';
import { history } from './arbitraries.js';
import { OPENING, TEP } from './fixtures.js';

/** Each accepted event with the state it was applied to. */
function accepted(events: readonly CaseEvent[], policy: Policy = TEP) {
  let state = unwrap(openCase(OPENING));
  const steps: { event: CaseEvent; before: CaseState; after: CaseState }[] = [];
  for (const event of events) {
    const result = applyEvent(state, event, policy);
    if (!result.ok) continue;
    steps.push({ event, before: state, after: result.value });
    state = result.value;
  }
  return { state, steps };
}

const isCurrent = (state: CaseState, at: string) =>
  state.restrictions.some(
    (r) =>
      (r.endsAt === null || Date.parse(at) < Date.parse(r.endsAt)) &&
      (r.liftedAt === undefined || Date.parse(at) < Date.parse(r.liftedAt)),
  );

const RUNS = { numRuns: 60 };
/** A fixed seed where a test also counts how often its check was reached: the count never flakes. */
const COUNTED = { numRuns: 60, seed: 20261129 };

describe('the case stays true to the policy, whatever the history (issue 13)', () => {
  it('TEP-2.4: nothing is continued, varied or escalated while a change of circumstances awaits the EIA review', () => {
    fc.assert(
      fc.property(history(), (events) => {
        for (const { event, before } of accepted(events).steps) {
          const holdsBack =
            (event.type === 'case-reviewed' && event.outcome !== 'lift') ||
            event.type === 'restriction-varied' ||
            event.type === 'restriction-imposed' ||
            event.type === 'written-warning-issued' ||
            event.type === 'breach-warning-issued' ||
            (event.type === 'legal-action-taken' && event.immediateRiskBecause === undefined);
          if (holdsBack) expect(before.eia?.changeUnreviewed).toBeUndefined();
          if (
            holdsBack &&
            event.type !== 'restriction-varied' &&
            !(event.type === 'case-reviewed' && event.outcome === 'vary')
          ) {
            expect(before.eia?.proportionate ?? true).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('TEP-2.4: a step refused for a stale EIA names the very day obligations list its review as overdue', () => {
    let checked = 0;
    fc.assert(
      fc.property(history(), fc.integer({ min: 0, max: 300 }), (events, days) => {
        const { state } = accepted(events);
        if (state.stage === 'closed') return;
        const at = new Date(Date.parse(state.lastEventAt) + days * 86_400_000).toISOString();
        const probe = applyEvent(
          state,
          { type: 'written-warning-issued', at, by: 'hm-1', letterDate: at.slice(0, 10) },
          TEP,
        );
        const stale = probe.ok ? null : probe.error.message.match(/review was due by (.+?) \(/);
        if (stale === null) return;
        checked++;
        const owed = unwrap(obligations(state, at, TEP)).filter((o) => o.kind === 'eia-review' && o.overdue);
        expect(owed.map((o) => describeDate(o.dueOn))).toContain(stale[1]);
      }),
      COUNTED,
    );
    expect(checked).toBeGreaterThan(3);
  });

  it('NF-2: no review continues a measure that conflicts with a need recorded since, unanswered; each such conflict is owed', () => {
    let conflicted = 0;
    fc.assert(
      fc.property(history(), (events) => {
        const { steps } = accepted(events);
        for (const { event, before } of steps) {
          if (event.type !== 'case-reviewed' || event.outcome !== 'continue') continue;
          const owed = unwrap(obligations(before, event.at, TEP)).filter(
            (o) => o.kind === 'measure-conflict',
          );
          expect(owed).toEqual([]);
        }
        for (const { after } of steps) {
          if (after.stage === 'closed') continue;
          const at = after.lastEventAt;
          const owed = unwrap(obligations(after, at, TEP)).filter((o) => o.kind === 'measure-conflict');
          const probe = applyEvent(
            after,
            { type: 'case-reviewed', at, by: 'hm-1', outcome: 'continue' },
            TEP,
          );
          if (probe.ok) expect(owed).toEqual([]);
          if (!probe.ok && probe.error.code === 'DISPROPORTIONATE_MEASURE') {
            conflicted++;
            expect(owed.length).toBeGreaterThan(0);
          }
        }
      }),
      COUNTED,
    );
    expect(conflicted).toBeGreaterThan(0);
  });

  it('TEP-10, NF-1, TEP-4.2: every step acts on something, and formal action follows informal or says why', () => {
    fc.assert(
      fc.property(history(), (events) => {
        for (const { event, before } of accepted(events).steps) {
          if (event.type === 'case-reviewed') expect(isCurrent(before, event.at)).toBe(true);
          if (['informal-action-taken', 'police-notified', 'legal-action-taken'].includes(event.type)) {
            expect(before.incidents.length).toBeGreaterThan(0);
          }
          if (event.type === 'written-warning-issued' && before.informalActions.length === 0) {
            expect(event.informalSkippedBecause).toBeDefined();
          }
          if (event.type === 'restriction-imposed' && before.informalActions.length === 0) {
            expect(event.informalSkippedBecause ?? event.warningSkippedBecause).toBeDefined();
          }
        }
      }),
      RUNS,
    );
  });

  it('TEP-11.2: a stored state answers as a replay of its history does, under a policy changed since', () => {
    const changed = unwrap(
      definePolicy({
        id: 'tep-2027',
        name: 'TEP, business days',
        effectiveFrom: '2000-01-01',
        calendar: { nation: 'england-and-wales', extraClosures: ['2026-03-09', '2026-04-07'] },
        appeal: { window: { length: 10, unit: 'business-days' } },
      }),
    );
    let compared = 0;
    fc.assert(
      fc.property(history(), (events) => {
        const { state, steps } = accepted(events);
        const replayed = replay(
          steps.map((step) => step.event),
          changed,
          OPENING,
        );
        if (!replayed.ok) return;
        compared++;
        const stored = JSON.parse(JSON.stringify(state)) as CaseState;
        expect(caseDeadlines(stored, changed)).toEqual(caseDeadlines(replayed.value, changed));
        if (state.stage !== 'closed') {
          const at = state.lastEventAt;
          expect(obligations(stored, at, changed)).toEqual(obligations(replayed.value, at, changed));
        }
      }),
      COUNTED,
    );
    expect(compared).toBeGreaterThan(10);
  });
});
