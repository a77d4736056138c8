import { z } from 'zod';
import { addDays, addMonths, daysBetween } from '../calendar/civil-date.js';
import { describeDate, startOfDay } from '../calendar/zone.js';
import { checkInEffect } from '../policy/effective.js';
import { type Policy, PolicySchema } from '../policy/schema.js';
import { settingReason } from '../policy/settings.js';
import { type CivilDate, CivilDateSchema, type Instant } from '../shared/dates.js';
import { type Reason, reason } from '../shared/reason.js';
import { fail, ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import { checkInRange } from './count.js';

/** When a restriction is in force: from the start of `startsOn` to the end of `lastDayInForce`. */
export interface RestrictionPeriod {
  readonly startsOn: CivilDate;
  /** The instant it comes into force: midnight at the start of `startsOn`, in the policy's zone. */
  readonly startsAt: Instant;
  /** The last civil date on which it is in force. */
  readonly lastDayInForce: CivilDate;
  /** The instant it stops: midnight at the end of `lastDayInForce`. */
  readonly endsAt: Instant;
  readonly months: number;
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
 * When a restriction of N months is in force: from the start of `startsOn` up to and including
 * the day before `startsOn` + N months, with the policy's month-end rule. `months` defaults to
 * the policy's restriction length (12 in Selwood's, SH-2); the default policy has none, since
 * each decision must state its length (TEP-5.2), so there it is required.
 *
 * @example
 * restrictionPeriod({ startsOn: '2026-03-01', months: 12, policy: presets.tenancyEnforcementProcedure })
 * // => { ok: true, value: { startsOn: '2026-03-01', startsAt: '2026-03-01T00:00:00+00:00',
 * //      lastDayInForce: '2027-02-28', endsAt: '2027-03-01T00:00:00+00:00', months: 12, ... } }
 * restrictionPeriod({ startsOn: '2026-08-31', months: 6, policy: presets.tenancyEnforcementProcedure })
 * // => value.lastDayInForce '2027-02-27' (31 August + 6 months clamps to 28 February)
 * restrictionPeriod({ startsOn: '2026-03-01', policy: presets.tenancyEnforcementProcedure })
 * // => { ok: false, error: { code: 'LENGTH_REQUIRED', ... } }
 */
export function restrictionPeriod(input: z.input<typeof RestrictionPeriodInput>): Result<RestrictionPeriod> {
  const valid = validate(RestrictionPeriodInput, input, '');
  if (!valid.ok) return valid;
  const { startsOn, policy } = valid.value;
  const inEffect = checkInEffect(policy, startsOn, 'The restriction');
  if (!inEffect.ok) return inEffect;
  const months = valid.value.months ?? policy.restriction.defaultMonths;
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
    valid.value.months === undefined
      ? settingReason(
          policy,
          'restriction.defaultMonths',
          `Measures last ${months} months unless the decision says otherwise.`,
        )
      : reason(
          'TEP-5.2',
          `The decision letter states how long the restriction will be in place: ${months} months.`,
        );
  return ok({
    startsOn,
    startsAt: startOfDay(startsOn, policy.timeZone),
    lastDayInForce,
    endsAt: startOfDay(endsOn, policy.timeZone),
    months,
    basis:
      `In force from the start of ${describeDate(startsOn)} to the end of ${describeDate(lastDayInForce)}, ` +
      `the day before ${months} months from its start${monthEndNote(startsOn, endsOn, policy)}, ${policy.timeZone} time.`,
    reasons: [lengthReason],
  });
}

/** The longest restriction reviewDates will schedule, in days: twenty years. */
const MAX_SPAN_DAYS = 20 * 366;

const ReviewDatesInput = z
  .strictObject({ startsOn: CivilDateSchema, lastDayInForce: CivilDateSchema, policy: PolicySchema })
  .check((ctx) => {
    const { startsOn, lastDayInForce } = ctx.value;
    const span = daysBetween(startsOn, lastDayInForce);
    if (span < 0 || span > MAX_SPAN_DAYS) {
      ctx.issues.push({
        code: 'custom',
        input: lastDayInForce,
        path: ['lastDayInForce'],
        message: `expected a last day in force on or after startsOn (${startsOn}) and within twenty years of it`,
      });
    }
  });

/** The civil dates reviews fall due, how they were scheduled, and why. */
export interface ReviewSchedule {
  readonly dates: readonly CivilDate[];
  readonly basis: string;
  readonly reasons: readonly Reason[];
}

/**
 * The dates a restriction's reviews fall due (TEP-10): every review interval (six months by
 * default) from `startsOn`, while the restriction is in force. Each is counted from `startsOn`
 * itself (k × interval), so a month-end start does not drift: 31 August, then 28 February, then
 * 31 August again. The equality impact assessment is reviewed with each (TEP-2.4).
 *
 * @example
 * reviewDates({ startsOn: '2026-08-31', lastDayInForce: '2028-08-30', policy: presets.tenancyEnforcementProcedure })
 * // => { ok: true, value: { dates: ['2027-02-28', '2027-08-31', '2028-02-29'], basis: '...', reasons: [...] } }
 */
export function reviewDates(input: z.input<typeof ReviewDatesInput>): Result<ReviewSchedule> {
  const valid = validate(ReviewDatesInput, input, '');
  if (!valid.ok) return valid;
  return ok(scheduleReviews(valid.value.startsOn, valid.value.lastDayInForce, valid.value.policy));
}

/** `reviewDates` on input already validated (the case machine's own records). */
export function scheduleReviews(
  startsOn: CivilDate,
  lastDayInForce: CivilDate,
  policy: Policy,
): ReviewSchedule {
  const interval = policy.restriction.reviewIntervalMonths;
  const dates: CivilDate[] = [];
  for (let k = 1; ; k++) {
    const due = addMonths(startsOn, k * interval, policy.monthEnd);
    if (due > lastDayInForce) break;
    dates.push(due);
  }
  return {
    dates,
    basis:
      `Every ${interval} months counted from ${describeDate(startsOn)}, while the restriction is in force ` +
      `(to the end of ${describeDate(lastDayInForce)}).`,
    reasons: [
      settingReason(
        policy,
        'restriction.reviewIntervalMonths',
        `Every case is reviewed at least every ${interval} months: the restriction stays, is adjusted or is lifted, and the customer is written to with the outcome.`,
      ),
      reason('TEP-2.4', 'The equality impact assessment is reviewed with every case review.'),
    ],
  };
}
