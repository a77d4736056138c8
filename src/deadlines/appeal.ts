import { z } from 'zod';
import { deemedReceiptOn, ServiceSchema } from '../calendar/deemed-receipt.js';
import { describeDate } from '../calendar/zone.js';
import { calendarOf } from '../policy/calendar.js';
import { checkInEffect } from '../policy/effective.js';
import { type Policy, PolicySchema } from '../policy/schema.js';
import { restsOnLibraryDefault, settingReason } from '../policy/settings.js';
import { fieldOf, type WithPresetName, withPresetPolicy } from '../policy/versions.js';
import { CivilDateSchema } from '../shared/dates.js';
import { type Reason, reason } from '../shared/reason.js';
import { type Failure, fail, ok, type Result } from '../shared/result.js';
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

/**
 * Why a decision under a policy with no internal appeal (`appeal: null`) is final: the policy's
 * own setting, and, in TEP-11.3's words for a final decision, the signpost to the Housing
 * Ombudsman, which no restriction ever closes (NF-3).
 *
 * @example
 * finalDecisionReasons(noAppealPolicy).map((r) => r.rule) // => ['TEP-11.2', 'TEP-11.3', 'NF-3']
 */
export function finalDecisionReasons(policy: Policy): Reason[] {
  return [
    settingReason(
      policy,
      'appeal.window',
      'The policy gives no internal appeal against this decision: the decision is final.',
    ),
    reason(
      'TEP-11.3',
      'A final decision cannot be appealed against; a customer who remains dissatisfied is signposted to the Housing Ombudsman.',
    ),
    reason(
      'NF-3',
      'The customer may still complain, and take the matter to the Housing Ombudsman: no restriction stops that.',
    ),
  ];
}

/**
 * The refusal when the policy gives no internal appeal (`appeal: null`): `NO_APPEAL_ROUTE`,
 * never "out of time". `path` is the input path the refusal names.
 *
 * @example
 * noAppealRoute(noAppealPolicy, 'policy.appeal').code // => 'NO_APPEAL_ROUTE'
 */
export function noAppealRoute(policy: Policy, path: string): Failure {
  return {
    code: 'NO_APPEAL_ROUTE',
    message: `The policy '${policy.id}' gives no internal appeal: the decision is final, and a customer who remains dissatisfied is signposted to the Housing Ombudsman.`,
    issues: [{ path, message: 'the policy sets no appeal route (appeal: null)' }],
    reasons: finalDecisionReasons(policy),
  };
}

const AppealDeadlineInput = z.strictObject({
  decisionLetterDate: CivilDateSchema,
  policy: PolicySchema,
  /** How the letter was sent; needed when the policy counts from deemed receipt (NF-6). */
  service: ServiceSchema.optional(),
  /** The day the customer actually received the letter; needed when the policy counts from actual receipt. */
  receivedOn: CivilDateSchema.optional(),
});

/**
 * The last day to appeal a decision (TEP-11.2): by default within 14 days of the date on the
 * decision letter, the letter's own day not counted (NF-5), closing at midnight at the end of
 * the last day, London time. The policy may count business days, weeks or months, count from the
 * letter's deemed receipt (NF-6: pass `service`) or from the day the customer actually received
 * it (pass `receivedOn`; `RECEIVED_ON_REQUIRED` without it), or move a last day that is not a
 * business day. A policy with no internal appeal (`appeal: null`) gives no last day:
 * `NO_APPEAL_ROUTE`. `service` and `receivedOn` are ignored when the policy does not count from them.
 *
 * @example
 * appealDeadline({ decisionLetterDate: '2026-03-02', policy: presets.tenancyEnforcementProcedure })
 * // => { ok: true, value: { countedFrom: '2026-03-02', lastDay: '2026-03-16',
 * //      closesAt: '2026-03-17T00:00:00+00:00',
 * //      basis: '14 calendar days counted from the day after the date on the decision letter (Monday 2 March 2026): ...',
 * //      reasons: [{ rule: 'TEP-11.2', ... }, { rule: 'NF-5', ... }] } }
 * // Ten business days from actual receipt, in Scotland, received Tuesday 22 December 2026:
 * appealDeadline({ decisionLetterDate: '2026-12-21', receivedOn: '2026-12-22', policy: acmeScotland })
 * // => { ok: true, value: { countedFrom: '2026-12-22', lastDay: '2027-01-11', ... } }
 * appealDeadline({ decisionLetterDate: '2026-03-02', policy: noAppealPolicy })
 * // => { ok: false, error: { code: 'NO_APPEAL_ROUTE', reasons: [{ rule: 'TEP-11.2', ... }, { rule: 'TEP-11.3', ... }, ...] } }
 */
export function appealDeadline(input: WithPresetName<z.input<typeof AppealDeadlineInput>>): Result<Deadline> {
  const valid = validate(
    AppealDeadlineInput,
    withPresetPolicy(input, fieldOf(input, 'decisionLetterDate')),
    '',
  );
  if (!valid.ok) return valid;
  return appealDeadlineTrusted(valid.value);
}

/** `appealDeadline` on input already validated (the case machine's own records). */
export function appealDeadlineTrusted({
  decisionLetterDate,
  policy,
  service,
  receivedOn,
}: z.output<typeof AppealDeadlineInput>): Result<Deadline> {
  const inEffect = checkInEffect(policy, decisionLetterDate, 'The decision letter');
  if (!inEffect.ok) return inEffect;
  if (policy.appeal === null) return { ok: false, error: noAppealRoute(policy, 'policy.appeal') };
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

  if (window.countFrom === 'actual-receipt') {
    if (receivedOn === undefined) {
      return fail(
        'RECEIVED_ON_REQUIRED',
        'The policy counts the appeal window from the day the customer actually received the decision letter: say when in `receivedOn`.',
        [{ path: 'receivedOn', message: 'expected the civil date the customer received the letter' }],
      );
    }
    if (receivedOn < decisionLetterDate) {
      return fail('INVALID_INPUT', 'The letter cannot be received before the date on it.', [
        {
          path: 'receivedOn',
          message: `expected a day on or after the decision letter date ${decisionLetterDate}`,
        },
      ]);
    }
    from = receivedOn;
    event = 'the day the customer received the decision letter';
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
