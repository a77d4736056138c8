import { z } from 'zod';
import { describeDate } from '../calendar/zone.js';
import type { Policy } from '../policy/schema.js';
import { allCitedUnder } from '../policy/settings.js';
import { type PolicyInput, type PolicyVersions, readPolicy, versionFor } from '../policy/versions.js';
import type { Instant } from '../shared/dates.js';
import { statedWords } from '../shared/describe.js';
import { LIMITS } from '../shared/limits.js';
import { reason } from '../shared/reason.js';
import { type Failure, fail, ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import {
  type ApplyOptions,
  ApplyOptionsSchema,
  applyTrusted,
  canonical,
  decidedUnder,
  fromTheFuture,
  recordOf,
  refused,
  standingOf,
  validateAll,
} from './apply.js';
import { type CaseEvent, CaseEventSchema, type EventOf } from './events.js';
import { civilDateOf, instantMs } from './facts.js';
import { readLog, type VoidedEvent } from './log.js';
import { appending } from './sealed.js';
import { type CaseState, newCase, type OpenCaseInput, OpenCaseInputSchema } from './state.js';

/**
 * Folding a case's event log into its state (NF-8): the log is the record, the state a cache of
 * it. Retries are no-ops, voided events are left out, each void is kept in the trail, and every
 * other event is applied under the policy version in effect on its day.
 */

/**
 * Records a void read from the log (NF-8): the event it voids was left out of the fold; the void
 * is kept in `voided` and in the audit trail, its reason quoted. A void is not a step on the case:
 * it is recorded when the mistake is found, often after events dated later than the re-entered
 * correction, so it is neither refused for its date nor moves `lastEventAt`, and the correction
 * keeps its true date. With `inPlace` (inside a fold) the lists the fold made are appended in
 * place (`appending`); otherwise new lists. The audit (src/audit) records a void with this same function.
 */
export function applyVoid(
  state: CaseState,
  event: EventOf<'event-voided'>,
  voided: VoidedEvent,
  policy: Policy,
  fingerprint: string | undefined,
  inPlace = false,
): CaseState {
  const atMs = instantMs(event.at);
  const situation = { policy, atMs, on: civilDateOf(event.at, policy.timeZone) };
  const said = reason(
    'NF-8',
    `Event '${event.eventId}' (${voided.type} of ${describeDate(civilDateOf(voided.at, policy.timeZone))}) was voided: ${statedWords(event.reason)}. The case is read as if it had never been recorded; the void stays on the record.`,
  );
  const record = recordOf(
    standingOf(state, situation),
    event,
    { subject: event.eventId, reasons: allCitedUnder(policy, [said]) },
    fingerprint,
  );
  return {
    ...state,
    decidedUnder: decidedUnder(state, policy, state.decisions.length),
    decisions: appending(inPlace, state.decisions, record),
    voided: appending(inPlace, state.voided ?? [], {
      eventId: event.eventId,
      type: voided.type,
      at: voided.at,
      fingerprint: voided.fingerprint,
      voidedAt: event.at,
      voidedBy: event.by,
      reason: event.reason,
    }),
  };
}

/**
 * Where a log given without an opening opens: at its first event that folds, neither voided by a
 * later void (as if never recorded) nor a void (not a step on the case); failing that, at its
 * first event not voided. A voided first event, such as a mistyped year, so never dates the case.
 *
 * @example
 * openingInstant([{ ...incident, id: 'e-1', at: '2062-01-05T10:00:00Z' }, voidOfE1At('2026-01-06T09:00:00Z'),
 *   { ...incident, at: '2026-01-05T10:00:00Z' }]) // => '2026-01-05T10:00:00Z'
 */
export function openingInstant(events: readonly CaseEvent[]): Instant {
  const voided = new Set<string>();
  for (const event of events) if (event.type === 'event-voided') voided.add(event.eventId);
  const kept = events.filter((event) => event.id === undefined || !voided.has(event.id));
  return (kept.find((event) => event.type !== 'event-voided') ?? kept[0] ?? (events[0] as CaseEvent)).at;
}

const EventListSchema = z.array(z.unknown(), { error: 'expected a list of case events' });

/**
 * Folds a trusted log into a state, from `state` (never changed): retries are no-ops, voided events are left out,
 * each void is recorded, every other event applied under the version in effect on its day. A
 * refusal carries `error.index`.
 */
export function foldTrusted(
  state: CaseState,
  events: readonly CaseEvent[],
  policy: PolicyVersions,
  receivedAt?: Instant,
): Result<CaseState> {
  const log = readLog(events);
  if (!log.ok) return log;
  // The fold's states are its own until it returns: each list is copied the first time the fold
  // adds to it, then appended in place (`appending`). `state`'s own lists are never changed.
  let folded: CaseState = state;
  for (const step of log.value) {
    if (step.kind === 'retry' || step.kind === 'voided') continue;
    const root = `events[${step.index}]`;
    const future = fromTheFuture(step.event.at, receivedAt, `${root}.at`);
    if (future !== undefined) return refused({ ...future, index: step.index });
    const version = versionFor(policy, step.event.at);
    if (step.kind === 'void') {
      folded = applyVoid(folded, step.event, step.voided, version, step.fingerprint, true);
      continue;
    }
    const applied = applyTrusted(folded, step.event, version, policy, root, {
      fingerprint: step.fingerprint,
      inPlace: true,
    });
    if (!applied.ok) return refused({ ...applied.error, index: step.index });
    folded = applied.value;
  }
  return ok(folded);
}

/**
 * Folds a case's history (its event log) into its state: validates the policy (`PolicyInput`),
 * the opening, the options and every event once, reads the log's ids (retries, voids), then
 * applies the events in order, each under the policy version in effect on its day. Without
 * `opening` (`openCase`'s input) the case opens at the first event, with no case or customer id
 * (the first event neither voided nor a void: a voided first event never dates the case).
 * - An event whose `id` an earlier event carries with the same content is a retry, skipped; with
 *   other content the log is refused `EVENT_ID_CONFLICT`.
 * - An `event-voided` `{ eventId, reason }` leaves the earlier event with that id out of the fold,
 *   as if never recorded, and stays in the trail (`state.voided`, `state.decisions`). A void of
 *   no earlier event is refused `VOIDED_EVENT_NOT_FOUND`, of one already voided
 *   `EVENT_ALREADY_VOIDED`, of another void `EVENT_NOT_VOIDABLE`.
 * - With `options.receivedAt`, an event (not voided) dated more than
 *   `CLOCK_SKEW_TOLERANCE_MINUTES` after it is refused `EVENT_IN_FUTURE`.
 * A refusal carries `error.index`, the position of the event refused (or of the first invalid
 * event), and why.
 *
 * @example
 * // restriction: 12 months from 1 April 2026
 * replay([incident, eia, warning, restriction], presets.tenancyEnforcementProcedure,
 *   { caseId: 'c-1', customerId: 'cu-1', openedAt: '2026-01-05T09:00:00Z' })
 * // => { ok: true, value: { ..., stage: 'restricted', restrictions: [{ id: 'r-1', lastDayInForce: '2027-03-31', ... }] } }
 * replay([incident, restriction], presets.tenancyEnforcementProcedure)
 * // => { ok: false, error: { code: 'EIA_REQUIRED', index: 1, reasons: [{ rule: 'TEP-2.3', ... }], ... } }
 * // The EIA's year mistyped (2062 for 2026), voided, and re-entered under a new id with its true
 * // date: the events after it apply.
 * replay([incident, initialWarning, { ...eia, id: 'e-2', at: '2062-05-02T09:00:00Z' },
 *   { type: 'event-voided', at: '2026-05-03T09:00:00Z', by: 'hm-1', eventId: 'e-2', reason: 'year mistyped' },
 *   { ...eia, id: 'e-4', at: '2026-05-02T09:00:00Z' }, warning], 'tenancy-enforcement-procedure')
 * // => { ok: true, value: { ..., stage: 'warned', voided: [{ eventId: 'e-2', type: 'eia-completed', ... }] } }
 */
export function replay(
  events: readonly CaseEvent[],
  policy: PolicyInput,
  opening?: OpenCaseInput,
  options?: ApplyOptions,
): Result<CaseState> {
  // The log has its own limit (LIMITS.maxEventsPerLog); each event is held to the usual ones below.
  const validList = validate(EventListSchema, events, 'events', { maxListLength: LIMITS.maxEventsPerLog });
  const validPolicy = readPolicy(policy);
  const validOpening =
    opening === undefined ? ok(undefined) : validate(OpenCaseInputSchema, opening, 'opening');
  const validOptions = validate(ApplyOptionsSchema, options ?? {}, 'options');
  const failure = validateAll([validList, validPolicy, validOpening, validOptions]);
  if (failure !== undefined || !validList.ok || !validPolicy.ok || !validOpening.ok || !validOptions.ok) {
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
  const opened =
    open === undefined
      ? newCase(openingInstant(trusted))
      : newCase(open.openedAt, { caseId: open.caseId, customerId: open.customerId });
  const folded = foldTrusted(opened, trusted, validPolicy.value, validOptions.value.receivedAt);
  return folded.ok ? canonical(folded.value) : folded;
}
