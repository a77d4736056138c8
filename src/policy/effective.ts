import type { CivilDate } from '../shared/dates.js';
import { fail, ok, type Result } from '../shared/result.js';
import type { Policy } from './schema.js';

/**
 * Refuses something dated before the policy took effect (`POLICY_NOT_IN_EFFECT`): a policy
 * applies from its `effectiveFrom`, and an earlier event belongs to whichever policy was in force
 * then (`policyInEffectOn`). `what` names the thing for the message; `path`, when given, is the
 * input path the refusal names.
 *
 * @example
 * checkInEffect(presets.housingOmbudsman2021, '2021-05-31', 'The decision letter')
 * // => { ok: false, error: { code: 'POLICY_NOT_IN_EFFECT', message: "The decision letter (2021-05-31) is dated
 * //      before the policy 'housing-ombudsman-2021' took effect on 2021-06-01.", issues: [] } }
 */
export function checkInEffect(policy: Policy, on: CivilDate, what: string, path?: string): Result<Policy> {
  if (on >= policy.effectiveFrom) return ok(policy);
  return fail(
    'POLICY_NOT_IN_EFFECT',
    `${what} (${on}) is dated before the policy '${policy.id}' took effect on ${policy.effectiveFrom}.`,
    path === undefined ? [] : [{ path, message: `expected a day on or after ${policy.effectiveFrom}` }],
  );
}
