import type { Policy } from '../policy/schema.js';
import { allCitedUnder } from '../policy/settings.js';
import type { PolicyVersions } from '../policy/versions.js';
import { YEAR_RANGE } from '../shared/dates.js';
import type { Failure } from '../shared/result.js';
import { applyTrusted, decidedUnder, situationAt } from './apply.js';
import type { CaseEvent } from './events.js';
import type { Context, Guard, Precondition } from './guards.js';
import { type CaseState, CaseStateSchema } from './state.js';
import { OPEN_STAGES, TRANSITIONS, type TransitionTable } from './transitions.js';

/**
 * The case machine, leniently, for the audit (src/audit): the same table, guards and updates,
 * but a step the strict machine refuses is still taken where it can be, and every refusal is
 * returned with it. Not a second machine: each step is judged by the strict rows
 * (`TRANSITIONS`), all of their checks asked, then applied by `applyTrusted` with a copy of the
 * table whose rows check nothing.
 */

/** The table with every stage allowed and nothing checked: the updates alone. */
const LENIENT_TABLE = Object.fromEntries(
  Object.entries(TRANSITIONS).map(([type, row]) => [
    type,
    { ...row, from: [...OPEN_STAGES, 'closed'], preconditions: [], guards: [] },
  ]),
) as unknown as TransitionTable;

/** What one lenient step did: the next state (the same one when skipped), and every refusal on the way. */
export interface LenientStep {
  readonly state: CaseState;
  /** Every refusal the strict machine would give, in the table's order; empty when it accepts the step. */
  readonly refusals: readonly Failure[];
  /** False when the step could not be taken at all: out of order, or nothing for it to act on. */
  readonly applied: boolean;
}

/** A refusal whose reasons cite the landlord's own text for each rule, as the strict machine's do. */
const cited = (failure: Failure, policy: Policy): Failure =>
  failure.reasons === undefined ? failure : { ...failure, reasons: allCitedUnder(policy, failure.reasons) };

/**
 * The decision record of a step the strict machine would refuse carries the refusals' reasons
 * after its own, so the reconstructed trail never reads as if the step had been in order.
 */
function withDepartures(state: CaseState, refusals: readonly Failure[]): CaseState {
  const last = state.decisions.at(-1);
  const departures = refusals.flatMap((failure) => failure.reasons ?? []);
  if (last === undefined || departures.length === 0) return state;
  return {
    ...state,
    decisions: [...state.decisions.slice(0, -1), { ...last, reasons: [...last.reasons, ...departures] }],
  };
}

/**
 * Applies one event to a trusted state leniently: every refusal of the strict machine is asked
 * for (the stage, each precondition, each guard, not only the first; one per code), then the event's update is
 * applied all the same. A policy not yet in effect on the event's day is a refusal, and the step
 * is judged under it anyway. The step is skipped, with its refusal, only when it cannot be taken:
 * out of order, past the calendar, when its update finds nothing to act on (no restriction to
 * lift, no appeal to decide), or when it would leave a state no case can hold (a restriction
 * resting on no evidence). `fingerprint`, the event's when the caller has it (`readLog`), saves
 * working it out again. The state records the version that judged the step (`decidedUnder`) as
 * `applyTrusted` does, its own `effectiveFrom` even when it was not yet in effect. `policy` is the
 * version in effect at the event (before them all, the earliest), one of `versions`, which count
 * what runs from an earlier day (NF-8); a step judged under a version not yet in effect counts
 * under it too.
 *
 * @example
 * // A restriction with no EIA and no written warning on file:
 * applyLenient(state, restrictionImposed, presets.tenancyEnforcementProcedure, 'events[4]')
 * // => { state: { ..., stage: 'restricted' }, applied: true,
 * //      refusals: [{ code: 'EIA_REQUIRED', ... }, { code: 'WARNING_REQUIRED', ... }] }
 */
export function applyLenient(
  state: CaseState,
  event: CaseEvent,
  policy: Policy,
  versions: PolicyVersions,
  root: string,
  fingerprint?: string,
): LenientStep {
  const refusals: Failure[] = [];
  let judgedBy = policy;
  let countedBy = versions;
  let situation = situationAt(state, event.at, policy, versions, `${root}.at`);
  if (!situation.ok && situation.error.code === 'POLICY_NOT_IN_EFFECT') {
    refusals.push(situation.error);
    judgedBy = { ...policy, effectiveFrom: `${YEAR_RANGE.first}-01-01` };
    // Before every version, `policy` is the earliest: it counts in its place, as it judges.
    countedBy = { ...versions, versions: [judgedBy, ...versions.versions.slice(1)] };
    situation = situationAt(state, event.at, judgedBy, countedBy, `${root}.at`);
  }
  if (!situation.ok) return { state, refusals: [...refusals, situation.error], applied: false };
  const row = TRANSITIONS[event.type];
  if (!row.from.includes(state.stage)) {
    refusals.push({
      code: 'INVALID_TRANSITION',
      message: `'${event.type}' is not allowed once the case is ${state.stage}.`,
      issues: [
        { path: `${root}.type`, message: `expected an event allowed when the case is ${state.stage}` },
      ],
    });
  }
  // One refusal per code: a precondition and a guard refusing for the same reason are one departure.
  const add = (failure: Failure | undefined): void => {
    if (failure !== undefined && !refusals.some((known) => known.code === failure.code)) {
      refusals.push(cited(failure, policy));
    }
  };
  for (const precondition of row.preconditions as readonly Precondition[])
    add(precondition.check(situation.value));
  const context: Context = { ...situation.value, event, root };
  for (const guard of row.guards as readonly Guard<CaseEvent>[]) add(guard.check(context));
  const applied = applyTrusted(state, event, judgedBy, countedBy, root, {
    table: LENIENT_TABLE,
    ...(fingerprint !== undefined && { fingerprint }),
  });
  if (!applied.ok) {
    const known = refusals.some((failure) => failure.code === applied.error.code);
    return { state, refusals: known ? refusals : [...refusals, applied.error], applied: false };
  }
  const taken =
    judgedBy === policy
      ? applied.value
      : { ...applied.value, decidedUnder: decidedUnder(state, policy, state.decisions.length) };
  const next = withDepartures(taken, refusals);
  // A step the strict machine refuses may leave what no case can hold (a restriction resting on
  // no evidence): then it is skipped, and its refusals say why.
  if (refusals.length > 0 && !CaseStateSchema.safeParse(next).success)
    return { state, refusals, applied: false };
  return { state: next, refusals, applied: true };
}
