import { z } from 'zod';
import { addDays, addMonths, daysBetween } from '../calendar/civil-date.js';
import { describeDate, startOfDay } from '../calendar/zone.js';
import { checkInEffect } from '../policy/effective.js';
import { LIBRARY_DEFAULTS } from '../policy/presets.js';
import { type Policy, PolicySchema } from '../policy/schema.js';
import { settingReason } from '../policy/settings.js';
import { fieldOf, type WithPresetName, withPresetPolicy } from '../policy/versions.js';
import { type CivilDate, CivilDateSchema, type Instant } from '../shared/dates.js';
import { type Reason, reason } from '../shared/reason.js';
import { type Failure, fail, ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import { checkInRange } from './count.js';

/**
 * When a restriction is in force: from the start of `startsOn` to the end of `lastDayInForce`,
 * or, for an open-ended one (`restriction.openEnded`), until it is lifted.
 */
export interface RestrictionPeriod {
  readonly startsOn: CivilDate;
  /** The instant it comes into force: midnight at the start of `startsOn`, in the policy's zone. */
  readonly startsAt: Instant;
  /** The last civil date on which it is in force; `null`: open-ended, in force until lifted. */
  readonly lastDayInForce: CivilDate | null;
  /** The instant it stops: midnight at the end of `lastDayInForce`; `null` when open-ended. */
  readonly endsAt: Instant | null;
  /** Its length in months; `null` when open-ended. */
  readonly months: number | null;
  readonly basis: string;
  readonly reasons: readonly Reason[];
}

const RestrictionPeriodInput = z.strictObject({
  startsOn: CivilDateSchema,
  policy: PolicySchema,
  months: z.int({ error: 'expected a whole number of months' }).min(1).max(120).optional(),
});

/** How adding months landed, in words, when the month-end rule had to choose. */
function monthEndNote(from: CivilDate, landed: CivilDate, policy: Policy): string {
  if (landed.slice(8) === from.slice(8)) return '';
  const rule = policy.monthEnd === 'clamp' ? 'clamps to that month’s last day' : 'moves to the next day';
  return ` (that month has no day ${Number(from.slice(8))}, so the date ${rule}, ${describeDate(landed)})`;
}

/**
 * TEP-5.2: the refusal of a length longer than the policy's `restriction.maxMonths`, naming
 * `path`; nothing when the length is within it.
 *
 * @example
 * lengthOverMaximum(18, { ...policy, restriction: { ...policy.restriction, maxMonths: 12 } }, 'months')
 * // => { code: 'LENGTH_OVER_MAXIMUM', message: 'A restriction may last at most 12 months under ...', ... }
 */
export function lengthOverMaximum(months: number, policy: Policy, path: string): Failure | undefined {
  const max = policy.restriction.maxMonths;
  if (max === null || months <= max) return undefined;
  return {
    code: 'LENGTH_OVER_MAXIMUM',
    message: `A restriction may last at most ${max} months under the policy '${policy.id}', and this one would last ${months}: make it ${max} months or less.`,
    issues: [{ path, message: `expected at most ${max} months, received ${months}` }],
    reasons: [
      settingReason(policy, 'restriction.maxMonths', `A restriction lasts any length up to ${max} months.`),
    ],
  };
}

/**
 * When a restriction of N months is in force: from the start of `startsOn` up to and including
 * the day before `startsOn` + N months, with the policy's month-end rule. `months` defaults to
 * the policy's restriction length (12 in Selwood's, SH-2); the default policy has none, since
 * each decision must state its length (TEP-5.2), so there it is required (`LENGTH_REQUIRED`). A
 * length over the policy's `restriction.maxMonths` is refused (`LENGTH_OVER_MAXIMUM`). Under an
 * open-ended policy (`restriction.openEnded`) a restriction with no length given has no last day
 * (`lastDayInForce` and `endsAt` are `null`): it stays in force until lifted.
 *
 * @example
 * restrictionPeriod({ startsOn: '2026-03-01', months: 12, policy: presets.tenancyEnforcementProcedure })
 * // => { ok: true, value: { startsOn: '2026-03-01', startsAt: '2026-03-01T00:00:00+00:00',
 * //      lastDayInForce: '2027-02-28', endsAt: '2027-03-01T00:00:00+00:00', months: 12, ... } }
 * restrictionPeriod({ startsOn: '2026-08-31', months: 6, policy: presets.tenancyEnforcementProcedure })
 * // => value.lastDayInForce '2027-02-27' (31 August + 6 months clamps to 28 February)
 * restrictionPeriod({ startsOn: '2026-03-01', policy: presets.tenancyEnforcementProcedure })
 * // => { ok: false, error: { code: 'LENGTH_REQUIRED', ... } }
 * restrictionPeriod({ startsOn: '2026-03-01', policy: openEndedPolicy })
 * // => { ok: true, value: { lastDayInForce: null, endsAt: null, months: null, ... } }
 */
export function restrictionPeriod(
  input: WithPresetName<z.input<typeof RestrictionPeriodInput>>,
): Result<RestrictionPeriod> {
  const valid = validate(RestrictionPeriodInput, withPresetPolicy(input, fieldOf(input, 'startsOn')), '');
  if (!valid.ok) return valid;
  return restrictionPeriodTrusted(valid.value.startsOn, valid.value.policy, valid.value.months);
}

/** `restrictionPeriod` on input already validated (the case machine's own records). */
export function restrictionPeriodTrusted(
  startsOn: CivilDate,
  policy: Policy,
  stated: number | undefined,
): Result<RestrictionPeriod> {
  const inEffect = checkInEffect(policy, startsOn, 'The restriction');
  if (!inEffect.ok) return inEffect;
  const over = stated === undefined ? undefined : lengthOverMaximum(stated, policy, 'months');
  if (over !== undefined) return { ok: false, error: over };
  const months = stated ?? policy.restriction.defaultMonths;
  const startsAt = startOfDay(startsOn, policy.timeZone);
  if (months === null && policy.restriction.openEnded) {
    return ok({
      startsOn,
      startsAt,
      lastDayInForce: null,
      endsAt: null,
      months: null,
      basis: `In force from the start of ${describeDate(startsOn)} until it is lifted, ${policy.timeZone} time: it has no last day.`,
      reasons: [
        settingReason(
          policy,
          'restriction.openEnded',
          'The restriction has no last day: it stays in place until a review lifts it, and the case is reviewed every review interval for as long as it lasts.',
        ),
      ],
    });
  }
  if (months === null) {
    return fail(
      'LENGTH_REQUIRED',
      `The policy '${policy.id}' sets no default length: the decision must state how long the restriction lasts (TEP-5.2).`,
      [{ path: 'months', message: 'expected the restriction length in whole months' }],
    );
  }
  const endsOn = addMonths(startsOn, months, policy.monthEnd);
  const inRange = checkInRange(endsOn, 'The day the restriction ends');
  if (!inRange.ok) return inRange;
  const lastDayInForce = addDays(endsOn, -1);
  const lengthReason =
    stated === undefined
      ? settingReason(
          policy,
          'restriction.defaultMonths',
          `Measures last ${months} months unless the decision says otherwise.`,
        )
      : reason(
          'TEP-5.2',
          `The decision letter states how long the restriction will be in place: ${months} months.`,
        );
  const max = policy.restriction.maxMonths;
  const maxReasons =
    max === null
      ? []
      : [
          settingReason(
            policy,
            'restriction.maxMonths',
            `A restriction lasts any length up to ${max} months: this one lasts ${months}.`,
          ),
        ];
  return ok({
    startsOn,
    startsAt,
    lastDayInForce,
    endsAt: startOfDay(endsOn, policy.timeZone),
    months,
    basis:
      `In force from the start of ${describeDate(startsOn)} to the end of ${describeDate(lastDayInForce)}, ` +
      `the day before ${months} months from its start${monthEndNote(startsOn, endsOn, policy)}, ${policy.timeZone} time.`,
    reasons: [lengthReason, ...maxReasons],
  });
}

/** The longest span reviewDates will schedule over, in days: twenty years. */
const MAX_SPAN_DAYS = 20 * 366;

const ReviewDatesInput = z
  .strictObject({
    startsOn: CivilDateSchema,
    /** `null`: an open-ended restriction, reviewed for as long as it lasts; then `until` is required. */
    lastDayInForce: CivilDateSchema.nullable(),
    policy: PolicySchema,
    /** The last day to list reviews up to (inclusive): required for an open-ended restriction. */
    until: CivilDateSchema.optional(),
  })
  .check((ctx) => {
    const { startsOn, lastDayInForce, until } = ctx.value;
    if (lastDayInForce === null && until === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: until,
        path: ['until'],
        message:
          'expected the last day to list reviews up to: an open-ended restriction (lastDayInForce null) is reviewed for as long as it lasts',
      });
    }
    for (const [key, end] of [
      ['lastDayInForce', lastDayInForce],
      ['until', until],
    ] as const) {
      if (end === null || end === undefined) continue;
      const span = daysBetween(startsOn, end);
      if (span < 0 || span > MAX_SPAN_DAYS) {
        ctx.issues.push({
          code: 'custom',
          input: end,
          path: [key],
          message: `expected a day on or after startsOn (${startsOn}) and within twenty years of it`,
        });
      }
    }
  });

/** The civil dates reviews fall due, how they were scheduled, and why. */
export interface ReviewSchedule {
  readonly dates: readonly CivilDate[];
  readonly basis: string;
  readonly reasons: readonly Reason[];
}

/**
 * The dates a restriction's reviews fall due (TEP-10): the first `restriction.firstReviewAfterMonths`
 * from `startsOn` (by default one review interval, six months), then every review interval,
 * while the restriction is in force. Each is counted from `startsOn` itself, so a month-end start
 * does not drift: 31 August, then 28 February, then 31 August again. A review is also due on the
 * last day in force when the policy says so (`restriction.reviewAtEnd`), and, as the library's
 * own default, whenever no scheduled review falls within the restriction (a 6-month restriction
 * under 6-monthly reviews), so none goes unreviewed. An open-ended restriction
 * (`lastDayInForce: null`) is reviewed for as long as it lasts: give `until`, the last day to
 * list reviews up to. The equality impact assessment is reviewed with each (TEP-2.4).
 *
 * @example
 * reviewDates({ startsOn: '2026-08-31', lastDayInForce: '2028-08-30', policy: presets.tenancyEnforcementProcedure })
 * // => { ok: true, value: { dates: ['2027-02-28', '2027-08-31', '2028-02-29'], basis: '...', reasons: [...] } }
 * reviewDates({ startsOn: '2026-03-01', lastDayInForce: '2026-08-31', policy: presets.tenancyEnforcementProcedure })
 * // => { ok: true, value: { dates: ['2026-08-31'], ... } } (no six-monthly review falls within it)
 * reviewDates({ startsOn: '2026-03-01', lastDayInForce: null, until: '2027-12-31', policy: openEndedPolicy })
 * // => { ok: true, value: { dates: ['2026-09-01', '2027-03-01', '2027-09-01'], ... } }
 */
export function reviewDates(input: WithPresetName<z.input<typeof ReviewDatesInput>>): Result<ReviewSchedule> {
  const valid = validate(ReviewDatesInput, withPresetPolicy(input, fieldOf(input, 'startsOn')), '');
  if (!valid.ok) return valid;
  const { startsOn, lastDayInForce, policy, until } = valid.value;
  return ok(scheduleReviews(startsOn, lastDayInForce, policy, until));
}

/**
 * Library default: the reason a review falls on the last day in force when no scheduled review
 * falls within the restriction (and the policy does not set `restriction.reviewAtEnd`).
 */
const END_REVIEW_DEFAULT = reason(
  'TEP-10',
  'Library default, not a rule of the policy’s source: no scheduled review falls within this restriction, so it is reviewed on its last day in force; no restriction goes unreviewed (Complaint Handling Code 5.14: keep restrictions under regular review).',
  {
    document: LIBRARY_DEFAULTS,
    section:
      'restriction reviews: a review on the last day in force when no scheduled review falls within it',
  },
);

/**
 * The dates a restriction's reviews fall due, in order, as far as the caller reads: the scheduled
 * reviews within it, then the review on its last day where one is due (see `reviewDates`). Never
 * ending for an open-ended restriction (`lastDayInForce: null`), so read it with a bound; it
 * stops at the last year dates may have.
 */
export function* reviewDueDates(
  startsOn: CivilDate,
  lastDayInForce: CivilDate | null,
  policy: Policy,
): Generator<CivilDate, void, undefined> {
  const { firstReviewAfterMonths, reviewIntervalMonths, reviewAtEnd } = policy.restriction;
  const first = firstReviewAfterMonths ?? reviewIntervalMonths;
  let last: CivilDate | undefined;
  for (let k = 0; ; k++) {
    const due = addMonths(startsOn, first + k * reviewIntervalMonths, policy.monthEnd);
    if (lastDayInForce !== null ? due > lastDayInForce : !checkInRange(due, 'A review').ok) break;
    last = due;
    yield due;
  }
  if (lastDayInForce !== null && (reviewAtEnd || last === undefined) && last !== lastDayInForce) {
    yield lastDayInForce;
  }
}

/** Whether a restriction's review on its last day comes from the library's default rather than the policy. */
const endReviewByDefault = (startsOn: CivilDate, lastDayInForce: CivilDate, policy: Policy): boolean =>
  !policy.restriction.reviewAtEnd &&
  addMonths(
    startsOn,
    policy.restriction.firstReviewAfterMonths ?? policy.restriction.reviewIntervalMonths,
    policy.monthEnd,
  ) > lastDayInForce;

/**
 * Why a restriction's review is due on its last day in force: the policy's `reviewAtEnd`, or the
 * library's default when no scheduled review falls within it; nothing when neither applies.
 */
export function endReviewReason(
  startsOn: CivilDate,
  lastDayInForce: CivilDate | null,
  policy: Policy,
): Reason | undefined {
  if (lastDayInForce === null) return undefined;
  if (policy.restriction.reviewAtEnd) {
    return settingReason(
      policy,
      'restriction.reviewAtEnd',
      `The case is also reviewed on the restriction's last day in force, ${describeDate(lastDayInForce)}.`,
    );
  }
  return endReviewByDefault(startsOn, lastDayInForce, policy) ? END_REVIEW_DEFAULT : undefined;
}

/**
 * `reviewDates` on input already validated (the case machine's own records): the reviews due up
 * to the last day in force, or `until` when sooner. An open-ended restriction needs `until`;
 * without it, only the first review is listed.
 */
export function scheduleReviews(
  startsOn: CivilDate,
  lastDayInForce: CivilDate | null,
  policy: Policy,
  until?: CivilDate,
): ReviewSchedule {
  const { reviewIntervalMonths: interval, firstReviewAfterMonths: first } = policy.restriction;
  const dates: CivilDate[] = [];
  for (const due of reviewDueDates(startsOn, lastDayInForce, policy)) {
    if (until !== undefined ? due > until : lastDayInForce === null && dates.length > 0) break;
    dates.push(due);
  }
  const firstWords = first === null ? '' : `, the first after ${first} months`;
  const span =
    lastDayInForce === null
      ? 'for as long as the restriction is in force (it has no last day)'
      : `while the restriction is in force (to the end of ${describeDate(lastDayInForce)})`;
  const reasons: Reason[] = [
    settingReason(
      policy,
      'restriction.reviewIntervalMonths',
      `Every case is reviewed at least every ${interval} months: the restriction stays, is adjusted or is lifted, and the customer is written to with the outcome.`,
    ),
  ];
  if (first !== null) {
    reasons.push(
      settingReason(
        policy,
        'restriction.firstReviewAfterMonths',
        `The first review is due ${first} months after the restriction starts; the reviews after it every ${interval} months.`,
      ),
    );
  }
  const atEnd = endReviewReason(startsOn, lastDayInForce, policy);
  if (atEnd !== undefined) reasons.push(atEnd);
  reasons.push(reason('TEP-2.4', 'The equality impact assessment is reviewed with every case review.'));
  return {
    dates,
    basis: `Every ${interval} months counted from ${describeDate(startsOn)}${firstWords}, ${span}${atEnd === undefined ? '' : ', and on its last day in force'}.`,
    reasons,
  };
}
