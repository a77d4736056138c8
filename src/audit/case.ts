import { z } from 'zod';
import { validateAll } from '../case/apply.js';
import { type CaseEvent, CaseEventSchema } from '../case/events.js';
import { CaseStateSchema } from '../case/state.js';
import { type Policy, PolicySchema } from '../policy/schema.js';
import { type Failure, fail, ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import { type AuditOptions, AuditOptionsSchema, type CaseAudit } from './finding.js';
import { auditTrusted, type IndexedEvent } from './fold.js';

const EventListSchema = z.array(z.unknown(), { error: 'expected a list of case events' });

/** The events of a history read at the door, each with its position; the first malformed one refused with `error.index`. */
export function readHistory(events: unknown, root: string): Result<IndexedEvent[]> {
  const list = validate(EventListSchema, events, root);
  if (!list.ok) return list;
  const read: IndexedEvent[] = [];
  for (const [index, input] of list.value.entries()) {
    const valid = validate(CaseEventSchema, input, `${root}[${index}]`);
    if (!valid.ok) return { ok: false, error: { ...valid.error, index } };
    read.push({ index, event: valid.value });
  }
  return ok(read);
}

/** `(events, policy, options)` read at the door: one refusal names every bad path of the policy and options. */
export function readAudit(
  events: unknown,
  policy: unknown,
  options: unknown,
): Result<{ events: IndexedEvent[]; policy: Policy; options: AuditOptions }> {
  const validPolicy = validate(PolicySchema, policy, 'policy');
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
 * grounds. The history is folded leniently (a step the policy forbids is taken all the same, and
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
 * `asOf`. An event dated after `asOf` is left out, with a note. An event that cannot be taken at
 * all (out of order; lifting a restriction there is none of) is skipped, with its finding.
 *
 * Only malformed data is refused: `INVALID_INPUT` (or `INPUT_TOO_LARGE`) naming the path, with
 * `error.index` for a malformed event.
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
 */
export function auditCase(
  events: readonly CaseEvent[],
  policy: Policy,
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
