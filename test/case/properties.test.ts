import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyEvent,
  type CaseEvent,
  type CaseState,
  CaseStateSchema,
  type Failure,
  obligations,
  openCase,
  replay,
} from '../../src/index.js';
import { unwrap } from '../helpers.js';
import { history } from './arbitraries.js';
import { OPENING, TEP } from './fixtures.js';

/** Applies events one by one, skipping refusals; the states and refusals on the way. */
function stepByStep(events: readonly CaseEvent[]) {
  let state = unwrap(openCase(OPENING));
  const accepted: CaseEvent[] = [];
  const refusals: { index: number; error: Failure; before: string; after: string }[] = [];
  const states: CaseState[] = [];
  events.forEach((event, index) => {
    const before = JSON.stringify(state);
    const result = applyEvent(state, event, TEP);
    if (result.ok) {
      accepted.push(event);
      state = result.value;
      states.push(state);
    } else {
      refusals.push({ index, error: result.error, before, after: JSON.stringify(state) });
    }
  });
  return { state, accepted, refusals, states };
}

const RUNS = { numRuns: 60 };

describe('case machine properties', () => {
  it('replay equals applying the events one by one, byte for byte, and is a valid state', () => {
    fc.assert(
      fc.property(history(), (events) => {
        const { state, accepted, refusals } = stepByStep(events);
        const replayed = unwrap(replay(accepted, TEP, OPENING));
        expect(JSON.stringify(replayed)).toBe(JSON.stringify(state));
        expect(CaseStateSchema.safeParse(replayed).success).toBe(true);
        const whole = replay(events, TEP, OPENING);
        const first = refusals[0];
        if (first === undefined) {
          expect(whole).toEqual({ ok: true, value: state });
        } else {
          expect(whole.ok).toBe(false);
          if (!whole.ok) {
            expect(whole.error.index).toBe(first.index);
            expect(whole.error.code).toBe(first.error.code);
          }
        }
      }),
      RUNS,
    );
  });

  it('a refused event leaves the state unchanged, and says why', () => {
    fc.assert(
      fc.property(history(), (events) => {
        for (const refused of stepByStep(events).refusals) {
          expect(refused.after).toBe(refused.before);
          expect(refused.error.message.length).toBeGreaterThan(0);
          if (refused.error.code === 'INVALID_INPUT') expect(refused.error.issues.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('no restriction is ever imposed or varied without a current, proportionate EIA when the policy requires one', () => {
    fc.assert(
      fc.property(history(), (events) => {
        const { state, states } = stepByStep(events);
        for (const decision of state.decisions) {
          if (decision.type === 'restriction-imposed' || decision.type === 'restriction-varied') {
            expect(decision.eia).toBe('current');
          }
        }
        for (const each of states) {
          if (each.restrictions.length > 0) expect(each.eia).toBeDefined();
        }
      }),
      RUNS,
    );
  });

  it('every restriction rests on recorded incidents of the customer that this policy covers (NF-1, HAB-1, TEP-3.0)', () => {
    fc.assert(
      fc.property(history(), (events) => {
        const { state } = stepByStep(events);
        for (const restriction of state.restrictions) {
          expect(restriction.evidence.length).toBeGreaterThan(0);
          for (const id of restriction.evidence) {
            const incident = state.incidents.find((recorded) => recorded.id === id);
            expect(incident?.actor).toBe('customer');
            expect(incident?.target).not.toBe('neighbour');
            expect(incident?.behaviours.map((b) => b.code)).not.toEqual(['raised-voice']);
          }
        }
      }),
      RUNS,
    );
  });

  it('TEP-9: a case never closes with a letter owed, and each letter is dated no earlier than its decision', () => {
    fc.assert(
      fc.property(history(), (events) => {
        const { states, refusals } = stepByStep(events);
        for (const each of states) {
          for (const letter of each.letters) {
            if (letter.letterDate !== undefined) expect(letter.letterDate >= letter.decidedOn).toBe(true);
          }
          if (each.stage === 'closed') {
            expect(each.letters.filter((letter) => letter.letterDate === undefined)).toEqual([]);
          }
        }
        for (const refused of refusals) {
          if (refused.error.code === 'LETTERS_OUTSTANDING') {
            const before = JSON.parse(refused.before) as CaseState;
            expect(before.letters.some((letter) => letter.letterDate === undefined)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('the state survives JSON, validates, and behaves the same after the round trip', () => {
    fc.assert(
      fc.property(history(), (events) => {
        const { state } = stepByStep(events.slice(0, -1));
        const copy = JSON.parse(JSON.stringify(state));
        expect(copy).toEqual(state);
        expect(CaseStateSchema.safeParse(copy).success).toBe(true);
        const last = events.at(-1) as CaseEvent;
        expect(applyEvent(copy, last, TEP)).toEqual(applyEvent(state, last, TEP));
      }),
      RUNS,
    );
  });

  it('an event allowedEvents blocks is refused by applyEvent with the same code; queries never fail on a valid state', () => {
    fc.assert(
      fc.property(history(), (events) => {
        const { state } = stepByStep(events.slice(0, -1));
        const next = events.at(-1) as CaseEvent;
        if (Date.parse(next.at) < Date.parse(state.lastEventAt)) return;
        const allowed = unwrap(allowedEvents(state, next.at, TEP));
        const blocked = allowed.blocked.find((b) => b.type === next.type);
        const result = applyEvent(state, next, TEP);
        if (blocked !== undefined) {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe(blocked.code);
        }
        if (result.ok) expect(allowed.allowed.map((a) => a.type)).toContain(next.type);
        unwrap(obligations(state, next.at, TEP));
      }),
      RUNS,
    );
  });

  it('applyEvent, replay and the queries never throw on fuzzed histories (a crash is a bug, not a refusal)', () => {
    fc.assert(
      fc.property(history(), (events) => {
        let state = unwrap(openCase(OPENING));
        for (const event of events) {
          let result: ReturnType<typeof applyEvent> | undefined;
          expect(() => {
            result = applyEvent(state, event, TEP);
            obligations(state, event.at, TEP);
            allowedEvents(state, event.at, TEP);
          }).not.toThrow();
          if (result?.ok) state = result.value;
        }
        expect(() => replay(events, TEP, OPENING)).not.toThrow();
      }),
      RUNS,
    );
  });

  it('the histories reach restrictions, appeals and legal steps often enough to mean something', () => {
    const reached = { restriction: 0, appeal: 0, breach: 0, legal: 0 };
    fc.assert(
      fc.property(history(), (events) => {
        const { state } = stepByStep(events);
        if (state.restrictions.length > 0) reached.restriction++;
        if (state.appeals.length > 0) reached.appeal++;
        if (state.breaches.length > 0) reached.breach++;
        if (state.legalSteps.length > 0) reached.legal++;
      }),
      { numRuns: 200, seed: 42 },
    );
    expect(reached.restriction).toBeGreaterThan(30);
    expect(reached.appeal).toBeGreaterThan(10);
    expect(reached.breach).toBeGreaterThan(10);
    expect(reached.legal).toBeGreaterThan(10);
  });
});
