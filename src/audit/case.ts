import { z } from 'zod';
import { validateAll } from '../case/apply.js';
import { type CaseEvent, CaseEventSchema } from '../case/events.js';
import { CaseStateSchema } from '../case/state.js';
import { type PolicyInput, type PolicyVersions, readPolicy } from '../policy/versions.js';
import { type Failure, fail, ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import { type AuditOptions, AuditOptionsSchema, type CaseAudit } from './finding.js';
import { auditTrusted } from './fold.js';

const EventListSchema = z.array(z.unknown(), { error: 'expected a list of case events' });

/** The events of a history read at the door; the first malformed one refused with `error.index`. */
export function readHistory(events: unknown, root: string): Result<CaseEvent[]> {
  const list = validate(EventListSchema, events, root);
  if (!list.ok) return list;
  const read: CaseEvent[] = [];
  for (const [index, input] of list.value.entries()) {
    const valid = validate(CaseEventSchema, input, `${root}[${index}]`);
    if (!valid.ok) return { ok: false, error: { ...valid.error, index } };
    read.push(valid.value);
  }
  return ok(read);
}

/** `(events, policy, options)` read at the door: one refusal names every bad path of the policy and options. */
export function readAudit(
  events: unknown,
  policy: unknown,
  options: unknown,
): Result<{ events: CaseEvent[]; policy: PolicyVersions; options: AuditOptions }> {
  const validPolicy = readPolicy(policy);
  const validOptions = validate(AuditOptionsSchema, options, 'options');
  const failure = validateAll([validPolicy, validOptions]);
  if (failure !== undefined || !validPolicy.ok || !validOptions.ok)
    return { ok: false, error: failure as Failure };
  const history = readHistory(events, 'events');
  if (!history.ok) return history;
  if (history.value.length === 0 && validOptions.value.opening === undefined) {
    return fail(
      'INVALID_INPUT',
      'Invalid input. events: expected at least one event when no opening is given.',
      [{ path: 'events', message: 'expected at least one event when no opening is given' }],
    );
  }
  return ok({ events: history.value, policy: validPolicy.value, options: validOptions.value });
}

/**
 * Audits a case's whole history against the policy, as of a date: never refuses on the policy's
 * grounds. `policy` is a `PolicyInput`: a policy, an effective-dated list of its versions, or a
 * preset's name; every step, obligation and contact is judged under the version in effect on its
 * day, and `state.decidedUnder` records which version decided what, as `replay` records it. The
 * log is read as `replay` reads it: a retry (an id already used, the same content) is a no-op, an
 * event voided by a later `event-voided` is left out with its findings, and each void stays in the
 * trail (`state.voided`, `state.decisions`). The history is folded leniently (a step the policy forbids is taken all the same, and
 * reported), and every departure is a finding `{ kind, rule, severity, severityBasis, index?,
 * contactIndex?, on, dueOn?, daysLate?, code?, reasons?, obligation?, subject?, text, citation }`:
 * each step the strict machine (`replay`) would refuse, with its code, rule and reasons; each
 * review, EIA review, decision, letter or notice owed and met late (`daysLate` days after
 * `dueOn`) or never met by `asOf`; a step taken by a member of staff the resident reported (SC-2); and from `options.contacts`, the
 * landlord's contact log with how each was handled, an excluded report (an emergency,
 * safeguarding, domestic abuse: TEP-7) not taken, or a contact with a reported member of staff.
 * Severities are the library's defaults (`AUDIT_SEVERITIES`): `'note'`, `'concern'`,
 * `'maladministration-risk'`.
 *
 * Also returns `state`, the case as best reconstructed (a decision record of a step the policy
 * forbids carries the refusal's reasons after its own), and `obligations`, what is owed at
 * `asOf`. For a history `replay` accepts, `state` is `replay`'s, byte for byte. An event dated
 * after `asOf` is left out, with a note (where `replay` with `receivedAt` refuses it
 * `EVENT_IN_FUTURE`); a void so dated is not yet on the log, so the event it voids is audited. An
 * event that cannot be taken at all (out of order; lifting a restriction there is none of) is
 * skipped, with its finding.
 *
 * Only malformed data is refused: `INVALID_INPUT` (or `INPUT_TOO_LARGE`) naming the path, with
 * `error.index` for a malformed event; `POLICY_VERSIONS_INVALID` for versions not of one policy; a
 * log whose ids do not hold together, with `error.index`, as `replay` refuses it:
 * `EVENT_ID_CONFLICT`, `VOIDED_EVENT_NOT_FOUND`, `EVENT_ALREADY_VOIDED`, `EVENT_NOT_VOIDABLE`.
 *
 * @example
 * // A restriction imposed on 2 March 2026 with no EIA on file, never reviewed:
 * auditCase([incident, warning, restriction], presets.tenancyEnforcementProcedure,
 *   { asOf: '2026-11-01T12:00:00Z' })
 * // => { ok: true, value: { findings: [
 * //      { kind: 'refused-step', code: 'EIA_REQUIRED', rule: 'TEP-2.3', severity: 'maladministration-risk', index: 2, on: '2026-03-02', ... },
 * //      { kind: 'never-met', obligation: 'case-review', rule: 'TEP-10', severity: 'maladministration-risk',
 * //        on: '2026-09-02', dueOn: '2026-09-02', daysLate: 60, ... }, ...],
 * //      state: { stage: 'restricted', ... }, obligations: [...] } }
 * auditCase([{ type: 'eia-completed', at: 'yesterday' }], tep, { asOf: '2026-11-01T12:00:00Z' })
 * // => { ok: false, error: { code: 'INVALID_INPUT', index: 0, issues: [{ path: 'events[0].at', ... }, ...] } }
 * // The year mistyped (2062), then voided: no finding about it; the void is in the trail.
 * auditCase([incident, { ...eia, id: 'e-2', at: '2062-05-02T09:00:00Z' }, voidOfE2, eia], 'tenancy-enforcement-procedure',
 *   { asOf: '2026-11-01T12:00:00Z' })
 * // => { ok: true, value: { findings: [...], state: { ..., voided: [{ eventId: 'e-2', ... }] }, obligations: [...] } }
 */
export function auditCase(
  events: readonly CaseEvent[],
  policy: PolicyInput,
  options: AuditOptions,
): Result<CaseAudit> {
  const read = readAudit(events, policy, options);
  if (!read.ok) return read;
  const audit = auditTrusted(read.value.events, read.value.policy, read.value.options);
  if (!audit.ok) return audit;
  // The state with its keys in the schema's order, as `replay` gives it.
  const state = CaseStateSchema.safeParse(audit.value.state);
  return state.success ? ok({ ...audit.value, state: state.data }) : audit;
}
