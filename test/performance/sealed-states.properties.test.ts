// Issue 11: a state the library sealed is trusted at the door without being parsed again. The
// answers must be the ones a full parse gives: step by step from frozen states and from the same
// states read back from JSON (parsed in full at the door), byte for byte, refusals included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, type CaseState, LIMITS, openCase, replay } from '../../src/index.js';
import { history } from '../case/arbitraries.js';
import { OPENING, TEP } from '../case/fixtures.js';
import { unwrap } from '../helpers.js';

const RUNS = { numRuns: 25 };
const fromJson = (state: CaseState): CaseState => JSON.parse(JSON.stringify(state)) as CaseState;

describe('sealed case states (issue 11)', () => {
  it('applyEvent gives byte-identical results and refusals from a frozen state and from its JSON copy', () => {
    fc.assert(
      fc.property(history(25), (events) => {
        let sealed = unwrap(openCase(OPENING));
        for (const event of events) {
          const fast = applyEvent(sealed, event, TEP);
          const slow = applyEvent(fromJson(sealed), event, TEP);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
          if (fast.ok) sealed = fast.value;
        }
      }),
      RUNS,
    );
  });

  it('replay gives the state applyEvent builds one frozen step at a time, byte for byte', () => {
    fc.assert(
      fc.property(history(25), (events) => {
        const replayed = replay(events, TEP, OPENING);
        let state = unwrap(openCase(OPENING));
        for (const event of events) {
          const next = applyEvent(state, event, TEP);
          if (!next.ok) {
            // replay refuses the whole log at the first refusal, with the same code.
            expect(replayed.ok ? undefined : replayed.error.code).toBe(next.error.code);
            return;
          }
          state = next.value;
        }
        expect(JSON.stringify(replayed)).toBe(JSON.stringify({ ok: true, value: state }));
      }),
      RUNS,
    );
  });

  it('states come back deep-frozen, and the caller’s own input is never frozen or changed', () => {
    const opened = unwrap(openCase(OPENING));
    expect(Object.isFrozen(opened) && Object.isFrozen(opened.decisions)).toBe(true);
    const input = fromJson(opened);
    const before = JSON.stringify(input);
    const next = unwrap(
      applyEvent(
        input,
        {
          type: 'incident-recorded',
          at: '2026-01-06T09:00:00Z',
          by: 'ho-1',
          incident: {
            id: 'inc-1',
            occurredAt: '2026-01-06T09:00:00Z',
            channel: 'phone',
            actor: 'customer',
            target: 'staff',
            behaviours: [{ code: 'swearing', persistent: true }],
          },
        },
        TEP,
      ),
    );
    expect(Object.isFrozen(input)).toBe(false);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(next.decisions[0]) && Object.isFrozen(next.decisions[0]?.reasons)).toBe(true);
  });

  it('a log longer than LIMITS.maxListLength is folded (LIMITS.maxEventsPerLog), and its state read back from JSON', () => {
    expect(LIMITS.maxEventsPerLog).toBeGreaterThan(LIMITS.maxListLength);
    const start = Date.parse('2026-01-06T09:00:00Z');
    const events = Array.from({ length: LIMITS.maxListLength + 1 }, (_, i) => {
      const at = new Date(start + i * 60_000).toISOString();
      return {
        type: 'incident-recorded' as const,
        at,
        by: 'ho-1',
        incident: {
          id: `inc-${i}`,
          occurredAt: at,
          channel: 'phone' as const,
          actor: 'customer' as const,
          target: 'staff' as const,
          behaviours: [{ code: 'swearing' as const, persistent: true }],
        },
      };
    });
    const state = unwrap(replay(events, TEP, OPENING));
    expect(state.decisions).toHaveLength(LIMITS.maxListLength + 1);
    const next = applyEvent(
      fromJson(state),
      { type: 'informal-action-taken', at: '2026-03-01T09:00:00Z', by: 'ho-1', kind: 'initial-warning' },
      TEP,
    );
    expect(next.ok && next.value.decisions.length).toBe(LIMITS.maxListLength + 2);
  });
});
