// Defects found by an adversarial review of issue 10 items 1-4 (event ids and retries, voids,
// receivedAt, policy versions), each kept as a test of its fix.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  type CaseEvent,
  type CaseState,
  definePolicy,
  presets,
  readPolicy,
  replay,
} from '../../src/index.js';
import { history } from '../case/arbitraries.js';
import { eia, ev, incident, informal, LADDER, OPENING, TEP, warning } from '../case/fixtures.js';
import { badPaths, refusal, unwrap } from '../helpers.js';

const withId = (event: CaseEvent, id: string): CaseEvent => ({ ...event, id });

describe('replay: "without opening the case opens at the first event", and a voided event is "as if never recorded"', () => {
  // Issue 10's mistyped year, on the very first event of a log kept without an opening.
  const typo = withId(incident('inc-1', '2062-01-05T10:00:00Z'), 'e-1');
  const voidTypo = ev('event-voided', '2026-01-06T09:00:00Z', { eventId: 'e-1', reason: 'year mistyped' });
  const corrected = withId(incident('inc-1', '2026-01-05T10:00:00Z'), 'e-2');

  it('opens at the first event not voided, so the events after a voided first event apply', () => {
    const state = unwrap(replay([typo, voidTypo, corrected, eia('2026-01-07T09:00:00Z')], TEP));
    expect(state.openedAt).toBe('2026-01-05T10:00:00Z');
    expect(state.lastEventAt).toBe('2026-01-07T09:00:00Z');
    expect(state.incidents.map((i) => i.occurredAt)).toEqual(['2026-01-05T10:00:00Z']);
    expect(state.voided?.map((v) => v.eventId)).toEqual(['e-1']);
  });

  it('does not open at a void either: "a void is not a step on the case", so the correction keeps its true date', () => {
    // The void (6 January) comes before the re-entered incident (5 January) in the log.
    const state = unwrap(
      replay([typo, voidTypo, corrected], TEP, undefined, { receivedAt: '2026-01-07T00:00:00Z' }),
    );
    expect(state.openedAt).toBe('2026-01-05T10:00:00Z');
  });

  it("replay's own example: the EIA's year mistyped, voided and re-entered with its true date, and the warning after it applies", () => {
    const mistyped = { ...eia('2026-05-02T09:00:00Z'), id: 'e-2', at: '2062-05-02T09:00:00Z' } as CaseEvent;
    const log = [
      incident('inc-1', '2026-05-01T09:00:00Z'),
      informal('2026-05-01T10:00:00Z'),
      mistyped,
      ev('event-voided', '2026-05-03T09:00:00Z', { eventId: 'e-2', reason: 'year mistyped' }),
      withId(eia('2026-05-02T09:00:00Z'), 'e-4'),
      warning('2026-05-04T09:00:00Z'),
    ];
    const state = unwrap(replay(log, 'tenancy-enforcement-procedure'));
    expect(state.stage).toBe('warned');
    expect(state.voided).toMatchObject([{ eventId: 'e-2', type: 'eia-completed' }]);
    // Without the re-entered EIA, the warning has none to rest on.
    expect(
      refusal(replay([...log.slice(0, 4), ...log.slice(5)], 'tenancy-enforcement-procedure'), 'EIA_REQUIRED')
        .index,
    ).toBe(4);
  });

  it('a log of one event and its void opens at the void', () => {
    expect(unwrap(replay([typo, voidTypo], TEP)).openedAt).toBe('2026-01-06T09:00:00Z');
  });

  /** The state without the void's own traces: its record, `voided`, and the versions' index it shifts. */
  const withoutVoid = (state: CaseState) => {
    const { voided: _voided, decisions, decidedUnder: _versions, ...rest } = state;
    return { ...rest, decisions: decisions.filter((record) => record.type !== 'event-voided') };
  };

  it('property: replaying a log with one event voided, with or without an opening, folds as the log without it', () => {
    const voidedLog = history(12)
      .filter((events) => events.length >= 2)
      .chain((events) =>
        fc.tuple(
          fc.constant(events),
          fc.oneof(fc.constant(0), fc.nat(events.length - 1)),
          fc.boolean(),
          fc.boolean(),
        ),
      );
    /** The instant with its year mistyped, 36 years on (2026 for 2062). */
    const mistyped = (at: string) => `${Number(at.slice(0, 4)) + 36}${at.slice(4)}`;
    fc.assert(
      fc.property(voidedLog, ([drafted, which, opened, typo]) => {
        const events: CaseEvent[] = drafted.map((event, index) => ({ ...event, id: `e-${index}` }));
        const wrong = events[which] as CaseEvent;
        if (typo) events[which] = { ...wrong, at: mistyped(wrong.at) };
        const last = events.at(-1) as CaseEvent;
        const log = [
          ...events,
          ev('event-voided', last.at, { eventId: `e-${which}`, reason: 'recorded in error' }),
        ];
        const opening = opened ? OPENING : undefined;
        const clean = replay(
          events.filter((_, index) => index !== which),
          TEP,
          opening,
        );
        const corrected = replay(log, TEP, opening);
        expect(corrected.ok ? 'ok' : corrected.error.code).toBe(clean.ok ? 'ok' : clean.error.code);
        if (clean.ok && corrected.ok) expect(withoutVoid(corrected.value)).toEqual(withoutVoid(clean.value));
      }),
      { numRuns: 40 },
    );
  });
});

describe('receivedAt: "an event dated more than CLOCK_SKEW_TOLERANCE_MINUTES after it is refused", exactly', () => {
  const base = () => unwrap(replay(LADDER.slice(0, 4), TEP, OPENING));

  it('refuses an event 0.4 µs past the tolerance, as instants are compared elsewhere (to the digit written)', () => {
    const late = applyEvent(base(), warning('2026-01-22T09:05:00.0004Z'), TEP, {
      receivedAt: '2026-01-22T09:00:00Z',
    });
    expect(refusal(late, 'EVENT_IN_FUTURE').issues[0]?.path).toBe('event.at');
  });

  it('accepts an event exactly at the tolerance, whatever offsets and digits spell the two instants', () => {
    const options = { receivedAt: '2026-03-29T00:59:59.9999997Z' };
    // 02:04:59.9999997+01:00 is 01:04:59.9999997Z: five minutes after, to the digit.
    expect(applyEvent(base(), warning('2026-03-29T02:04:59.9999997+01:00'), TEP, options).ok).toBe(true);
    expect(
      refusal(
        applyEvent(base(), warning('2026-03-29T02:04:59.9999998+01:00'), TEP, options),
        'EVENT_IN_FUTURE',
      ),
    );
  });
});

describe('"wherever a policy is taken, an effective-dated list of versions of one policy, or a preset\'s name"', () => {
  const revised = unwrap(
    definePolicy(
      {
        id: 'tenancy-enforcement-procedure',
        name: 'TEP (revised)',
        effectiveFrom: '2026-06-01',
        restriction: { reviewIntervalMonths: 3 },
      },
      presets.tenancyEnforcementProcedure,
    ),
  );

  it('reads a preset named in a list of versions as the preset', () => {
    const read = unwrap(readPolicy([revised, 'tenancy-enforcement-procedure']));
    expect(read.versions).toEqual([presets.tenancyEnforcementProcedure, revised]);
    const byName = unwrap(replay(LADDER, ['tenancy-enforcement-procedure', revised], OPENING));
    expect(byName).toEqual(unwrap(replay(LADDER, [presets.tenancyEnforcementProcedure, revised], OPENING)));
  });

  it("refuses an unknown name in a list by its path, naming the presets' names", () => {
    const read = readPolicy([revised, 'tenancy-enforcment-procedure']);
    expect(badPaths(read)).toEqual(['policy[1]']);
    expect(refusal(read, 'INVALID_INPUT').issues[0]?.message).toContain("'tenancy-enforcement-procedure'");
  });
});
