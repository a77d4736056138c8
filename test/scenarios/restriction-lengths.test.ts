// Restriction lengths as landlords set them (API.md, "Any landlord's policy"): a fixed default
// (SH-2, "a 12-month period"), any length up to a maximum, open-ended restrictions that stay until
// lifted, a first review at its own time, and a review on the last day in force. TEP 10: "Each
// case should be reviewed every six months ... to establish if the measures in place remain, are
// adjusted or removed": no restriction goes unreviewed.
import { describe, expect, it } from 'vitest';
import {
  activeRestrictions,
  type CaseEvent,
  caseDeadlines,
  caseGate,
  caseRestrictions,
  checkContact,
  LIBRARY_DEFAULTS,
  obligations,
  presets,
  replay,
  restrictionPeriod,
  reviewDates,
} from '../../src/index.js';
import { ev, LADDER, OPENING, restriction, TEP } from '../case/fixtures.js';
import { badPaths, refusal, unwrap } from '../helpers.js';
import { acmePolicy } from '../policy/landlord.js';

const policyWith = acmePolicy;

const BEFORE = LADDER.slice(0, -1);
const DECIDED = '2026-03-02T10:00:00Z';
/** LADDER's restriction on 2 March 2026, written only, with no length given. */
const untimed: CaseEvent = ev('restriction-imposed', DECIDED, {
  restriction: { id: 'r-1', startsOn: '2026-03-02', measures: [{ kind: 'written-only' }] },
  decisionLetterDate: '2026-03-02',
});
const reviewed = (at: string, outcome: 'continue' | 'vary' | 'lift' = 'continue'): CaseEvent[] => [
  ev('eia-reviewed', at, { needs: [], proportionate: true }),
  ev('case-reviewed', at, { outcome, letterDate: at.slice(0, 10) }),
];
const phone = (at: string) => ({ at, direction: 'inbound', channel: 'phone', subject: 'general' }) as const;

describe('restriction.maxMonths: any length up to the maximum', () => {
  const upTo12 = policyWith({ restriction: { maxMonths: 12 } });

  it('12 months is within a 12-month maximum, and its reasons say so', () => {
    const state = unwrap(replay([...BEFORE, restriction(DECIDED, { months: 12 })], upTo12, OPENING));
    expect(state.restrictions[0]).toMatchObject({ months: 12, lastDayInForce: '2027-03-01' });
    expect(state.decisions.at(-1)?.reasons.map((r) => r.text)).toContain(
      'A restriction lasts any length up to 12 months: this one lasts 12.',
    );
  });

  it('13 months is refused LENGTH_OVER_MAXIMUM, naming the length', () => {
    const error = refusal(
      replay([...BEFORE, restriction(DECIDED, { months: 13 })], upTo12, OPENING),
      'LENGTH_OVER_MAXIMUM',
    );
    expect(error.issues).toEqual([
      {
        path: `events[${BEFORE.length}].restriction.months`,
        message: 'expected at most 12 months, received 13',
      },
    ]);
    expect(error.message).toBe(
      "A restriction may last at most 12 months under the policy 'acme', and this one would last 13: make it 12 months or less.",
    );
    expect(error.reasons?.[0]).toMatchObject({
      rule: 'TEP-5.2',
      citation: { document: 'Acme Homes policy', section: 'Policy setting restriction.maxMonths' },
    });
  });

  it('a variation to 13 months is refused too; to 9 months it is not', () => {
    const imposed = [...BEFORE, restriction(DECIDED, { months: 6 })];
    expect(
      refusal(
        replay(
          [...imposed, ev('restriction-varied', '2026-04-01T09:00:00Z', { months: 13 })],
          upTo12,
          OPENING,
        ),
        'LENGTH_OVER_MAXIMUM',
      ).issues[0]?.path,
    ).toBe(`events[${imposed.length}].months`);
    unwrap(
      replay([...imposed, ev('restriction-varied', '2026-04-01T09:00:00Z', { months: 9 })], upTo12, OPENING),
    );
  });

  it('restrictionPeriod refuses a length over the maximum by its path', () => {
    expect(
      refusal(
        restrictionPeriod({ startsOn: '2026-03-01', months: 13, policy: upTo12 }),
        'LENGTH_OVER_MAXIMUM',
      ).issues,
    ).toEqual([{ path: 'months', message: 'expected at most 12 months, received 13' }]);
  });
});

describe('restriction.openEnded: no last day, reviewed every interval for as long as it lasts', () => {
  const openEnded = policyWith({ restriction: { openEnded: true } });
  const state = unwrap(replay([...BEFORE, untimed], openEnded, OPENING));

  it('a decision giving no length has no last day: lastDayInForce, endsAt and months are null', () => {
    expect(state.restrictions[0]).toMatchObject({
      startsOn: '2026-03-02',
      lastDayInForce: null,
      endsAt: null,
      months: null,
    });
    expect(state.decisions.at(-1)?.reasons.map((r) => r.text)).toContain(
      'The restriction has no last day: it stays in place until a review lifts it, and the case is reviewed every review interval for as long as it lasts.',
    );
    expect(unwrap(restrictionPeriod({ startsOn: '2026-03-02', policy: openEnded }))).toMatchObject({
      lastDayInForce: null,
      endsAt: null,
      months: null,
    });
  });

  it('under TEP, which is not open-ended, the same decision is refused LENGTH_REQUIRED', () => {
    refusal(replay([...BEFORE, untimed], TEP, OPENING), 'LENGTH_REQUIRED');
  });

  it('the gate shape has lastDayInForce null, and the gate never ends it: a call in 2031 is still redirected', () => {
    expect(unwrap(caseRestrictions(state))[0]).toMatchObject({ id: 'r-1', lastDayInForce: null });
    expect(unwrap(activeRestrictions(state, '2031-05-01T10:00:00Z'))).toHaveLength(1);
    const gate = unwrap(caseGate(state, openEnded));
    expect(gate.check(phone('2031-05-01T10:00:00Z'))).toMatchObject({
      ok: true,
      value: { outcome: 'redirect' },
    });
    const [shape] = unwrap(caseRestrictions(state));
    const checked = unwrap(
      checkContact([shape as never], phone('2040-01-06T10:00:00Z'), { policy: openEnded }),
    );
    expect(checked.outcome).toBe('redirect');
    expect(checked.reasons.map((r) => r.text).join(' ')).not.toMatch(/to the end of/);
  });

  it('lifted at a review, its last day in force is the day of the lift, and the gate lets calls through after', () => {
    const lifted = unwrap(
      replay([...BEFORE, untimed, ...reviewed('2026-09-01T09:00:00Z', 'lift')], openEnded, OPENING),
    );
    expect(unwrap(caseRestrictions(lifted))[0]).toMatchObject({ lastDayInForce: '2026-09-01' });
    const gate = unwrap(caseGate(lifted, openEnded));
    expect(gate.check(phone('2026-09-02T10:00:00Z'))).toMatchObject({
      ok: true,
      value: { outcome: 'allow' },
    });
    expect(unwrap(caseDeadlines(lifted, openEnded)).restrictions[0]?.reviewsDue).toEqual([]);
  });

  it('owes a case review every six months for ever, and never a restriction-ends', () => {
    const due = (s: typeof state, at: string) =>
      unwrap(obligations(s, at, openEnded)).filter(
        (o) => o.kind === 'case-review' || o.kind === 'restriction-ends',
      );
    expect(due(state, '2026-03-03T09:00:00Z').map((o) => [o.kind, o.dueOn])).toEqual([
      ['case-review', '2026-09-02'],
    ]);
    const years = unwrap(
      replay(
        [
          ...BEFORE,
          untimed,
          ...reviewed('2026-09-01T09:00:00Z'),
          ...reviewed('2027-03-01T09:00:00Z'),
          ...reviewed('2027-09-01T09:00:00Z'),
          ...reviewed('2028-03-01T09:00:00Z'),
        ],
        openEnded,
        OPENING,
      ),
    );
    expect(due(years, '2028-03-02T09:00:00Z').map((o) => [o.kind, o.dueOn])).toEqual([
      ['case-review', '2028-09-01'],
    ]);
    expect(unwrap(caseDeadlines(years, openEnded)).restrictions[0]?.nextReviewDue).toBe('2028-09-01');
  });

  it('caseDeadlines bounds its reviews: to the next due, or to reviewsUntil when asked', () => {
    expect(unwrap(caseDeadlines(state, openEnded)).restrictions[0]).toMatchObject({
      lastDayInForce: null,
      reviewsDue: ['2026-09-02'],
      nextReviewDue: '2026-09-02',
    });
    expect(
      unwrap(caseDeadlines(state, openEnded, { reviewsUntil: '2028-03-02' })).restrictions[0]?.reviewsDue,
    ).toEqual(['2026-09-02', '2027-03-02', '2027-09-02', '2028-03-02']);
    expect(badPaths(caseDeadlines(state, openEnded, { reviewsUntil: 'soon' }))).toEqual([
      'options.reviewsUntil',
    ]);
  });

  it('reviewDates needs until for an open-ended restriction, and lists to it', () => {
    expect(
      badPaths(reviewDates({ startsOn: '2026-03-01', lastDayInForce: null, policy: openEnded })),
    ).toEqual(['until']);
    expect(
      unwrap(
        reviewDates({ startsOn: '2026-08-31', lastDayInForce: null, until: '2027-08-31', policy: openEnded }),
      ).dates,
    ).toEqual(['2027-02-28', '2027-08-31']);
  });

  it('a decision may still state its length, and a variation may give an open-ended one a last day', () => {
    const fixed = unwrap(replay([...BEFORE, restriction(DECIDED, { months: 6 })], openEnded, OPENING));
    expect(fixed.restrictions[0]?.lastDayInForce).toBe('2026-09-01');
    const varied = unwrap(
      replay(
        [...BEFORE, untimed, ev('restriction-varied', '2026-04-01T09:00:00Z', { months: 12 })],
        openEnded,
        OPENING,
      ),
    );
    expect(varied.restrictions[0]).toMatchObject({ months: 12, lastDayInForce: '2027-03-01' });
  });

  it('a case with an open-ended restriction current cannot be closed until it is lifted', () => {
    refusal(
      replay([...BEFORE, untimed, ev('case-closed', '2030-01-01T09:00:00Z', {})], openEnded, OPENING),
      'INVALID_TRANSITION',
    );
  });
});

describe('no restriction goes unreviewed because its length equals the review interval', () => {
  it('a 6-month restriction under 6-monthly reviews is reviewed on its last day in force (library default, labelled)', () => {
    // Old behaviour: reviewDates gave [], so no review was ever due.
    const schedule = unwrap(
      reviewDates({ startsOn: '2026-03-02', lastDayInForce: '2026-09-01', policy: TEP }),
    );
    expect(schedule.dates).toEqual(['2026-09-01']);
    const defaultReason = schedule.reasons.find((r) => r.citation.document === LIBRARY_DEFAULTS);
    expect(defaultReason?.text).toMatch(
      /^Library default, not a rule of the policy’s source: no scheduled review falls within/,
    );
    expect(defaultReason?.rule).toBe('TEP-10');
  });

  it('in the case, the review falls due on the last day in force, then is overdue the day after', () => {
    const state = unwrap(replay([...BEFORE, restriction(DECIDED, { months: 6 })], TEP, OPENING));
    const onTheDay = unwrap(obligations(state, '2026-09-01T12:00:00+01:00', TEP)).find(
      (o) => o.kind === 'case-review',
    );
    expect(onTheDay).toMatchObject({ dueOn: '2026-09-01', overdue: false, subject: 'r-1' });
    expect(onTheDay?.reasons.map((r) => r.citation.document)).toContain(LIBRARY_DEFAULTS);
    expect(unwrap(caseDeadlines(state, TEP)).restrictions[0]?.reviewsDue).toEqual(['2026-09-01']);
  });

  it('month ends: from 31 August, 6 months ends on 27 February, and the review is that day', () => {
    expect(
      unwrap(reviewDates({ startsOn: '2026-08-31', lastDayInForce: '2027-02-27', policy: TEP })).dates,
    ).toEqual(['2027-02-27']);
    // A leap year: 31 August 2027 + 6 months is 29 February 2028, so the last day is the 28th.
    const leap = unwrap(restrictionPeriod({ startsOn: '2027-08-31', months: 6, policy: TEP }));
    expect(leap.lastDayInForce).toBe('2028-02-28');
    expect(
      unwrap(reviewDates({ startsOn: '2027-08-31', lastDayInForce: '2028-02-28', policy: TEP })).dates,
    ).toEqual(['2028-02-28']);
  });

  it('a 7-month restriction is reviewed at 6 months, and not again on its last day', () => {
    expect(
      unwrap(reviewDates({ startsOn: '2026-03-02', lastDayInForce: '2026-10-01', policy: TEP })).dates,
    ).toEqual(['2026-09-02']);
  });
});

describe('restriction.firstReviewAfterMonths and restriction.reviewAtEnd', () => {
  it('first review after 3 months, then every 6: 12 months from 2 March is reviewed on 2 June and 2 December', () => {
    const quarterFirst = policyWith({ restriction: { firstReviewAfterMonths: 3 } });
    const schedule = unwrap(
      reviewDates({ startsOn: '2026-03-02', lastDayInForce: '2027-03-01', policy: quarterFirst }),
    );
    expect(schedule.dates).toEqual(['2026-06-02', '2026-12-02']);
    expect(schedule.reasons.map((r) => r.text)).toContain(
      'The first review is due 3 months after the restriction starts; the reviews after it every 6 months.',
    );
    const state = unwrap(replay([...BEFORE, restriction(DECIDED, { months: 12 })], quarterFirst, OPENING));
    expect(
      unwrap(obligations(state, '2026-03-03T09:00:00Z', quarterFirst)).find((o) => o.kind === 'case-review')
        ?.dueOn,
    ).toBe('2026-06-02');
  });

  it('reviewAtEnd: a 12-month restriction is reviewed at 6 months and on its last day, citing the setting', () => {
    const atEnd = policyWith({ restriction: { reviewAtEnd: true } });
    const schedule = unwrap(
      reviewDates({ startsOn: '2026-03-02', lastDayInForce: '2027-03-01', policy: atEnd }),
    );
    expect(schedule.dates).toEqual(['2026-09-02', '2027-03-01']);
    expect(
      schedule.reasons.find((r) => r.citation.section === 'Policy setting restriction.reviewAtEnd')?.text,
    ).toBe("The case is also reviewed on the restriction's last day in force, Monday 1 March 2027.");
    // Under TEP, which sets no review at the end, a 12-month restriction is reviewed at 6 months only.
    expect(
      unwrap(reviewDates({ startsOn: '2026-03-02', lastDayInForce: '2027-03-01', policy: TEP })).dates,
    ).toEqual(['2026-09-02']);
  });

  it('reviewAtEnd and a scheduled review on the last day give one review, not two', () => {
    const atEnd = policyWith({ restriction: { reviewAtEnd: true } });
    // A restriction whose last day is exactly a six-monthly date.
    expect(
      unwrap(reviewDates({ startsOn: '2026-03-02', lastDayInForce: '2026-09-02', policy: atEnd })).dates,
    ).toEqual(['2026-09-02']);
  });

  it('Selwood: 12 months by default, reviewed at 6 months', () => {
    const period = unwrap(restrictionPeriod({ startsOn: '2026-03-02', policy: presets.selwood }));
    expect(period.lastDayInForce).toBe('2027-03-01');
    expect(
      unwrap(reviewDates({ startsOn: '2026-03-02', lastDayInForce: '2027-03-01', policy: presets.selwood }))
        .dates,
    ).toEqual(['2026-09-02']);
  });
});
