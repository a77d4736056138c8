// Issue 11: inside `replay` the fold appends to every list it made in place, and reads the
// case-review schedule on from the reviews already read. None of this may change an answer or an
// input: the events, the opening and a state folded from are never changed, frozen or not, and a
// long replay is the state applyEvent builds one step at a time, byte for byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical } from '../../src/case/apply.js';
import { nextReviewDue } from '../../src/case/deadlines.js';
import { caseReviewsDue } from '../../src/case/eia.js';
import { foldTrusted } from '../../src/case/replay.js';
import { appending, holds } from '../../src/case/sealed.js';
import type { CaseState, RestrictionRecord } from '../../src/case/state.js';
import { applyEvent, type CaseEvent, openCase, replay } from '../../src/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { readPolicy } from '../../src/policy/versions.js';
import { ev, incident, OPENING, STAFF, TEP } from '../case/fixtures.js';
import { civilDates, unwrap } from '../helpers.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * A long case that adds to every list the state keeps: the TEP ladder to a 10-year restriction,
 * an appeal, then `cycles` rounds of an incident, a breach and its warning, an interaction ended,
 * the EIA and the case reviewed (its letter owed, then sent), a staff member reported and
 * cleared, the measures varied and the teams told, the SPOC overseen, a reconsideration decided,
 * an informal approach, and now and then a marker reviewed; a breach and a legal step at the end. The days
 * between rounds vary, so reviews meet the schedule early and late.
 */
function longHistory(cycles: number): CaseEvent[] {
  let t = Date.parse(OPENING.openedAt);
  // Half an hour apart, from 08:00 UTC each round: every event of a round falls on one day in London.
  const next = (): string => {
    t += HOUR / 2;
    return iso(t);
  };
  // Dated the day of the event just made (its `at` is worked out before its payload).
  const letterDay = (): string => iso(t).slice(0, 10);
  const events: CaseEvent[] = [
    incident('inc-0', next()),
    ev('informal-action-taken', next(), { kind: 'initial-warning' }, STAFF.officer),
    incident('inc-1', next()),
    ev('eia-completed', next(), { needs: ['hearing-impairment'], proportionate: true }),
    ev('written-warning-issued', next(), { letterDate: letterDay() }),
    incident('inc-2', next()),
    ev('restriction-imposed', next(), {
      restriction: {
        id: 'r-1',
        startsOn: letterDay(),
        months: 120,
        measures: [{ kind: 'single-channel', channel: 'email' }, { kind: 'spoc-only' }],
        spoc: STAFF.spoc,
      },
      decisionLetterDate: letterDay(),
    }),
    ev('appeal-received', next(), { grounds: 'provoked' }, STAFF.officer),
    ev('appeal-decided', next(), { outcome: 'dismissed', byRole: 'senior-officer' }, STAFF.senior),
  ];
  for (let i = 0; i < cycles; i++) {
    t = (Math.floor(t / DAY) + 1 + ((i * 7) % 12)) * DAY + 8 * HOUR;
    events.push(
      incident(`inc-c${i}`, next()),
      ev('restriction-breached', next(), { incidentId: `inc-c${i}` }, STAFF.spoc.staffId),
      ev(
        'interaction-ended',
        next(),
        { channel: 'phone', incidentId: `inc-c${i}`, customerTold: true },
        STAFF.spoc.staffId,
      ),
      ev('breach-warning-issued', next(), { letterDate: letterDay() }),
      ev('eia-reviewed', next(), { needs: ['hearing-impairment'], proportionate: true }),
      ev('case-reviewed', next(), { outcome: 'continue' }),
      ev('customer-informed', next(), { about: 'case-reviewed', letterDate: letterDay() }),
      ev('staff-conduct-reported', next(), { staffId: `st-${i}` }, STAFF.officer),
      ev('staff-conduct-resolved', next(), { staffId: `st-${i}`, residentSatisfied: true }, STAFF.officer),
      ev('restriction-varied', next(), {
        restrictionId: 'r-1',
        measures:
          i % 2 === 0
            ? [{ kind: 'spoc-only' }]
            : [{ kind: 'single-channel', channel: 'email' }, { kind: 'spoc-only' }],
      }),
      ev('teams-informed', next(), { teams: [...TEP.teams.toInform] }),
      ev('spoc-oversight-reviewed', next(), {}),
      ev('reconsideration-requested', next(), { restrictionId: 'r-1', grounds: 'changed' }, STAFF.officer),
      ev(
        'reconsideration-decided',
        next(),
        { restrictionId: 'r-1', outcome: 'dismissed', letterDate: letterDay(), byRole: 'senior-officer' },
        STAFF.senior,
      ),
      ev('informal-action-taken', next(), { kind: 'supportive-approach' }, STAFF.officer),
    );
    if (i % 25 === 1)
      events.push(ev('marker-reviewed', next(), { markerId: `marker-inc-c${i - 1}`, outcome: 'kept' }));
  }
  events.push(
    incident('inc-last', next()),
    ev('restriction-breached', next(), { incidentId: 'inc-last' }, STAFF.spoc.staffId),
    ev('legal-action-taken', next(), { step: 'legal-warning-letter' }),
  );
  return events;
}

/** applyEvent one event at a time from `from`, each refusal failing the test by its message. */
function stepByStep(from: CaseState, events: readonly CaseEvent[]): CaseState {
  let state = from;
  for (const [index, event] of events.entries()) {
    const next = applyEvent(state, event, TEP);
    if (!next.ok) throw new Error(`events[${index}] (${event.type}): ${next.error.message}`);
    state = next.value;
  }
  return state;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const LONG = longHistory(200);
const json = (value: unknown): string => JSON.stringify(value);

describe('replay appends in place, and changes nothing it was given (issue 11)', () => {
  it('a 3,000-event replay adding to every list is the state applyEvent builds one step at a time, byte for byte', () => {
    expect(LONG.length).toBeGreaterThanOrEqual(3_000);
    const stepped = stepByStep(unwrap(openCase(OPENING)), LONG);
    const replayed = replay(LONG, TEP, OPENING);
    expect(json(replayed)).toBe(json({ ok: true, value: stepped }));
    // Every list a step adds to was added to, or the test would prove less than it says.
    const empty = Object.entries(stepped).filter(([, value]) => Array.isArray(value) && value.length === 0);
    expect(empty.map(([key]) => key)).toEqual([]);
    expect(stepped.eia?.reviewedOn.length).toBeGreaterThan(100);
    expect(stepped.markerReviews?.length).toBeGreaterThan(5);
  });

  it('replay never changes its events or opening: deep-frozen ones fold as their copies do, and unfrozen ones are left as they were', () => {
    const voided: CaseEvent[] = [
      ...LONG.slice(0, 400),
      { ...(incident('inc-v', '2027-06-01T09:00:00Z') as CaseEvent), id: 'e-v' } as CaseEvent,
      {
        type: 'event-voided',
        at: '2027-06-01T10:00:00Z',
        by: STAFF.manager,
        eventId: 'e-v',
        reason: 'recorded on the wrong case',
      } as CaseEvent,
    ];
    const copy = structuredClone(voided);
    const opening = structuredClone(OPENING);
    const expected = json(replay(copy, TEP, opening));
    expect(expected).toContain('"voided":[{"eventId":"e-v"');
    // Unfrozen: nothing may be changed in place.
    expect(json(replay(voided, TEP, opening))).toBe(expected);
    expect(voided).toEqual(structuredClone(copy));
    expect(opening).toEqual(OPENING);
    // Deep-frozen: a change in place would throw.
    const frozen = deepFreeze(structuredClone(copy));
    const frozenOpening = deepFreeze(structuredClone(OPENING));
    expect(json(replay(frozen, TEP, frozenOpening))).toBe(expected);
    expect(frozen).toEqual(copy);
  });

  it('a fold from a state folded before never changes it, sealed or read from JSON, and folds the same again', () => {
    const policy = unwrap(readPolicy(TEP));
    const prior = unwrap(replay(LONG.slice(0, 300), TEP, OPENING));
    const rest = LONG.slice(300, 700);
    const whole = json(replay(LONG.slice(0, 700), TEP, OPENING));
    const fromJson = JSON.parse(json(prior)) as CaseState;
    const kept = structuredClone(fromJson);
    for (const from of [prior, fromJson, prior, fromJson]) {
      const folded = unwrap(foldTrusted(from, rest, policy));
      expect(json(canonical(folded))).toBe(whole);
    }
    expect(fromJson).toEqual(kept);
    expect(json(prior)).toBe(json(kept));
  });
});

describe('appending and holds: in place only on a list the fold made', () => {
  it('outside a fold a new list; inside, a list it did not make is copied once, then appended in place', () => {
    const callers = [1, 2];
    const frozen = Object.freeze([1, 2]);
    expect(appending(false, callers, 3)).toEqual([1, 2, 3]);
    expect(appending(false, callers, 3)).not.toBe(callers);
    const owned = appending(true, callers, 3);
    expect(owned).not.toBe(callers);
    expect(callers).toEqual([1, 2]);
    expect(appending(true, owned, 4, 5)).toBe(owned);
    expect(owned).toEqual([1, 2, 3, 4, 5]);
    const fromFrozen = appending(true, frozen, 3);
    expect(fromFrozen).not.toBe(frozen);
    expect(frozen).toEqual([1, 2]);
    // Outside a fold even a list the fold made is copied.
    expect(appending(false, owned, 6)).not.toBe(owned);
    expect(owned).toHaveLength(5);
  });

  it('holds reads on as a list the fold made grows, and reads any other list through', () => {
    const key = (item: { id: string }): string => item.id;
    let list = appending(true, [] as { id: string }[], { id: 'a' });
    expect(holds(list, 'a', key)).toBe(true);
    expect(holds(list, 'b', key)).toBe(false);
    list = appending(true, list, { id: 'b' });
    expect(holds(list, 'b', key)).toBe(true);
    expect(holds([{ id: 'c' }], 'c', key)).toBe(true);
    expect(holds([{ id: 'c' }], 'a', key)).toBe(false);
  });
});

describe('the case-review schedule read on review by review (TEP-10, TEP-2.4)', () => {
  const quarterly = unwrap(
    definePolicy({
      id: 'acme',
      name: 'Acme',
      effectiveFrom: '2000-01-01',
      restriction: { reviewIntervalMonths: 3, firstReviewAfterMonths: 1, reviewAtEnd: true },
    }),
  );

  it('gives nextReviewDue’s next and after for every list of reviews as it grows, in order or not', () => {
    fc.assert(
      fc.property(
        civilDates('2026-01-01', '2027-12-31'),
        fc.option(fc.integer({ min: 1, max: 48 }), { nil: undefined }),
        fc.array(fc.integer({ min: -40, max: 400 }), { maxLength: 25 }),
        fc.boolean(),
        (startsOn, months, gaps, underQuarterly) => {
          const policy = underQuarterly ? quarterly : TEP;
          const start = Date.parse(`${startsOn}T00:00:00Z`);
          const lastDayInForce =
            months === undefined
              ? null
              : new Date(start + months * 30 * 24 * HOUR).toISOString().slice(0, 10);
          const restriction = { id: 'r-1', startsOn, lastDayInForce } as RestrictionRecord;
          let reviews: CaseState['reviews'] = appending(true, [], {
            at: '',
            on: startsOn,
            outcome: 'continue',
          });
          let day = start - 30 * 24 * HOUR;
          for (const gap of gaps) {
            day += gap * 24 * HOUR;
            const on = new Date(day).toISOString().slice(0, 10);
            reviews = appending(true, reviews, { at: '', on, outcome: 'continue' });
            const done = reviews.map((review) => review.on);
            const next = nextReviewDue(restriction, done, policy);
            const after =
              next === undefined ? undefined : nextReviewDue(restriction, [...done, next], policy);
            // A varied restriction is a new record with the same schedule: it reads on all the same.
            const record = reviews.length % 2 === 0 ? restriction : { ...restriction };
            expect(caseReviewsDue(reviews, record, policy)).toEqual({ next, after });
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
