import { z } from 'zod';
import { ServiceSchema } from '../calendar/deemed-receipt.js';
import { NoticeChannelSchema, RoleSchema, WarningFormSchema } from '../policy/schema.js';
import { CivilDateSchema, InstantSchema } from '../shared/dates.js';
import { IncidentSchema } from '../shared/incident.js';
import { JsonObjectSchema } from '../shared/json.js';
import { NeedSchema } from '../shared/needs.js';
import { ReasonSchema } from '../shared/reason.js';
import { MeasuresSchema, SpocSchema } from '../shared/restriction.js';
import { ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import {
  CASE_EVENT_TYPES,
  type CaseEventType,
  CoDeciderSchema,
  EventIdSchema,
  LEGAL_STEPS,
  LETTER_ABOUT,
  ReviewOutcomeSchema,
} from './events.js';
import { sealParsed } from './sealed.js';

/**
 * A case's state: plain JSON a CRM stores and gives back. The schema is the type (`z.infer`),
 * and every state read from outside is parsed with it first.
 */

/**
 * The version of the state's shape. A state from a newer version is refused
 * (`UNSUPPORTED_SCHEMA_VERSION`), never guessed at; one from an older version is migrated when
 * read (see `readState`). Version 2 stores facts only: the appeal window, the review dates and
 * the decision dates are worked out from the policy when asked (`caseDeadlines`). Version 3 adds
 * the paper trail: the letters each written decision owes the customer (`letters`) and the
 * teams told of each change to a restriction (`teamNotices`). Version 4 adds real histories: the
 * id and fingerprint of each event applied with an id (`decisions[].eventId`, `.fingerprint`), the
 * events voided (`voided`), and the policy versions the steps were judged under (`decidedUnder`).
 *
 * @example
 * CASE_SCHEMA_VERSION // => 4
 */
export const CASE_SCHEMA_VERSION = 4;

/**
 * How far the case has escalated (TEP 4, 5, 8), or closed. A stage is never lowered by lifting a
 * restriction: it records the highest step taken.
 *
 * @example
 * CaseStageSchema.options // => ['opened', 'informal', 'warned', 'restricted', 'legal-action', 'closed']
 */
export const CaseStageSchema = z.enum([
  'opened',
  'informal',
  'warned',
  'restricted',
  'legal-action',
  'closed',
]);
/** `'opened' | 'informal' | 'warned' | 'restricted' | 'legal-action' | 'closed'`. */
export type CaseStage = z.infer<typeof CaseStageSchema>;

const Id = z.string().min(1);

const EventTypeSchema = z.enum(CASE_EVENT_TYPES as [CaseEventType, ...CaseEventType[]]);

/** An event's fingerprint (`eventFingerprint`): 16 lower-case hex digits. */
const FingerprintSchema = z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected 16 lower-case hex digits' });

/**
 * NF-8 (why): the words a person wrote on an event, kept as written under the event's own field
 * name: a lift's or a closure's `reason`, a breach's `description`, an appeal's `grounds`, an
 * informal action's `notes`, a step's `justification` or `...Because`, the `adjustments` made, an
 * oversight's `recommendations`. Left out when the event carried none.
 *
 * @example
 * StatedSchema.parse({ reason: 'Behaviour improved over six months.' }) // => the same object
 */
export const StatedSchema = z.strictObject({
  reason: z.string().optional(),
  description: z.string().optional(),
  grounds: z.string().optional(),
  notes: z.string().optional(),
  justification: z.string().optional(),
  lengthJustification: z.string().optional(),
  warningSkippedBecause: z.string().optional(),
  informalSkippedBecause: z.string().optional(),
  immediateRiskBecause: z.string().optional(),
  adjustments: z.array(z.string()).optional(),
  recommendations: z.array(z.string()).optional(),
});
/** The words written on an event, by field name: `{ reason?, description?, grounds?, ... }`. */
export type Stated = z.infer<typeof StatedSchema>;

/**
 * NF-8: one decision or record on the case: who, what, when, on what evidence, knowing what of
 * the customer's needs, and why in the words written on the event (`stated`). `subject`,
 * `evidence` and `stated` are left out when the event has none.
 *
 * @example
 * state.decisions.at(-1)
 * // => { type: 'written-warning-issued', at: '2026-01-29T09:00:00Z', by: 'hm-1', evidence: ['inc-1', 'inc-2'],
 * //      needsKnown: [], eia: 'current', reasons: [{ rule: 'TEP-4.4', ... }, { rule: 'HO-6', ... }] }
 */
export const DecisionRecordSchema = z.strictObject({
  type: EventTypeSchema,
  at: InstantSchema,
  by: Id,
  /** The role of whoever decided, as the event gave it (NF-8: who decided). */
  byRole: RoleSchema.optional(),
  /** Others who decided the step with them. */
  jointlyWith: z.array(CoDeciderSchema).optional(),
  /** The restriction, incident or staff member the event concerns, when there is one. */
  subject: Id.optional(),
  /** The incident ids the decision rests on (NF-1). */
  evidence: z.array(Id).optional(),
  /** The customer's needs recorded in the EIA at the time (empty when none are known). */
  needsKnown: z.array(z.string()),
  /** Whether an EIA was on file, current, or awaiting review: after a change, or older than the review interval (TEP-2.4). */
  eia: z.enum(['none', 'current', 'review-due']),
  reasons: z.array(ReasonSchema),
  /** NF-8: the free text the event carried (a reason, a description, grounds, notes...), as written (`StatedSchema`). */
  stated: StatedSchema.optional(),
  meta: JsonObjectSchema.optional(),
  /** The event's own id, when it carried one: a retry of it is a no-op. */
  eventId: EventIdSchema.optional(),
  /** With `eventId`: the fingerprint of the event's content (`eventFingerprint`), 16 hex digits. */
  fingerprint: FingerprintSchema.optional(),
});
export type DecisionRecord = z.infer<typeof DecisionRecordSchema>;

/** TEP-2.3, TEP-2.4: the equality impact assessment on file. */
const EiaSchema = z.strictObject({
  completedAt: InstantSchema,
  completedOn: CivilDateSchema,
  /** NF-2: the customer's needs, in the library's one vocabulary (`NEEDS`). */
  needs: z.array(NeedSchema),
  /** Whether the last completion or review found the treatment proportionate (TEP-2.3). */
  proportionate: z.boolean(),
  /** The instant of the last completion or review: what `proportionate` was found at. */
  assessedAt: InstantSchema,
  adjustments: z.array(z.string()).optional(),
  /** The civil dates it was reviewed on, oldest first. */
  reviewedOn: z.array(CivilDateSchema),
  /** A change of health or circumstances not yet reviewed: the review it triggers is due (TEP-2.4). */
  changeUnreviewed: z.strictObject({ on: CivilDateSchema, description: z.string() }).optional(),
});

/**
 * A restriction decided on the case: the facts of the decision. Its period (`lastDayInForce`,
 * `startsAt`, `endsAt`) is part of the decision the customer was told; the dates the policy and
 * the calendar derive from it (the last day to appeal, the reviews due) are not stored, so a
 * corrected holiday table or a new policy version is always applied (`caseDeadlines`).
 *
 * @example
 * RestrictionRecordSchema.safeParse({ id: 'r-1', startsOn: '2026-03-09' }).success // => false (every fact of the decision is recorded)
 */
export const RestrictionRecordSchema = z.strictObject({
  id: Id,
  startsOn: CivilDateSchema,
  /** `null`: open-ended (`restriction.openEnded`), in force until lifted. */
  lastDayInForce: CivilDateSchema.nullable(),
  startsAt: InstantSchema,
  /** `null` when open-ended. */
  endsAt: InstantSchema.nullable(),
  /** `null` when open-ended. */
  months: z.int().min(1).nullable(),
  measures: MeasuresSchema,
  imposedAt: InstantSchema,
  /** Everyone who took part in the decision (imposed or varied it): none of them may decide an appeal (NF-4). */
  decidedBy: z.array(Id).min(1),
  decisionLetterDate: CivilDateSchema,
  /** How the current decision letter was sent, for an appeal window counted from deemed receipt (NF-6). */
  service: ServiceSchema.optional(),
  /** The day the customer actually received the current decision letter, for an appeal window counted from actual receipt. */
  letterReceivedOn: CivilDateSchema.optional(),
  /**
   * TEP-11.2: the last day to appeal that the current decision letter stated, when recorded. The
   * customer keeps the later of this and the day the policy gives: a recomputation never
   * shortens what they were told.
   */
  appealLastDayStated: CivilDateSchema.optional(),
  /** NF-1: the incidents it rests on. */
  evidence: z.array(Id).min(1),
  warningSkippedBecause: z.string().optional(),
  adjustments: z.array(z.string()).optional(),
  justification: z.string().optional(),
  /** NF-2: the needs on file when the adjustments or justification were recorded: the conflicts they answer. */
  needsWeighed: z.array(NeedSchema).optional(),
  /** The last time its measures, length or letter were varied. */
  variedAt: InstantSchema.optional(),
  /** SH-2: why it lasts other than the policy's default length. */
  lengthJustification: z.string().optional(),
  liftedAt: InstantSchema.optional(),
  liftedOn: CivilDateSchema.optional(),
});
export type RestrictionRecord = z.infer<typeof RestrictionRecordSchema>;

/**
 * An appeal (TEP-11.2) or a request to reconsider (TEP-11.1), and its decision once made.
 *
 * @example
 * ChallengeSchema.safeParse({ restrictionId: 'r-1', decisionLetterDate: '2026-03-02', receivedAt: '2026-03-10T09:00:00Z', receivedOn: '2026-03-10' }).success // => true (an appeal not yet decided)
 */
export const ChallengeSchema = z.strictObject({
  restrictionId: Id,
  /** The decision letter challenged: one appeal per decision, whose outcome is final (TEP-11.3). */
  decisionLetterDate: CivilDateSchema,
  receivedAt: InstantSchema,
  receivedOn: CivilDateSchema,
  grounds: z.string().optional(),
  outcome: ReviewOutcomeSchema.optional(),
  decidedAt: InstantSchema.optional(),
  decidedBy: Id.optional(),
});
export type Challenge = z.infer<typeof ChallengeSchema>;

/** The single point of contact now, and whether the customer has been told of a handover (TEP-6). */
const SpocStateSchema = SpocSchema.extend({
  since: InstantSchema,
  sinceOn: CivilDateSchema,
  temporary: z.boolean(),
  /** Set when this SPOC took over from another: the customer must be told (TEP-6). */
  handover: z
    .strictObject({ on: CivilDateSchema, customerInformedOn: CivilDateSchema.optional() })
    .optional(),
});

/** SC-2: a staff member reported for their conduct towards the resident. */
const ProtectionRecordSchema = z.strictObject({
  staffId: Id,
  residentId: Id.optional(),
  since: InstantSchema,
  reason: z.string().min(1),
  endedAt: InstantSchema.optional(),
});

/**
 * A written decision and its letter to the customer (TEP-9: "the customer is kept updated about
 * decisions and changes"): owed until `letterDate` is recorded, on the decision's own event or by
 * a later `customer-informed` naming it (`about`).
 *
 * @example
 * LetterRecordSchema.safeParse({ about: 'restriction-lifted', subject: 'r-1', decidedAt: '2026-09-01T10:00:00Z', decidedOn: '2026-09-01' }).success // => true (a letter still owed: no letterDate)
 */
export const LetterRecordSchema = z.strictObject({
  /** The event type of the decision the letter tells of. */
  about: z.enum(LETTER_ABOUT),
  /** The restriction (or, for a SPOC change, the new SPOC's staff id) it concerns. */
  subject: Id.optional(),
  decidedAt: InstantSchema,
  decidedOn: CivilDateSchema,
  /** The date on the letter; absent: still owed. */
  letterDate: CivilDateSchema.optional(),
  channel: NoticeChannelSchema.optional(),
});
export type LetterRecord = z.infer<typeof LetterRecordSchema>;

/**
 * A change to a restriction the teams that need to know must be told of (TEP-9, TEP-5.2), and
 * the teams told so far. Which teams are owed is the policy's (`teams.toInform`), read when asked.
 *
 * @example
 * TeamNoticeSchema.safeParse({ about: 'restriction-imposed', subject: 'r-1', decidedAt: '2026-03-02T10:00:00Z', decidedOn: '2026-03-02', teamsInformed: [] }).success // => true (no team told yet)
 */
export const TeamNoticeSchema = z.strictObject({
  about: z.enum(['restriction-imposed', 'restriction-varied', 'restriction-lifted']),
  /** The restriction changed. */
  subject: Id,
  decidedAt: InstantSchema,
  decidedOn: CivilDateSchema,
  /** The teams told, as the `teams-informed` events named them. */
  teamsInformed: z.array(z.string()),
  /** The day the last of them was told. */
  informedOn: CivilDateSchema.optional(),
});
export type TeamNotice = z.infer<typeof TeamNoticeSchema>;

/**
 * NF-8: an event voided by a later `event-voided`: which, what it was, and who voided it, when and
 * why. The fingerprint keeps a retry of the voided event a no-op.
 */
const VoidRecordSchema = z.strictObject({
  eventId: EventIdSchema,
  /** The voided event's type and instant, as the log gave them. */
  type: EventTypeSchema,
  at: InstantSchema,
  fingerprint: FingerprintSchema,
  voidedAt: InstantSchema,
  voidedBy: Id,
  reason: z.string(),
});
export type VoidRecord = z.infer<typeof VoidRecordSchema>;

/**
 * NF-8: a policy version the case's steps were judged under, from `decisions[fromDecision]` until
 * the next entry: a case across a policy change says which version decided what.
 */
const DecidedUnderSchema = z.strictObject({
  policyId: z.string().min(1),
  effectiveFrom: CivilDateSchema,
  fromDecision: z.int().min(0),
});
export type DecidedUnder = z.infer<typeof DecidedUnderSchema>;

/**
 * Validates a stored case state. Strict, and versioned: `schemaVersion` must be `CASE_SCHEMA_VERSION`.
 *
 * @example
 * CaseStateSchema.safeParse(unwrap(openCase({ caseId: 'c-1', customerId: 'cu-1', openedAt: '2026-01-05T09:00:00Z' }))).success
 * // => true
 */
export const CaseStateSchema = z.strictObject({
  schemaVersion: z.literal(CASE_SCHEMA_VERSION),
  /** Absent when `replay` opened the case at its first event without an opening. */
  caseId: Id.optional(),
  customerId: Id.optional(),
  openedAt: InstantSchema,
  stage: CaseStageSchema,
  /** The latest event applied; an event dated earlier is refused (`EVENT_OUT_OF_ORDER`). */
  lastEventAt: InstantSchema,
  closedAt: InstantSchema.optional(),
  incidents: z.array(IncidentSchema),
  eia: EiaSchema.optional(),
  informalActions: z.array(z.strictObject({ at: InstantSchema, kind: z.string() })),
  /** TEP-4.4: warnings on file; `form` absent is a letter. */
  writtenWarnings: z.array(
    z.strictObject({ at: InstantSchema, letterDate: CivilDateSchema, form: WarningFormSchema.optional() }),
  ),
  restrictions: z.array(RestrictionRecordSchema),
  spoc: SpocStateSchema.optional(),
  /** TEP-6: the day the SPOC's quarterly oversight cycle counts from (first SPOC, or last oversight). */
  spocOversightFrom: CivilDateSchema.optional(),
  /** TEP-10: case reviews, and whether the customer has been written to with the outcome. */
  reviews: z.array(
    z.strictObject({
      at: InstantSchema,
      on: CivilDateSchema,
      outcome: z.enum(['continue', 'vary', 'lift']),
      letterDate: CivilDateSchema.optional(),
    }),
  ),
  breaches: z.array(z.strictObject({ at: InstantSchema, restrictionId: Id, incidentId: Id.optional() })),
  breachWarnings: z.array(z.strictObject({ at: InstantSchema, letterDate: CivilDateSchema })),
  legalSteps: z.array(
    z.strictObject({ at: InstantSchema, step: z.enum(LEGAL_STEPS), immediateRisk: z.boolean() }),
  ),
  appeals: z.array(ChallengeSchema),
  reconsiderations: z.array(ChallengeSchema),
  protections: z.array(ProtectionRecordSchema),
  /** TEP-9: every written decision's letter to the customer, owed or sent, oldest first. */
  letters: z.array(LetterRecordSchema),
  /** TEP-9, TEP-5.2: every change to a restriction the teams must be told of, oldest first. */
  teamNotices: z.array(TeamNoticeSchema),
  /** NF-9: each review of a warning marker, oldest first; absent until the first. */
  markerReviews: z
    .array(
      z.strictObject({
        markerId: Id,
        at: InstantSchema,
        on: CivilDateSchema,
        outcome: z.enum(['kept', 'removed']),
      }),
    )
    .optional(),
  /** NF-8: the audit trail, one record per event applied, oldest first. */
  decisions: z.array(DecisionRecordSchema),
  /** NF-8: the policy versions the decisions were judged under, oldest first; empty before version 4. */
  decidedUnder: z.array(DecidedUnderSchema),
  /** NF-8: the events `replay` left out because a later `event-voided` voided them; absent until the first. */
  voided: z.array(VoidRecordSchema).optional(),
});
/** A case's state, as plain JSON. */
export type CaseState = z.infer<typeof CaseStateSchema>;

/**
 * What `openCase` takes, and `replay` as its `opening`.
 *
 * @example
 * OpenCaseInputSchema.safeParse({ caseId: 'c-1', customerId: 'cu-1', openedAt: '2026-01-05T09:00:00Z' }).success // => true
 */
export const OpenCaseInputSchema = z.strictObject({ caseId: Id, customerId: Id, openedAt: InstantSchema });
export type OpenCaseInput = z.infer<typeof OpenCaseInputSchema>;

/** A new state on trusted input; ids may be absent when `replay` opens the case at its first event. */
export function newCase(openedAt: string, ids?: { caseId: string; customerId: string }): CaseState {
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    ...(ids !== undefined && { caseId: ids.caseId, customerId: ids.customerId }),
    openedAt,
    stage: 'opened',
    lastEventAt: openedAt,
    incidents: [],
    informalActions: [],
    writtenWarnings: [],
    restrictions: [],
    reviews: [],
    breaches: [],
    breachWarnings: [],
    legalSteps: [],
    appeals: [],
    reconsiderations: [],
    protections: [],
    letters: [],
    teamNotices: [],
    decisions: [],
    decidedUnder: [],
  };
}

/**
 * Opens a case: a customer's case from its first moment, with nothing yet recorded.
 *
 * @example
 * openCase({ caseId: 'c-1', customerId: 'cu-1', openedAt: '2026-01-05T09:00:00Z' })
 * // => { ok: true, value: { schemaVersion: 4, caseId: 'c-1', customerId: 'cu-1',
 * //      openedAt: '2026-01-05T09:00:00Z', stage: 'opened', lastEventAt: '2026-01-05T09:00:00Z',
 * //      incidents: [], restrictions: [], decisions: [], ... } }
 * openCase({ caseId: '', customerId: 'cu-1', openedAt: 'yesterday' })
 * // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'opening.caseId', ... }, { path: 'opening.openedAt', ... }] } }
 */
export function openCase(input: OpenCaseInput): Result<CaseState> {
  const valid = validate(OpenCaseInputSchema, input, 'opening');
  if (!valid.ok) return valid;
  const { caseId, customerId, openedAt } = valid.value;
  return ok(sealParsed(newCase(openedAt, { caseId, customerId })));
}
