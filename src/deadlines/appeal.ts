import { z } from 'zod';
import { deemedReceiptOn, ServiceSchema } from '../calendar/deemed-receipt.js';
import { describeDate } from '../calendar/zone.js';
import { calendarOf } from '../policy/calendar.js';
import { checkInEffect } from '../policy/effective.js';
import { type Policy, PolicySchema } from '../policy/schema.js';
import { restsOnLibraryDefault, settingReason } from '../policy/settings.js';
import { CivilDateSchema } from '../shared/dates.js';
import type { Reason } from '../shared/reason.js';
import { fail, ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import { countPeriod, type Deadline, describePeriod, withReasonsFirst } from './count.js';

/**
 * What missing the appeal window costs, in words true to where the window comes from: TEP-11.2's
 * own "the right of appeal is lost" when the policy's source sets it, and only that the appeal is
 * out of time when the window is a library default (the Ombudsman's policy sets no time limit).
 *
 * @example
 * appealLapseWords(presets.tenancyEnforcementProcedure) // => 'the right of appeal is lost'
 * appealLapseWords(presets.housingOmbudsman2021)
 * // => 'it is out of time under the library’s default appeal window (the policy’s source sets no time limit)'
 */
export function appealLapseWords(policy: Policy): string {
  return restsOnLibraryDefault(policy, 'appeal.window')
    ? 'it is out of time under the library’s default appeal window (the policy’s source sets no time limit)'
    : 'the right of appeal is lost';
}

const AppealDeadlineInput = z.strictObject({
  decisionLetterDate: CivilDateSchema,
  policy: PolicySchema,
  /** How the letter was sent; needed when the policy counts from deemed receipt (NF-6). */
  service: ServiceSchema.optional(),
});

/**
 * The last day to appeal a decision (TEP-11.2): by default within 14 days of the date on the
 * decision letter, the letter's own day not counted (NF-5), closing at midnight at the end of
 * the last day, London time. The policy may count business days, count from the letter's
 * deemed receipt (NF-6: pass `service`), or move a last day that is not a business day.
 *
 * @example
 * appealDeadline({ decisionLetterDate: '2026-03-02', policy: presets.tenancyEnforcementProcedure })
 * // => { ok: true, value: { countedFrom: '2026-03-02', lastDay: '2026-03-16',
 * //      closesAt: '2026-03-17T00:00:00+00:00',
 * //      basis: '14 calendar days counted from the day after the date on the decision letter (Monday 2 March 2026): ...',
 * //      reasons: [{ rule: 'TEP-11.2', ... }, { rule: 'NF-5', ... }] } }
 */
export function appealDeadline(input: z.input<typeof AppealDeadlineInput>): Result<Deadline> {
  const valid = validate(AppealDeadlineInput, input, '');
  if (!valid.ok) return valid;
  return appealDeadlineTrusted(valid.value);
}

/** `appealDeadline` on input already validated (the case machine's own records). */
export function appealDeadlineTrusted({
  decisionLetterDate,
  policy,
  service,
}: z.output<typeof AppealDeadlineInput>): Result<Deadline> {
  const inEffect = checkInEffect(policy, decisionLetterDate, 'The decision letter');
  if (!inEffect.ok) return inEffect;
  const window = policy.appeal.window;

  let from = decisionLetterDate;
  let event = 'the date on the decision letter';
  const receiptReasons: Reason[] = [];
  if (window.countFrom === 'deemed-receipt') {
    if (service === undefined) {
      return fail(
        'SERVICE_REQUIRED',
        'The policy counts the appeal window from deemed receipt (NF-6): say how the letter was sent in `service`.',
        [
          {
            path: 'service',
            message: "expected { method: 'first-class-post', postedOn } or an email or hand delivery",
          },
        ],
      );
    }
    const skipsClosureDays = policy.deemedReceipt.skipsClosureDays;
    const calendar = calendarOf(policy);
    const receipt = deemedReceiptOn(service, calendar, policy.timeZone, skipsClosureDays);
    if (!receipt.ok) return receipt;
    if (receipt.value.receivedOn < decisionLetterDate) {
      return fail('INVALID_INPUT', 'The letter cannot be received before the date on it.', [
        {
          path: 'service',
          message: `expected a sending on or after the decision letter date ${decisionLetterDate}`,
        },
      ]);
    }
    from = receipt.value.receivedOn;
    event = 'the day the decision letter is deemed received';
    for (const receiptReason of receipt.value.reasons) receiptReasons.push(receiptReason);
    if (skipsClosureDays && calendar.extraClosures.length > 0) {
      receiptReasons.push(
        settingReason(
          policy,
          'deemedReceipt.skipsClosureDays',
          'The landlord has chosen that its own closure days delay deemed receipt, as if they were not business days; CPR 6.26 does not require this.',
        ),
      );
    }
  }

  const counted = countPeriod(from, window, policy, event);
  if (!counted.ok) return counted;
  const { lastDay } = counted.value;
  return ok(
    withReasonsFirst(counted.value, [
      settingReason(
        policy,
        'appeal.window',
        `An appeal must be made in writing within ${describePeriod(window)} of ${event}, or ${appealLapseWords(policy)}: the last day is ${describeDate(lastDay)}.`,
      ),
      ...receiptReasons,
    ]),
  );
}
