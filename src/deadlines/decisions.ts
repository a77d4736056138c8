import { z } from 'zod';
import { describeDate } from '../calendar/zone.js';
import { checkInEffect } from '../policy/effective.js';
import { type Period, type Policy, PolicySchema } from '../policy/schema.js';
import { settingReason } from '../policy/settings.js';
import { fieldOf, type PolicyInput, withPresetPolicy } from '../policy/versions.js';
import { type CivilDate, CivilDateSchema } from '../shared/dates.js';
import { type Failure, fail, ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import { noAppealRoute } from './appeal.js';
import { countPeriod, type Deadline, describePeriod, withReasonsFirst } from './count.js';

const DecisionDueInput = z.strictObject({ receivedOn: CivilDateSchema, policy: PolicySchema });

/** What differs between the landlord's decision deadlines: which setting, and how it reads. */
interface DecisionKind {
  readonly setting: 'appeal.decisionWithin' | 'reconsideration.decisionWithin';
  /** The period to decide in; `null` when the policy states none, `'no-route'` when it has no such route. */
  readonly period: (policy: Policy) => Period | null | 'no-route';
  /** The thing received, for refusals: "The appeal". */
  readonly what: string;
  /** The counting event, for the basis sentence. */
  readonly event: string;
  /** The rule as a sentence, given the period and the last day. */
  readonly rule: (period: string, lastDay: string) => string;
}

function decisionDue(input: unknown, kind: DecisionKind): Result<Deadline> {
  const valid = validate(DecisionDueInput, withPresetPolicy(input, fieldOf(input, 'receivedOn')), '');
  if (!valid.ok) return valid;
  return decisionDueTrusted(valid.value.receivedOn, valid.value.policy, kind);
}

function decisionDueTrusted(receivedOn: CivilDate, policy: Policy, kind: DecisionKind): Result<Deadline> {
  const inEffect = checkInEffect(policy, receivedOn, kind.what);
  if (!inEffect.ok) return inEffect;
  const period = kind.period(policy);
  if (period === 'no-route') return { ok: false, error: noRoute(policy, kind) };
  if (period === null) {
    return fail(
      'NO_DECISION_DEADLINE',
      `The policy '${policy.id}' states no time to decide ${kind.what.toLowerCase()}: no deadline is set, so none is owed by a date.`,
      [{ path: `policy.${kind.setting}`, message: 'the policy states no time (null)' }],
    );
  }
  const counted = countPeriod(receivedOn, period, policy, kind.event);
  if (!counted.ok) return counted;
  const rule = kind.rule(describePeriod(period), describeDate(counted.value.lastDay));
  return ok(withReasonsFirst(counted.value, [settingReason(policy, kind.setting, rule)]));
}

/** The refusal when the policy has no such route at all. */
function noRoute(policy: Policy, kind: DecisionKind): Failure {
  if (kind.setting === 'appeal.decisionWithin') return noAppealRoute(policy, 'policy.appeal');
  return {
    code: 'NO_RECONSIDERATION_ROUTE',
    message: `The policy '${policy.id}' gives no route to ask for a restriction to be reconsidered: there is nothing to decide.`,
    issues: [
      {
        path: 'policy.reconsideration',
        message: 'the policy sets no reconsideration (reconsideration: null)',
      },
    ],
  };
}

// TEP-11.2
const APPEAL: DecisionKind = {
  setting: 'appeal.decisionWithin',
  period: (policy) => (policy.appeal === null ? 'no-route' : policy.appeal.decisionWithin),
  what: 'The appeal',
  event: 'the day the appeal was received',
  rule: (period, lastDay) =>
    `The outcome of the appeal is given within ${period} of when the appeal is received, with a fact sheet and letter: by ${lastDay}.`,
};

// TEP-11.1
const RECONSIDERATION: DecisionKind = {
  setting: 'reconsideration.decisionWithin',
  period: (policy) => (policy.reconsideration === null ? 'no-route' : policy.reconsideration.decisionWithin),
  what: 'The request for reconsideration',
  event: 'the day the request was received',
  rule: (period, lastDay) =>
    `The decision on a written request to reconsider is confirmed within ${period} of receiving it: by ${lastDay}.`,
};

/**
 * The last day to give the outcome of an appeal (TEP-11.2): by default within 28 days of when
 * the appeal is received, the day of receipt not counted (NF-5). A policy with no appeal refuses
 * with `NO_APPEAL_ROUTE`; one stating no time to decide (`appeal.decisionWithin: null`) with
 * `NO_DECISION_DEADLINE`.
 *
 * @example
 * appealDecisionDue({ receivedOn: '2026-03-10', policy: presets.tenancyEnforcementProcedure })
 * // => { ok: true, value: { countedFrom: '2026-03-10', lastDay: '2026-04-07',
 * //      closesAt: '2026-04-08T00:00:00+01:00', basis: '28 calendar days counted from ...', reasons: [...] } }
 */
export function appealDecisionDue(input: { receivedOn: CivilDate; policy: PolicyInput }): Result<Deadline> {
  return decisionDue(input, APPEAL);
}

/**
 * The last day for a senior officer to decide a written request to reconsider a restriction
 * (TEP-11.1): by default within 28 days of receiving it, the day of receipt not counted (NF-5).
 * A policy with no reconsideration refuses with `NO_RECONSIDERATION_ROUTE`; one stating no time
 * to decide with `NO_DECISION_DEADLINE`.
 *
 * @example
 * reconsiderationDecisionDue({ receivedOn: '2026-10-01', policy: presets.tenancyEnforcementProcedure })
 * // => { ok: true, value: { countedFrom: '2026-10-01', lastDay: '2026-10-29',
 * //      closesAt: '2026-10-30T00:00:00+00:00', ... } }
 */
export function reconsiderationDecisionDue(input: {
  receivedOn: CivilDate;
  policy: PolicyInput;
}): Result<Deadline> {
  return decisionDue(input, RECONSIDERATION);
}

/** The deadline for deciding an appeal or a reconsideration, on input already validated (the case machine's own records). */
export function challengeDecisionDueTrusted(
  receivedOn: CivilDate,
  policy: Policy,
  kind: 'appeal' | 'reconsideration',
): Result<Deadline> {
  return decisionDueTrusted(receivedOn, policy, kind === 'appeal' ? APPEAL : RECONSIDERATION);
}
