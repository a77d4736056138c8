// Properties of real histories (issue 10): retries never change a case, and replay is the same
// fold as applying the events one at a time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, type CaseEvent, type CaseState, openCase, replay } from '../../src/index.js';
import { unwrap } from '../helpers.js';
import { history } from './arbitraries.js';
import { OPENING, TEP } from './fixtures.js';

const RUNS = { numRuns: 30 };

/** A history whose events each carry an id. */
const withIds = history(20).map((events) => events.map((event, index) => ({ ...event, id: `e-${index}` })));

/** Copies of some events, each inserted at a random place after its original. */
const withRetries = withIds.chain((events) =>
  fc.array(fc.tuple(fc.nat(events.length - 1), fc.nat(1000)), { maxLength: 10 }).map((copies) => {
    const log: CaseEvent[] = [...events];
    for (const [which, where] of copies) {
      const original = log.indexOf(events[which] as CaseEvent);
      const at = original + 1 + (where % (log.length - original));
      log.splice(at, 0, { ...(events[which] as CaseEvent) });
    }
    return { events, log };
  }),
);

/** Applies events one at a time, skipping refusals: the state, and the events accepted. */
function stepByStep(events: readonly CaseEvent[]): { state: CaseState; accepted: CaseEvent[] } {
  let state = unwrap(openCase(OPENING));
  const accepted: CaseEvent[] = [];
  for (const event of events) {
    const result = applyEvent(state, event, TEP);
    if (result.ok) {
      state = result.value;
      accepted.push(event);
    }
  }
  return { state, accepted };
}

describe('histories: properties', () => {
  it('replay with retries shuffled in after their originals equals replay without them', () => {
    fc.assert(
      fc.property(withRetries, ({ events, log }) => {
        const clean = replay(events, TEP, OPENING);
        const retried = replay(log, TEP, OPENING);
        expect(retried.ok).toBe(clean.ok);
        if (clean.ok && retried.ok) expect(JSON.stringify(retried.value)).toBe(JSON.stringify(clean.value));
        if (!clean.ok && !retried.ok) expect(retried.error.code).toBe(clean.error.code);
      }),
      RUNS,
    );
  });

  it('applying a log with retries one event at a time equals replaying what was accepted, byte for byte', () => {
    fc.assert(
      fc.property(withRetries, ({ log }) => {
        const { state, accepted } = stepByStep(log);
        expect(JSON.stringify(unwrap(replay(accepted, TEP, OPENING)))).toBe(JSON.stringify(state));
        // Every event accepted once is a no-op the second time.
        for (const event of accepted.slice(-3)) {
          expect(JSON.stringify(unwrap(applyEvent(state, event, TEP)))).toBe(JSON.stringify(state));
        }
      }),
      RUNS,
    );
  });

  it('a state read back from JSON folds on exactly as the one kept in memory', () => {
    fc.assert(
      fc.property(withIds, (events) => {
        const half = Math.ceil(events.length / 2);
        const { state } = stepByStep(events.slice(0, half));
        const stored = JSON.parse(JSON.stringify(state)) as CaseState;
        expect(stored).toEqual(state);
        let fromMemory = state;
        let fromJson = stored;
        for (const event of events.slice(half)) {
          const a = applyEvent(fromMemory, event, TEP);
          const b = applyEvent(fromJson, event, TEP);
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
          if (a.ok && b.ok) {
            fromMemory = a.value;
            fromJson = JSON.parse(JSON.stringify(b.value)) as CaseState;
          }
        }
      }),
      { numRuns: 20 },
    );
  });
});
