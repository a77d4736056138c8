import { type ContactGate, compileContactGate } from '../contact/gate.js';
import { type PolicyInput, readPolicy, versionFor } from '../policy/versions.js';
import type { Protection, Restriction, Spoc } from '../shared/restriction.js';
import { type Failure, type Issue, ok, type Result } from '../shared/result.js';
import { readState, validateAll } from './apply.js';
import { instantMs } from './facts.js';
import type { CaseState, RestrictionRecord } from './state.js';

/**
 * The seam between the case and the contact gate: a case's restrictions and protections as the
 * gate reads them, as plain data. The gate judges each at the contact's own instant, so a gate
 * built from the state once sees a restriction that starts later, and stops applying one lifted
 * or ended, exactly as `activeRestrictions(state, contact.at)` and `activeProtections` would say.
 */

/** The case's SPOC as a restriction names it: a reported SPOC too, whom the gate routes round (SC-2). */
export const spocOf = (state: CaseState): Spoc | undefined =>
  state.spoc === undefined ? undefined : { staffId: state.spoc.staffId, name: state.spoc.name };

/**
 * A restriction record in the gate's shape, with the case's SPOC: lifted before the end of its
 * last day, the day of the lift is its last in force and `liftedAt` the instant it stopped (so a
 * gate judging a contact that day, or searching for the next call window, knows the very instant);
 * open-ended and not lifted, it has no last day (`null`).
 */
export function gateRestriction(record: RestrictionRecord, spoc: Spoc | undefined): Restriction {
  const { liftedOn, liftedAt, lastDayInForce } = record;
  return {
    id: record.id,
    startsOn: record.startsOn,
    lastDayInForce:
      liftedOn !== undefined && (lastDayInForce === null || liftedOn < lastDayInForce)
        ? liftedOn
        : lastDayInForce,
    measures: record.measures,
    ...(spoc !== undefined && { spoc }),
    ...(liftedAt !== undefined && { liftedAt }),
  };
}

/** Every restriction of a trusted state that is, was or will be in force, with the state index of each. */
function restrictionsOf(state: CaseState): { restrictions: Restriction[]; indices: number[] } {
  const spoc = spocOf(state);
  const restrictions: Restriction[] = [];
  const indices: number[] = [];
  state.restrictions.forEach((record, index) => {
    const { liftedAt } = record;
    // Lifted before it started: never in force, so nothing for the gate.
    if (liftedAt !== undefined && instantMs(liftedAt) <= instantMs(record.startsAt)) return;
    restrictions.push(gateRestriction(record, spoc));
    indices.push(index);
  });
  return { restrictions, indices };
}

/**
 * Every restriction of a case, past, current and future, in the contact gate's shape
 * `{ id, startsOn, lastDayInForce, measures, spoc?, liftedAt? }`, for `compileContactGate` or
 * `checkContact`. The gate applies each only at the contacts it is in force for: from the start
 * of `startsOn` to the end of `lastDayInForce` (the policy's zone), or until `liftedAt`, the
 * instant it was lifted. So a gate built once from a case agrees, at every instant, with one
 * built from `activeRestrictions(state, at)`.
 *
 * Edge cases: a restriction lifted on a day reports that day as its last in force, and carries
 * the instant of the lift; one lifted before it started is left out, since it never applied. Each
 * names the case's current SPOC, as `activeRestrictions` does: a SPOC the resident has reported
 * (SC-2) too, whom the gate, given `caseProtections`, routes round. A state the schema refuses
 * gets a Result error naming each bad path.
 *
 * @example
 * // Imposed on 3 June, in force from 10 June, written only; r-0 lifted at 10:00 on 20 May.
 * caseRestrictions(state)
 * // => { ok: true, value: [
 * //      { id: 'r-0', startsOn: '2026-03-02', lastDayInForce: '2026-05-20', measures: [{ kind: 'spoc-only' }],
 * //        spoc: { staffId: 'sp-1', name: 'Sam Patel' }, liftedAt: '2026-05-20T10:00:00Z' },
 * //      { id: 'r-1', startsOn: '2026-06-10', lastDayInForce: '2027-06-09', measures: [{ kind: 'written-only' }],
 * //        spoc: { staffId: 'sp-1', name: 'Sam Patel' } }] }
 * caseRestrictions({ ...state, restrictions: 'none' })
 * // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'state.restrictions', … }] } }
 */
export function caseRestrictions(state: CaseState): Result<Restriction[]> {
  const valid = readState(state, 'state');
  return valid.ok ? ok(restrictionsOf(valid.value).restrictions) : valid;
}

/** Every protection of a trusted state, with its end when it has one. */
const protectionsOf = (state: CaseState): Protection[] =>
  state.protections.map((protection) => ({ ...protection }));

/**
 * Every SC-2 protection of a case, ended or not, in the contact gate's shape
 * `{ staffId, residentId?, since, reason, endedAt? }`. A protection starts when the resident
 * reports the staff member's conduct and ends at `endedAt`, the instant a `staff-conduct-resolved`
 * records them satisfied; the gate applies it only in between, as `activeProtections(state, at)`
 * says.
 *
 * @example
 * caseProtections(state)
 * // => { ok: true, value: [{ staffId: 'op-7', since: '2026-04-20T10:00:00Z',
 * //      reason: 'Inappropriate messages', endedAt: '2026-06-01T09:00:00Z' }] }
 */
export function caseProtections(state: CaseState): Result<Protection[]> {
  const valid = readState(state, 'state');
  return valid.ok ? ok(protectionsOf(valid.value)) : valid;
}

/** A gate's refusal of what the state gave it, with its paths pointing into the state. */
function inState(failure: Failure, indices: readonly number[]): Failure {
  const issues: Issue[] = failure.issues.map((issue) => ({
    ...issue,
    path: `state.${issue.path.replace(/^restrictions\[(\d+)\]/, (_, i) => `restrictions[${indices[Number(i)]}]`)}`,
  }));
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return { ...failure, issues, message: `The case's restrictions cannot be enforced as stored. ${summary}` };
}

/**
 * The contact gate for a case: compiled once from every restriction and protection of the case
 * (`caseRestrictions`, `caseProtections`) and the policy, so each contact is judged at its own
 * instant against what is in force then. The one way to gate a case's contacts: recompile after
 * each event applied (a restriction imposed, varied or lifted, a SPOC handover, conduct reported
 * or resolved), not at every contact.
 *
 * Edge cases: a restriction that starts later applies from its first day, though it was not in
 * force when the gate was built; one lifted stops applying at the instant of the lift; a SPOC the
 * resident has reported is never the route (SC-2). The state and the policy are validated at the
 * door, with every bad path named; a state the case machine would never make (a `spoc-only`
 * restriction and no SPOC) is refused naming the restriction in the state.
 * `policy` is a `PolicyInput`: of a list of versions, the one in effect at the case's last event
 * answers (recompile after each event).
 *
 * @example
 * // Imposed on 3 June, in force from 10 June: written only.
 * const gate = caseGate(state, presets.tenancyEnforcementProcedure);
 * gate.ok && gate.value.checkTrusted({ at: '2026-06-15T10:00:00+01:00', direction: 'inbound',
 *   channel: 'phone', subject: 'general' })
 * // => { outcome: 'redirect', breaches: [{ restrictionId: 'r-1', measure: 'written-only' }],
 * //      route: { channels: ['email', 'letter', 'web-form'] }, reasons: [{ rule: 'TEP-5.3', … }] }
 * caseGate(state, { ...presets.tenancyEnforcementProcedure, timeZone: 'Mars/Olympus' })
 * // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'policy.timeZone', … }] } }
 */
export function caseGate(state: CaseState, policy: PolicyInput): Result<ContactGate> {
  const validState = readState(state, 'state');
  if (!validState.ok && validState.error.code === 'UNSUPPORTED_SCHEMA_VERSION') return validState;
  const validPolicy = readPolicy(policy);
  const failure = validateAll([validState, validPolicy]);
  if (failure !== undefined || !validState.ok || !validPolicy.ok)
    return { ok: false, error: failure as Failure };
  const { restrictions, indices } = restrictionsOf(validState.value);
  const gate = compileContactGate({
    restrictions,
    // The version that judged the case's latest step (the gate is recompiled after each one).
    policy: versionFor(validPolicy.value, validState.value.lastEventAt),
    protections: protectionsOf(validState.value),
  });
  return gate.ok ? gate : { ok: false, error: inState(gate.error, indices) };
}
