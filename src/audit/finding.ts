import { z } from 'zod';
import type { Obligation, ObligationKind } from '../case/obligations.js';
import { type CaseState, OpenCaseInputSchema } from '../case/state.js';
import { ContactAttemptSchema } from '../contact/schema.js';
import { type CivilDate, InstantSchema } from '../shared/dates.js';
import type { Citation, Reason } from '../shared/reason.js';
import type { ErrorCode } from '../shared/result.js';
import type { RuleId } from '../shared/rules.js';
import type { FindingSeverity } from './severity.js';

/**
 * What an audit reports (docs/audit.md, "What it finds"): one finding per departure from the
 * policy, with the rule, where to read it, how serious it is, and when.
 */

/**
 * What kind of departure a finding is:
 * - `'refused-step'`: a step the strict machine refuses (`code` says why), taken all the same;
 * - `'met-late'`: something owed (`obligation`) met after its due date, by event `index`;
 * - `'never-met'`: something owed still unmet at the audit's date, or that stopped being owed unmet;
 * - `'protected-staff-acted'`: an incident recorded by a member of staff the resident reported (SC-2;
 *   every other step they take is refused by the machine, so found as a `'refused-step'`);
 * - `'protected-staff-contact'`, `'exclusion-refused'`: from the contact log (SC-2, TEP-7);
 * - `'after-as-of'`: an event dated after the audit's date, left out.
 */
export type AuditFindingKind =
  | 'refused-step'
  | 'met-late'
  | 'never-met'
  | 'protected-staff-acted'
  | 'protected-staff-contact'
  | 'exclusion-refused'
  | 'after-as-of';

/** One departure from the policy. */
export interface AuditFinding {
  readonly kind: AuditFindingKind;
  /** The rule departed from: its ID in the rulebook (docs/rules.md). */
  readonly rule: RuleId;
  readonly severity: FindingSeverity;
  /** The sentence saying why this severity (a library default, `AUDIT_SEVERITIES`). */
  readonly severityBasis: string;
  /** The position in `events` of the event concerned, when there is one. */
  readonly index?: number;
  /** The position in `options.contacts` of the contact concerned, when there is one. */
  readonly contactIndex?: number;
  /** The day of the departure: the event's day, the day a late item was met, or the day an item never met fell due. */
  readonly on: CivilDate;
  /** When something owed fell due. */
  readonly dueOn?: CivilDate;
  /** Days after `dueOn` it was met, or it was still unmet; days after its last day a restriction was acted on. */
  readonly daysLate?: number;
  /** The refusal code of a refused step. */
  readonly code?: ErrorCode;
  /** Every reason of a refused step's refusal, with its rule and citation (`rule` is the first's). */
  readonly reasons?: readonly Reason[];
  /** The obligation met late or never met. */
  readonly obligation?: ObligationKind;
  /** The restriction, staff member or marker concerned. */
  readonly subject?: string;
  /** The finding in a sentence or two. */
  readonly text: string;
  readonly citation: Citation;
}

/** What an audit returns: the findings, the state as best reconstructed, and what is owed at `asOf`. */
export interface CaseAudit {
  readonly findings: readonly AuditFinding[];
  readonly state: CaseState;
  readonly obligations: readonly Obligation[];
}

/**
 * A contact from the landlord's contact log, as the audit reads it: the contact gate's shape
 * (`ContactAttemptSchema`) and how it was handled: `'taken'` (received and acted on),
 * `'redirected'` (sent to another route), `'declined'`.
 *
 * @example
 * AuditContactSchema.parse({ at: '2026-05-02T22:10:00Z', direction: 'inbound', channel: 'phone',
 *   subject: 'emergency', handled: 'declined' }) // => the same object
 */
export const AuditContactSchema = z.strictObject({
  ...ContactAttemptSchema.shape,
  handled: z.enum(['taken', 'redirected', 'declined']),
});
/** A contact from the log with how it was handled. */
export type AuditContact = z.infer<typeof AuditContactSchema>;

/**
 * `auditCase`'s options: `asOf` (an instant: the audit's date), `opening` (`openCase`'s input),
 * and the contact log (`contacts`), which lets the audit find excluded reports refused (TEP-7).
 *
 * @example
 * AuditOptionsSchema.safeParse({ asOf: '2026-12-01T00:00:00Z' }).success // => true
 */
export const AuditOptionsSchema = z.strictObject({
  asOf: InstantSchema,
  opening: OpenCaseInputSchema.optional(),
  contacts: z.array(AuditContactSchema).optional(),
});
/** `auditCase`'s options. */
export type AuditOptions = z.infer<typeof AuditOptionsSchema>;
