import { z } from 'zod';
import { checkInEffect } from '../policy/effective.js';
import type { Policy } from '../policy/schema.js';
import { allCitedUnder } from '../policy/settings.js';
import { type PolicyInput, type PolicyVersions, readPolicy, versionFor } from '../policy/versions.js';
import {
  type CivilDate,
  compareInstants,
  type Instant,
  InstantSchema,
  nanosPastMillisecond,
  YEAR_RANGE,
} from '../shared/dates.js';
import { checkInput } from '../shared/guard.js';
import { LIMITS } from '../shared/limits.js';
import type { Reason } from '../shared/reason.js';
import { type Failure, fail, ok, type Result } from '../shared/result.js';
import { combineFailures, validate } from '../shared/validate.js';
import { authorityReason } from './authority.js';
import { REPLAY_REQUIRED } from './corrections.js';
import { eiaStatus } from './eia.js';
import { type CaseEvent, CaseEventSchema, type CaseEventType } from './events.js';
import { civilDateOf, instantMs, type Situation } from './facts.js';
import { eventFingerprint } from './fingerprint.js';
import type { Context } from './guards.js';
import { idConflict } from './log.js';
import { migrateState } from './migrate.js';
import { appending, isSealedState, sealParsed, sealState } from './sealed.js';
import {
  CASE_SCHEMA_VERSION,
  type CaseStage,
  type CaseState,
  CaseStateSchema,
  type DecidedUnder,
  type DecisionRecord,
  type Stated,
  StatedSchema,
} from './state.js';
import { OPEN_STAGES, TRANSITIONS, type Transition, type TransitionTable } from './transitions.js';

/** A refusal as a Result. */
export const refused = <T>(error: Failure): Result<T> => ({ ok: false, error });

/**
 * The state with its keys in the schema's order, so the same case is the same JSON text
 * whether it was built by `replay` or one `applyEvent` at a time (updates append optional keys
 * where a parsed state has them in place), deep-frozen and remembered as valid (`sealState`):
 * only the parts not shared with `before` are checked. A state the schema refuses would be a
 * library bug (or a date the calendar cannot hold, such as a restriction ending after 2999): it
 * is refused with `INTERNAL_ERROR`, naming the paths, rather than handed back for the next call
 * to refuse.
 */
export function canonical(state: CaseState, before?: CaseState): Result<CaseState> {
  const sealed = sealState(state, before);
  if ('state' in sealed) return ok(sealed.state);
  const { issues } = sealed;
  return fail(
    'INTERNAL_ERROR',
    `The event would produce a case state the library cannot store (${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}); the case is left as it was.`,
    issues,
  );
}

/**
 * How far the door's walk lets a stored state go: each list of a state grows by at most one item
 * per event, so it may hold as many as a log may (`LIMITS.maxEventsPerLog`).
 */
const STATE_BOUNDS = { maxListLength: LIMITS.maxEventsPerLog };

/**
 * Reads a stored state at the door: a newer schema version is refused by name before anything
 * else is looked at, an older one is migrated (`migrateState`), then the state is parsed strictly.
 */
export function readState(input: unknown, root: string): Result<CaseState> {
  // A state the library sealed (its own output, or one this door read before) is trusted as it stands.
  if (isSealedState(input)) return ok(input);
  // The walk at the door comes before the migration reads anything.
  const shape = checkInput(input, root, STATE_BOUNDS);
  if (shape !== undefined) return refused(shape);
  const version =
    typeof input === 'object' && input !== null
      ? (input as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  if (typeof version === 'number' && version > CASE_SCHEMA_VERSION) {
    return fail(
      'UNSUPPORTED_SCHEMA_VERSION',
      `The case state has schema version ${version}; this version of the library reads version ${CASE_SCHEMA_VERSION}. Upgrade the library.`,
      [
        {
          path: `${root}.schemaVersion`,
          message: `expected ${CASE_SCHEMA_VERSION} or lower, received ${version}`,
        },
      ],
    );
  }
  const valid = validate(CaseStateSchema, migrateState(input), root, STATE_BOUNDS);
  return valid.ok ? ok(sealParsed(valid.value)) : valid;
}

/** A state, an instant and a policy read at the door, with the instant as milliseconds and as the policy's civil day. */
export interface ReadAt {
  readonly state: CaseState;
  /** The version in effect at the instant (before them all, the earliest). */
  readonly policy: Policy;
  /** Every version given, for what is counted from an earlier day (`versionOnDay`). */
  readonly versions: PolicyVersions;
  readonly atMs: number;
  readonly today: CivilDate;
}

/**
 * Reads `(state, at, policy)` at the door, as the queries that take all three do: one refusal
 * names every bad path. The policy is any `PolicyInput`; the version answering is the one in
 * effect at `at` (before them all, the earliest).
 */
export function readStateAtPolicy(state: unknown, at: unknown, policy: unknown): Result<ReadAt> {
  const validState = readState(state, 'state');
  if (!validState.ok && validState.error.code === 'UNSUPPORTED_SCHEMA_VERSION') return validState;
  const validAt = validate(InstantSchema, at, 'at');
  const validPolicy = readPolicy(policy);
  const failure = validateAll([validState, validAt, validPolicy]);
  if (failure !== undefined || !validState.ok || !validAt.ok || !validPolicy.ok) {
    return { ok: false, error: failure as Failure };
  }
  const rules = versionFor(validPolicy.value, validAt.value);
  return ok({
    state: validState.value,
    policy: rules,
    versions: validPolicy.value,
    atMs: instantMs(validAt.value),
    today: civilDateOf(validAt.value, rules.timeZone),
  });
}

/** Validates several inputs at once, so one refusal names every bad path of all of them. */
export function validateAll(results: readonly Result<unknown>[]): Failure | undefined {
  return combineFailures(
    results.filter((result) => !result.ok).map((result) => (result as { error: Failure }).error),
  );
}

/** A refusal whose reasons cite the landlord's own text for each rule, where the policy gives it (`citations.rules`). */
function ownCitations(failure: Failure, policy: Policy): Failure {
  if (failure.reasons === undefined || policy.citations.rules === undefined) return failure;
  return { ...failure, reasons: allCitedUnder(policy, failure.reasons) };
}

/** A stage is raised, never lowered, except by closing. */
function nextStage(current: CaseStage, to: CaseStage | 'stays'): CaseStage {
  if (to === 'stays') return current;
  if (to === 'closed') return 'closed';
  return OPEN_STAGES.indexOf(to) > OPEN_STAGES.indexOf(current) ? to : current;
}

/** The table's row for an event type. */
const transitionOf = <K extends CaseEventType>(type: K, table: TransitionTable): Transition<K> => table[type];

/**
 * The moment of an event, checked against the case and the policy; a refusal when out of order or
 * before the policy. `policy` judges the step; `versions`, every version given, count what runs
 * from an earlier day (NF-8).
 */
export function situationAt(
  state: CaseState,
  at: string,
  policy: Policy,
  versions: PolicyVersions,
  path: string,
): Result<Situation> {
  const atMs = instantMs(at);
  // Exactly, not by the millisecond: an event 0.8 µs before the last is still before it.
  if (compareInstants(at, state.lastEventAt) < 0) {
    return fail(
      'EVENT_OUT_OF_ORDER',
      `The event at ${at} is earlier than the last event applied to the case, at ${state.lastEventAt}.`,
      [{ path, message: `expected an instant at or after ${state.lastEventAt}` }],
    );
  }
  const on = civilDateOf(at, policy.timeZone);
  if (on > `${YEAR_RANGE.last}-12-31`) {
    return fail(
      'DATE_OUT_OF_RANGE',
      `The event at ${at} falls on ${on} in ${policy.timeZone}, after the last year the calendar holds (${YEAR_RANGE.last}).`,
      [{ path, message: `expected an instant on or before ${YEAR_RANGE.last}-12-31 in the policy's zone` }],
    );
  }
  const inEffect = checkInEffect(policy, on, 'The event', path);
  if (!inEffect.ok) return inEffect;
  return ok({ state, policy, versions, at, atMs, on });
}

/**
 * The clock skew allowed between the machine that dated an event and the one that received it:
 * an event dated more than this after `options.receivedAt` is refused (`EVENT_IN_FUTURE`). A
 * library default of our own choosing, not any source's: five minutes covers clocks that
 * disagree, never a mistyped day or year.
 *
 * @example
 * CLOCK_SKEW_TOLERANCE_MINUTES // => 5
 */
export const CLOCK_SKEW_TOLERANCE_MINUTES = 5;

/**
 * The options of `applyEvent` and `replay`, strict (an unknown key is refused by path):
 * `receivedAt`, the instant the event (for `replay`, the log) was received, against which an
 * event from the future is refused.
 */
export const ApplyOptionsSchema = z.strictObject({ receivedAt: InstantSchema.optional() });
/** `{ receivedAt?: Instant }`: the options of `applyEvent` and `replay`. */
export type ApplyOptions = z.input<typeof ApplyOptionsSchema>;

/**
 * Refuses an event dated after `receivedAt` plus the tolerance, or nothing. Exactly, to the digit
 * written, as `compareInstants` compares: 0.4 µs past the tolerance is past it.
 */
export function fromTheFuture(
  at: Instant,
  receivedAt: Instant | undefined,
  path: string,
): Failure | undefined {
  if (receivedAt === undefined) return undefined;
  const pastMs = instantMs(at) - instantMs(receivedAt) - CLOCK_SKEW_TOLERANCE_MINUTES * 60_000;
  if (pastMs < 0 || (pastMs === 0 && nanosPastMillisecond(at) <= nanosPastMillisecond(receivedAt))) {
    return undefined;
  }
  return {
    code: 'EVENT_IN_FUTURE',
    message: `The event is dated ${at}, after it was received (${receivedAt}) by more than the ${CLOCK_SKEW_TOLERANCE_MINUTES} minutes allowed for clocks that disagree: check its date (a mistyped day or year?). Nothing was applied.`,
    issues: [
      {
        path,
        message: `expected an instant no later than ${CLOCK_SKEW_TOLERANCE_MINUTES} minutes after receivedAt (${receivedAt}), received ${at}`,
      },
    ],
  };
}

/** The policy versions the decisions were judged under, with the version deciding decision `index` (NF-8). */
export function decidedUnder(state: CaseState, policy: Policy, index: number): DecidedUnder[] {
  const last = state.decidedUnder.at(-1);
  if (last !== undefined && last.policyId === policy.id && last.effectiveFrom === policy.effectiveFrom) {
    return state.decidedUnder;
  }
  return [
    ...state.decidedUnder,
    { policyId: policy.id, effectiveFrom: policy.effectiveFrom, fromDecision: index },
  ];
}

/** What an audit record says of the case as the event found it: the needs known and the EIA's status (NF-8). */
export interface Standing {
  readonly needsKnown: DecisionRecord['needsKnown'];
  readonly eia: DecisionRecord['eia'];
}

/** NF-8: the free text an event carries, copied as written (`StatedSchema`); nothing when it carries none. */
function statedOf(event: CaseEvent): { stated?: Stated } {
  const stated: Record<string, string | string[]> = {};
  const fields = event as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(StatedSchema.shape)) {
    const value = fields[key];
    if (typeof value === 'string') stated[key] = value;
    else if (Array.isArray(value)) stated[key] = value.map(String);
  }
  return Object.keys(stated).length === 0 ? {} : { stated: stated as Stated };
}

/**
 * The case as an event finds it, for its audit record. Read before the step's update: inside
 * `replay`'s fold the update appends to the state's lists in place, so afterwards the state
 * before the step would read as the state after it.
 */
export const standingOf = (
  state: CaseState,
  situation: Pick<Situation, 'on' | 'atMs' | 'policy'>,
): Standing => ({
  needsKnown: state.eia?.needs ?? [],
  eia: eiaStatus(state, situation),
});

/** What a step adds to the audit trail beside its update: its record (NF-8), with the case as the event found it. */
export function recordOf(
  standing: Standing,
  event: CaseEvent,
  fields: { subject?: string; evidence?: readonly string[]; reasons: readonly Reason[] },
  fingerprint: string | undefined,
): DecisionRecord {
  const { subject, evidence } = fields;
  return {
    type: event.type,
    at: event.at,
    by: event.by,
    ...(event.byRole !== undefined && { byRole: event.byRole }),
    ...(event.jointlyWith !== undefined && { jointlyWith: event.jointlyWith.map((d) => ({ ...d })) }),
    ...(subject !== undefined && { subject }),
    ...(evidence !== undefined && { evidence: [...evidence] }),
    needsKnown: standing.needsKnown,
    eia: standing.eia,
    reasons: [...fields.reasons],
    ...statedOf(event),
    ...(event.meta !== undefined && { meta: event.meta }),
    ...(event.id !== undefined && {
      eventId: event.id,
      fingerprint: fingerprint ?? eventFingerprint(event),
    }),
  };
}

/**
 * Applies one event to a trusted state: the stage, the preconditions, the guards, then the update
 * and its audit record (NF-8), with the policy version that judged it (`policy`, one of
 * `versions`, which count what runs from an earlier day). `root` names the event in issue paths. `how.fingerprint`, when the caller has it, saves working it out again; `how.table`
 * is the transition table to judge by: the machine's own, or the audit's lenient copy (src/audit).
 */
export function applyTrusted(
  state: CaseState,
  event: CaseEvent,
  policy: Policy,
  versions: PolicyVersions,
  root: string,
  how: { readonly fingerprint?: string; readonly table?: TransitionTable; readonly inPlace?: boolean } = {},
): Result<CaseState> {
  const situation = situationAt(state, event.at, policy, versions, `${root}.at`);
  if (!situation.ok) return situation;
  const transition = transitionOf(event.type, how.table ?? TRANSITIONS);
  if (!transition.from.includes(state.stage)) {
    return fail('INVALID_TRANSITION', `'${event.type}' is not allowed once the case is ${state.stage}.`, [
      { path: `${root}.type`, message: `expected an event allowed when the case is ${state.stage}` },
    ]);
  }
  for (const precondition of transition.preconditions) {
    const failure = precondition.check(situation.value);
    if (failure !== undefined) return refused(ownCitations(failure, policy));
  }
  const inPlace = how.inPlace === true;
  const context: Context = { ...situation.value, event, root, inPlace };
  for (const guard of transition.guards) {
    const failure = guard.check(context);
    if (failure !== undefined) return refused(ownCitations(failure, policy));
  }
  const standing = standingOf(state, situation.value);
  const stepped = transition.update(context);
  if (!stepped.ok) return stepped;
  const authority = authorityReason(policy, event);
  // The landlord's own text for each rule (citations.rules), in one place for every record.
  const reasons = allCitedUnder(
    policy,
    authority === undefined ? stepped.value.reasons : [...stepped.value.reasons, authority],
  );
  const record = recordOf(standing, event, { ...stepped.value, reasons }, how.fingerprint);
  const next = stepped.value.state;
  return ok({
    ...next,
    stage: nextStage(state.stage, transition.to),
    lastEventAt: event.at,
    decidedUnder: decidedUnder(next, policy, next.decisions.length),
    decisions: appending(inPlace, next.decisions, record),
  });
}

/** What the case holds under an event id: the event that first used it, applied or voided, with its fingerprint. */
function heldUnder(
  state: CaseState,
  id: string,
): { type: string; at: string; fingerprint: string; where: string } | undefined {
  for (const [index, record] of state.decisions.entries()) {
    if (record.eventId === id && record.fingerprint !== undefined) {
      return {
        type: record.type,
        at: record.at,
        fingerprint: record.fingerprint,
        where: `decisions[${index}]`,
      };
    }
  }
  for (const [index, voided] of (state.voided ?? []).entries()) {
    if (voided.eventId === id) return { ...voided, where: `voided[${index}], since voided` };
  }
  return undefined;
}

/** Where `applyEvent` points a void: to the log and `replay`. */
const VOID_IN_LOG = "expected an event other than 'event-voided': append voids to the log and replay it";

/**
 * Applies one event to a case: validates the state (refusing a newer schema version), the event,
 * the policy (`PolicyInput`: a policy, a list of its versions, or a preset's name) and the options,
 * then judges the event under the policy version in effect on its day. In order:
 * - an event whose `id` the case already holds with the same content is a retry: the state comes
 *   back unchanged (the same JSON); with other content it is refused `EVENT_ID_CONFLICT`;
 * - an `event-voided` is refused `REPLAY_REQUIRED`: append it to the log and `replay`;
 * - with `options.receivedAt`, an event dated more than `CLOCK_SKEW_TOLERANCE_MINUTES` after it is
 *   refused `EVENT_IN_FUTURE`, so a mistyped year cannot lock the case;
 * - an event earlier than the last one applied is refused `EVENT_OUT_OF_ORDER`, one before any
 *   version of the policy took effect `POLICY_NOT_IN_EFFECT`;
 * - then the transition table judges it.
 * Returns the next state, never changing the one given; a refused event leaves the case as it
 * was, and the refusal says why, with the rules (`error.reasons`).
 *
 * @example
 * applyEvent(state, { type: 'written-warning-issued', at: '2026-03-02T10:00:00Z', by: 'hm-1', letterDate: '2026-03-02' }, presets.tenancyEnforcementProcedure)
 * // => { ok: true, value: { ..., stage: 'warned', writtenWarnings: [{ at: '2026-03-02T10:00:00Z', letterDate: '2026-03-02' }],
 * //      decisions: [..., { type: 'written-warning-issued', by: 'hm-1', evidence: ['inc-1'], reasons: [{ rule: 'TEP-4.4', ... }] }] } }
 * // With no EIA on file:
 * // => { ok: false, error: { code: 'EIA_REQUIRED', message: 'An equality impact assessment must be completed before formal action.',
 * //      issues: [], reasons: [{ rule: 'TEP-2.3', ... }] } }
 * applyEvent(state, { type: 'case-closed', at: '2062-05-02T09:00:00Z', by: 'hm-1' }, 'tenancy-enforcement-procedure',
 *   { receivedAt: '2026-05-02T09:00:05Z' })
 * // => { ok: false, error: { code: 'EVENT_IN_FUTURE', issues: [{ path: 'event.at', ... }] } }
 */
export function applyEvent(
  state: CaseState,
  event: CaseEvent,
  policy: PolicyInput,
  options?: ApplyOptions,
): Result<CaseState> {
  const validState = readState(state, 'state');
  if (!validState.ok && validState.error.code === 'UNSUPPORTED_SCHEMA_VERSION') return validState;
  const validEvent = validate(CaseEventSchema, event, 'event');
  const validPolicy = readPolicy(policy);
  const validOptions = validate(ApplyOptionsSchema, options ?? {}, 'options');
  const failure = validateAll([validState, validEvent, validPolicy, validOptions]);
  if (failure !== undefined || !validState.ok || !validEvent.ok || !validPolicy.ok || !validOptions.ok) {
    return refused(failure as Failure);
  }
  const current = validState.value;
  const next = validEvent.value;
  let fingerprint: string | undefined;
  if (next.id !== undefined) {
    fingerprint = eventFingerprint(next);
    const held = heldUnder(current, next.id);
    if (held !== undefined) {
      if (held.fingerprint === fingerprint) return ok(current);
      return refused(idConflict(next.id, held, held.where, 'event.id'));
    }
  }
  if (next.type === 'event-voided') {
    return refused({ ...REPLAY_REQUIRED, issues: [{ path: 'event.type', message: VOID_IN_LOG }] });
  }
  const future = fromTheFuture(next.at, validOptions.value.receivedAt, 'event.at');
  if (future !== undefined) return refused(future);
  const version = versionFor(validPolicy.value, next.at);
  const applied = applyTrusted(current, next, version, validPolicy.value, 'event', { fingerprint });
  return applied.ok ? canonical(applied.value, current) : applied;
}
