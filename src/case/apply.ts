import { z } from 'zod';
import { checkInEffect } from '../policy/effective.js';
import { type Policy, PolicySchema } from '../policy/schema.js';
import { allCitedUnder } from '../policy/settings.js';
import { type CivilDate, compareInstants, InstantSchema, YEAR_RANGE } from '../shared/dates.js';
import { checkInput } from '../shared/guard.js';
import { type Failure, fail, ok, type Result } from '../shared/result.js';
import { combineFailures, validate } from '../shared/validate.js';
import { authorityReason } from './authority.js';
import { eiaStatus } from './eia.js';
import { type CaseEvent, CaseEventSchema, type CaseEventType } from './events.js';
import { civilDateOf, instantMs, type Situation } from './facts.js';
import type { Context } from './guards.js';
import { migrateState } from './migrate.js';
import {
  CASE_SCHEMA_VERSION,
  type CaseStage,
  type CaseState,
  CaseStateSchema,
  type DecisionRecord,
  newCase,
  type OpenCaseInput,
  OpenCaseInputSchema,
} from './state.js';
import { OPEN_STAGES, TRANSITIONS, type Transition, type TransitionTable } from './transitions.js';

/** A refusal as a Result. */
const refused = <T>(error: Failure): Result<T> => ({ ok: false, error });

/**
 * The state with its keys in the schema's order, so the same case is the same JSON text
 * whether it was built by `replay` or one `applyEvent` at a time (updates append optional keys
 * where a parsed state has them in place). A state the schema refuses would be a library bug
 * (or a date the calendar cannot hold, such as a restriction ending after 2999): it is refused
 * with `INTERNAL_ERROR`, naming the paths, rather than handed back for the next call to refuse.
 */
function canonical(state: CaseState): Result<CaseState> {
  const parsed = CaseStateSchema.safeParse(state);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map((i) => ({
    path: ['state', ...i.path].join('.'),
    message: i.message,
  }));
  return fail(
    'INTERNAL_ERROR',
    `The event would produce a case state the library cannot store (${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}); the case is left as it was.`,
    issues,
  );
}

/**
 * Reads a stored state at the door: a newer schema version is refused by name before anything
 * else is looked at, an older one is migrated (`migrateState`), then the state is parsed strictly.
 */
export function readState(input: unknown, root: string): Result<CaseState> {
  // The walk at the door comes before the migration reads anything.
  const shape = checkInput(input, root);
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
  return validate(CaseStateSchema, migrateState(input), root);
}

/** A state, an instant and a policy read at the door, with the instant as milliseconds and as the policy's civil day. */
export interface ReadAt {
  readonly state: CaseState;
  readonly policy: Policy;
  readonly atMs: number;
  readonly today: CivilDate;
}

/** Reads `(state, at, policy)` at the door, as the queries that take all three do: one refusal names every bad path. */
export function readStateAtPolicy(state: unknown, at: unknown, policy: unknown): Result<ReadAt> {
  const validState = readState(state, 'state');
  if (!validState.ok && validState.error.code === 'UNSUPPORTED_SCHEMA_VERSION') return validState;
  const validAt = validate(InstantSchema, at, 'at');
  const validPolicy = validate(PolicySchema, policy, 'policy');
  const failure = validateAll([validState, validAt, validPolicy]);
  if (failure !== undefined || !validState.ok || !validAt.ok || !validPolicy.ok) {
    return { ok: false, error: failure as Failure };
  }
  const rules = validPolicy.value;
  return ok({
    state: validState.value,
    policy: rules,
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

/** The moment of an event, checked against the case and the policy; a refusal when out of order or before the policy. */
export function situationAt(state: CaseState, at: string, policy: Policy, path: string): Result<Situation> {
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
  return ok({ state, policy, at, atMs, on });
}

/**
 * Applies one event to a trusted state: the stage, the preconditions, the guards, then the update
 * and its audit record (NF-8). `root` names the event in issue paths. `table` is the transition
 * table to judge by: the machine's own, or the audit's lenient copy of it (src/audit).
 */
export function applyTrusted(
  state: CaseState,
  event: CaseEvent,
  policy: Policy,
  root: string,
  table: TransitionTable = TRANSITIONS,
): Result<CaseState> {
  const situation = situationAt(state, event.at, policy, `${root}.at`);
  if (!situation.ok) return situation;
  const transition = transitionOf(event.type, table);
  if (!transition.from.includes(state.stage)) {
    return fail('INVALID_TRANSITION', `'${event.type}' is not allowed once the case is ${state.stage}.`, [
      { path: `${root}.type`, message: `expected an event allowed when the case is ${state.stage}` },
    ]);
  }
  for (const precondition of transition.preconditions) {
    const failure = precondition.check(situation.value);
    if (failure !== undefined) return refused(ownCitations(failure, policy));
  }
  const context: Context = { ...situation.value, event, root };
  for (const guard of transition.guards) {
    const failure = guard.check(context);
    if (failure !== undefined) return refused(ownCitations(failure, policy));
  }
  const stepped = transition.update(context);
  if (!stepped.ok) return stepped;
  const { subject, evidence } = stepped.value;
  const authority = authorityReason(policy, event);
  // The landlord's own text for each rule (citations.rules), in one place for every record.
  const reasons = allCitedUnder(
    policy,
    authority === undefined ? stepped.value.reasons : [...stepped.value.reasons, authority],
  );
  const record: DecisionRecord = {
    type: event.type,
    at: event.at,
    by: event.by,
    ...(event.byRole !== undefined && { byRole: event.byRole }),
    ...(event.jointlyWith !== undefined && { jointlyWith: event.jointlyWith.map((d) => ({ ...d })) }),
    ...(subject !== undefined && { subject }),
    ...(evidence !== undefined && { evidence: [...evidence] }),
    needsKnown: state.eia?.needs ?? [],
    eia: eiaStatus(state, situation.value),
    reasons: [...reasons],
    ...(event.meta !== undefined && { meta: event.meta }),
  };
  const next = stepped.value.state;
  return ok({
    ...next,
    stage: nextStage(state.stage, transition.to),
    lastEventAt: event.at,
    decisions: [...next.decisions, record],
  });
}

/**
 * Applies one event to a case: validates the state (refusing a newer schema version), the event
 * and the policy, refuses an event earlier than the last one applied, then judges the event
 * against the transition table. Returns the next state, never changing the one given; a refused
 * event leaves the case as it was, and the refusal says why, with the rules (`error.reasons`).
 *
 * @example
 * applyEvent(state, { type: 'written-warning-issued', at: '2026-03-02T10:00:00Z', by: 'hm-1', letterDate: '2026-03-02' }, presets.tenancyEnforcementProcedure)
 * // => { ok: true, value: { ..., stage: 'warned', writtenWarnings: [{ at: '2026-03-02T10:00:00Z', letterDate: '2026-03-02' }],
 * //      decisions: [..., { type: 'written-warning-issued', by: 'hm-1', evidence: ['inc-1'], reasons: [{ rule: 'TEP-4.4', ... }] }] } }
 * // With no EIA on file:
 * // => { ok: false, error: { code: 'EIA_REQUIRED', message: 'An equality impact assessment must be completed before formal action.',
 * //      issues: [], reasons: [{ rule: 'TEP-2.3', ... }] } }
 */
export function applyEvent(state: CaseState, event: CaseEvent, policy: Policy): Result<CaseState> {
  const validState = readState(state, 'state');
  if (!validState.ok && validState.error.code === 'UNSUPPORTED_SCHEMA_VERSION') return validState;
  const validEvent = validate(CaseEventSchema, event, 'event');
  const validPolicy = validate(PolicySchema, policy, 'policy');
  const failure = validateAll([validState, validEvent, validPolicy]);
  if (failure !== undefined || !validState.ok || !validEvent.ok || !validPolicy.ok) {
    return refused(failure as Failure);
  }
  const applied = applyTrusted(validState.value, validEvent.value, validPolicy.value, 'event');
  return applied.ok ? canonical(applied.value) : applied;
}

const EventListSchema = z.array(z.unknown(), { error: 'expected a list of case events' });

/**
 * Folds a case's history into its state: validates the policy, the opening and every event once,
 * then applies the events in order. Without `opening` (`openCase`'s input) the case opens at the
 * first event, with no case or customer id. A refusal carries `error.index`, the position of the
 * event refused (or of the first invalid event), and why.
 *
 * @example
 * // restriction: 12 months from 1 April 2026
 * replay([incident, eia, warning, restriction], presets.tenancyEnforcementProcedure,
 *   { caseId: 'c-1', customerId: 'cu-1', openedAt: '2026-01-05T09:00:00Z' })
 * // => { ok: true, value: { ..., stage: 'restricted', restrictions: [{ id: 'r-1', lastDayInForce: '2027-03-31', ... }] } }
 * replay([incident, restriction], presets.tenancyEnforcementProcedure)
 * // => { ok: false, error: { code: 'EIA_REQUIRED', index: 1, reasons: [{ rule: 'TEP-2.3', ... }], ... } }
 */
export function replay(
  events: readonly CaseEvent[],
  policy: Policy,
  opening?: OpenCaseInput,
): Result<CaseState> {
  const validList = validate(EventListSchema, events, 'events');
  const validPolicy = validate(PolicySchema, policy, 'policy');
  const validOpening =
    opening === undefined ? ok(undefined) : validate(OpenCaseInputSchema, opening, 'opening');
  const failure = validateAll([validList, validPolicy, validOpening]);
  if (failure !== undefined || !validList.ok || !validPolicy.ok || !validOpening.ok) {
    return refused(failure as Failure);
  }
  const trusted: CaseEvent[] = [];
  for (const [index, input] of validList.value.entries()) {
    const valid = validate(CaseEventSchema, input, `events[${index}]`);
    if (!valid.ok) return refused({ ...valid.error, index });
    trusted.push(valid.value);
  }
  const first = trusted[0];
  const open = validOpening.value;
  if (open === undefined && first === undefined) {
    return fail(
      'INVALID_INPUT',
      'Invalid input. events: expected at least one event when no opening is given.',
      [{ path: 'events', message: 'expected at least one event when no opening is given' }],
    );
  }
  let state =
    open === undefined
      ? newCase((first as CaseEvent).at)
      : newCase(open.openedAt, { caseId: open.caseId, customerId: open.customerId });
  for (const [index, event] of trusted.entries()) {
    const applied = applyTrusted(state, event, validPolicy.value, `events[${index}]`);
    if (!applied.ok) return refused({ ...applied.error, index });
    state = applied.value;
  }
  return canonical(state);
}
