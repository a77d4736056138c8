import { z } from 'zod';
import { ServiceSchema } from '../calendar/deemed-receipt.js';
import { AUTHORITY_STEPS, NoticeChannelSchema, RoleSchema, WarningFormSchema } from '../policy/schema.js';
import { CivilDateSchema, InstantSchema } from '../shared/dates.js';
import { deepFreeze } from '../shared/freeze.js';
import { IncidentSchema } from '../shared/incident.js';
import { JsonObjectSchema } from '../shared/json.js';
import { LIMITS } from '../shared/limits.js';
import { NeedSchema } from '../shared/needs.js';
import { MeasuresSchema, SpocSchema } from '../shared/restriction.js';
import { ChannelSchema } from '../shared/vocabulary.js';

/**
 * The events of a case (docs/case.md, "Events"): every event is `{ type, at, by, meta?,
 * ...payload }`, strict, so an unknown or misspelt key is an error naming its path.
 */

const Id = z.string().min(1);
/** Words a person wrote: a reason, a description. Only spaces is not a reason recorded. */
const Text = z.string().regex(/\S/, { error: 'expected words, not an empty or blank text' });

/**
 * Another person deciding a step together with `by` (a policy may need several: `authority`,
 * `{ roles, count }`), with their role.
 *
 * @example
 * CoDeciderSchema.parse({ by: 'ho-2', byRole: 'housing-officer' }) // => the same object
 */
export const CoDeciderSchema = z.strictObject({ by: Id, byRole: RoleSchema.optional() });

/**
 * A case event's own id, as the landlord's system gives it (`LIMITS.maxEventIdLength` characters
 * at most): an event retried with its id is applied once.
 *
 * @example
 * EventIdSchema.safeParse('evt-2026-0042').success // => true
 */
export const EventIdSchema = z
  .string()
  .min(1)
  .max(LIMITS.maxEventIdLength, {
    error: `expected an event id of no more than ${LIMITS.maxEventIdLength} characters (LIMITS.maxEventIdLength)`,
  });

/** What every event carries: when it happened, the staff id who acted, and the landlord's own data. */
const base = {
  /**
   * The event's own id, optional. The case keeps a fingerprint of each event applied with an id:
   * the same id with the same content again is a no-op (a retry), with other content it is
   * refused (`EVENT_ID_CONFLICT`); an `event-voided` names it (`eventId`).
   */
  id: EventIdSchema.optional(),
  at: InstantSchema,
  /** The staff id of whoever acted or decided (NF-8). */
  by: Id,
  /** Their role, in the landlord's words, e.g. `'senior-officer'`: checked against the policy's `authority` (NF-8). */
  byRole: RoleSchema.optional(),
  /** Others deciding the step with `by`, when the policy needs several deciders (`authority`). */
  jointlyWith: z.array(CoDeciderSchema).min(1).optional(),
  /** The landlord's own data, kept as sent (every key, `__proto__` included, as data). */
  meta: JsonObjectSchema.optional(),
};

/**
 * A decision's outcome on appeal or reconsideration. `'upheld'`: the customer succeeds and the
 * restriction is lifted; `'dismissed'`: it stays; `'varied'`: the new terms follow as a
 * `restriction-varied` event.
 *
 * @example
 * ReviewOutcomeSchema.options // => ['upheld', 'dismissed', 'varied']
 */
export const ReviewOutcomeSchema = z.enum(['upheld', 'dismissed', 'varied']);

/**
 * The legal steps of TEP-8, least grave first: each follows the one before it, except that a
 * Notice of Seeking Possession needs only the legal warning letter before it.
 *
 * @example
 * LEGAL_STEPS[1] // => 'injunction'
 */
export const LEGAL_STEPS = deepFreeze([
  'legal-warning-letter',
  'injunction',
  'civil-restraint-order',
  'notice-of-seeking-possession',
] as const);
/** `'legal-warning-letter' | 'injunction' | 'civil-restraint-order' | 'notice-of-seeking-possession'`. */
export type LegalStep = (typeof LEGAL_STEPS)[number];

/** Reasonable adjustments made so a measure fits a recorded need (NF-2, HO-4), e.g. 'large-print letters'. */
const Adjustments = z.array(Text).min(1);

/**
 * The written decisions a `customer-informed` event can follow up, by the event type that made
 * them (TEP-6, TEP-9, TEP-10, TEP-11.1, TEP-11.2): each owes the customer a letter until told.
 *
 * @example
 * LETTER_ABOUT.includes('appeal-decided') // => true
 */
export const LETTER_ABOUT = deepFreeze([
  'restriction-varied',
  'restriction-lifted',
  'appeal-decided',
  'reconsideration-decided',
  'case-reviewed',
  'spoc-handover',
] as const);
/** The event type a letter follows up, e.g. `'case-reviewed'`. */
export type LetterAbout = (typeof LETTER_ABOUT)[number];

/**
 * What `customer-informed` accepts in `about`: `LETTER_ABOUT`, and `'review-outcome'`, the
 * deprecated name for `'case-reviewed'`, kept so stored histories still replay.
 *
 * @example
 * CustomerInformedAboutSchema.parse('review-outcome') // => 'review-outcome' (read as 'case-reviewed')
 */
export const CustomerInformedAboutSchema = z.enum([...LETTER_ABOUT, 'review-outcome']);

const event = <T extends string, S extends z.ZodRawShape>(type: T, payload: S) =>
  z.strictObject({ type: z.literal(type), ...base, ...payload });

/**
 * Validates one case event: a discriminated union on `type` of strict objects. The payloads are
 * those of docs/case.md; `restrictionId` may be left out wherever exactly one restriction applies.
 *
 * @example
 * CaseEventSchema.safeParse({ type: 'written-warning-issued', at: '2026-03-02T10:00:00Z', by: 'hm-1', letterDate: '2026-03-02' }).success
 * // => true
 * CaseEventSchema.safeParse({ type: 'written-warning-issued', at: '2026-03-02T10:00:00Z', by: 'hm-1' }).success
 * // => false (letterDate is missing)
 */
export const CaseEventSchema = z
  .discriminatedUnion('type', [
    // NF-1: the incidents a restriction rests on.
    event('incident-recorded', { incident: IncidentSchema }).meta({
      description:
        'An incident recorded on the case (NF-1). Beyond the schema, applyEvent refuses an incident dated after the event recording it (incident.occurredAt later than at): an incident is recorded once it has happened.',
    }),
    // TEP-4.1, HO-3: a colleague ended an interaction.
    event('interaction-ended', {
      channel: ChannelSchema.optional(),
      incidentId: Id.optional(),
      /** Whether the customer was told first that their behaviour was unacceptable (TEP-4.1). */
      customerTold: z.boolean().optional(),
    }),
    // TEP-4.2
    event('informal-action-taken', {
      kind: z.enum(['supportive-approach', 'initial-warning']),
      notes: z.string().optional(),
    }),
    // TEP-2.3
    event('eia-completed', {
      /** NF-2: the customer's needs, in the library's one vocabulary (`NEEDS`); an unknown need is refused. */
      needs: z.array(NeedSchema),
      proportionate: z.boolean(),
      adjustments: Adjustments.optional(),
    }),
    // TEP-2.4
    event('eia-reviewed', {
      needs: z.array(NeedSchema),
      proportionate: z.boolean(),
      adjustments: Adjustments.optional(),
    }),
    event('circumstances-changed', { description: Text }),
    // TEP-4.4
    event('written-warning-issued', {
      letterDate: CivilDateSchema,
      /**
       * How the warning was given (default `'letter'`); one in a form the policy does not count
       * (`formalAction.warningForms`) is recorded, but is not the written warning before restriction.
       */
      form: WarningFormSchema.optional(),
      evidence: z.array(Id).min(1).optional(),
      /** TEP-4.2, TEP-4.5: why no informal action came first. */
      informalSkippedBecause: Text.optional(),
    }),
    // TEP-5
    event('restriction-imposed', {
      restriction: z.strictObject({
        id: Id,
        startsOn: CivilDateSchema,
        months: z.int().min(1).max(120).optional(),
        measures: MeasuresSchema,
        spoc: SpocSchema.optional(),
      }),
      decisionLetterDate: CivilDateSchema,
      /** TEP-4.5: why no written warning came first. */
      warningSkippedBecause: Text.optional(),
      /** TEP-4.2, TEP-4.5: why no informal action came first (a `warningSkippedBecause` also says so). */
      informalSkippedBecause: Text.optional(),
      /** NF-1: the incident ids the restriction rests on; by default, the customer's incidents on the case. */
      evidence: z.array(Id).min(1).optional(),
      adjustments: Adjustments.optional(),
      /** NF-2: why a measure stands despite a recorded need it conflicts with. */
      justification: Text.optional(),
      /** How the decision letter was sent, when the policy counts the appeal window from deemed receipt (NF-6). */
      service: ServiceSchema.optional(),
      /** The day the customer actually received the decision letter: required when the policy counts the appeal window from actual receipt. */
      letterReceivedOn: CivilDateSchema.optional(),
      /** TEP-11.2: the last day to appeal the decision letter stated, if it stated one; the customer keeps the later of this and the policy's. */
      appealLastDayStated: CivilDateSchema.optional(),
      /** SH-2: why the restriction lasts other than the policy's default length. */
      lengthJustification: Text.optional(),
    }),
    event('restriction-varied', {
      restrictionId: Id.optional(),
      measures: MeasuresSchema.optional(),
      /** The new length, counted from the restriction's original start (an open-ended one then has a last day). */
      months: z.int().min(1).max(120).optional(),
      /** The letter telling the customer of the varied decision; a new appeal window opens from it. */
      decisionLetterDate: CivilDateSchema.optional(),
      adjustments: Adjustments.optional(),
      justification: Text.optional(),
      service: ServiceSchema.optional(),
      /** The day the customer actually received the new decision letter (with `decisionLetterDate`). */
      letterReceivedOn: CivilDateSchema.optional(),
      /** TEP-11.2: the last day to appeal the new letter stated, if it stated one. */
      appealLastDayStated: CivilDateSchema.optional(),
      /** SH-2: why the new length differs from the policy's default length. */
      lengthJustification: Text.optional(),
    })
      .refine(
        (varied) =>
          varied.measures !== undefined ||
          varied.months !== undefined ||
          varied.adjustments !== undefined ||
          varied.justification !== undefined,
        {
          message:
            'expected the new measures, the new length in months, or the adjustments or justification the measures now rest on (NF-2)',
          path: ['measures'],
        },
      )
      .meta({
        anyOf: ['measures', 'months', 'adjustments', 'justification'].map((key) => ({ required: [key] })),
      }),
    event('restriction-lifted', {
      restrictionId: Id.optional(),
      reason: z.string().optional(),
      /** TEP-9: the letter telling the customer the restriction is lifted; until given, a letter is owed. */
      letterDate: CivilDateSchema.optional(),
    }),
    // TEP-6
    event('spoc-assigned', { spoc: SpocSchema }),
    event('spoc-handover', {
      to: SpocSchema,
      temporary: z.boolean(),
      customerInformedOn: CivilDateSchema.optional(),
    }),
    event('spoc-oversight-reviewed', { recommendations: z.array(Text).optional() }),
    // TEP-10
    event('case-reviewed', {
      outcome: z.enum(['continue', 'vary', 'lift']),
      letterDate: CivilDateSchema.optional(),
    }),
    /**
     * The customer was written to about a decision after the event itself: `about` names the event
     * type it follows up (`LETTER_ABOUT`). `'review-outcome'` (for `'case-reviewed'`) and
     * `informedOn` (for `letterDate`) are deprecated names, still accepted.
     */
    event('customer-informed', {
      about: CustomerInformedAboutSchema,
      /** The date on the letter; never before the decision it records. */
      letterDate: CivilDateSchema.optional(),
      /** Deprecated: the old name of `letterDate`. */
      informedOn: CivilDateSchema.optional(),
      channel: NoticeChannelSchema.optional(),
      /** The restriction the letter concerns, when more than one is owed a letter of this kind. */
      restrictionId: Id.optional(),
    })
      .refine((informed) => (informed.letterDate === undefined) !== (informed.informedOn === undefined), {
        message:
          'expected the date on the letter (letterDate; informedOn is its deprecated name), given once',
        path: ['letterDate'],
      })
      .meta({ oneOf: [{ required: ['letterDate'] }, { required: ['informedOn'] }] }),
    // TEP-9, TEP-5.2: the teams that need to know of a restriction imposed, varied or lifted were told.
    event('teams-informed', { teams: z.array(Text).min(1) }),
    /**
     * NF-9, TEP-9: a warning marker (`marker-<incident id>`, as `markers` gives it) was reviewed:
     * `'kept'` moves its review date on by the policy's review interval for its severity;
     * `'removed'` takes it off the record.
     */
    event('marker-reviewed', { markerId: Id, outcome: z.enum(['kept', 'removed']) }),
    // TEP-8
    event('restriction-breached', {
      restrictionId: Id.optional(),
      incidentId: Id.optional(),
      description: z.string().optional(),
    }),
    event('breach-warning-issued', { letterDate: CivilDateSchema }),
    event('legal-action-taken', {
      step: z.enum(LEGAL_STEPS),
      /** TEP-4.6: the immediate risk to safety that justifies acting without the steps before. */
      immediateRiskBecause: Text.optional(),
    }),
    // TEP-4.6, HO-5
    event('police-notified', {
      immediateRisk: z.boolean(),
      incidentId: Id.optional(),
      reference: z.string().optional(),
    }),
    // TEP-11
    event('appeal-received', {
      restrictionId: Id.optional(),
      receivedOn: CivilDateSchema.optional(),
      grounds: z.string().optional(),
    }),
    event('appeal-decided', {
      restrictionId: Id.optional(),
      outcome: ReviewOutcomeSchema,
      /** TEP-11.2: the outcome letter, sent with a fact sheet; until given, a letter is owed. */
      letterDate: CivilDateSchema.optional(),
    }),
    event('reconsideration-requested', {
      restrictionId: Id.optional(),
      receivedOn: CivilDateSchema.optional(),
      grounds: z.string().optional(),
    }),
    event('reconsideration-decided', {
      restrictionId: Id.optional(),
      outcome: ReviewOutcomeSchema,
      /** TEP-11.1: the letter confirming the decision; until given, a letter is owed. */
      letterDate: CivilDateSchema.optional(),
    }),
    // SC-2
    event('staff-conduct-reported', { staffId: Id, reason: Text.optional(), incidentId: Id.optional() }),
    event('staff-conduct-resolved', { staffId: Id, residentSatisfied: z.boolean() }),
    event('case-closed', { reason: z.string().optional() }),
    // HO-5: declining to investigate a complaint pursued in a way that is unacceptable (a formal action, HO-6).
    event('complaint-investigation-declined', {
      /** The landlord's id for the complaint not investigated. */
      complaintId: Id.optional(),
      /** The letter telling the customer of the decision and how to appeal it (HO-6). */
      letterDate: CivilDateSchema,
      /** TEP-4.2, TEP-4.5: why no informal action came first. */
      informalSkippedBecause: Text.optional(),
    }),
    // SH-1, HO-5: informing the local authority or another relevant public body (the police: police-notified).
    event('public-authority-notified', {
      authority: z.enum(['local-authority', 'other-public-body']),
      /** The body told, e.g. 'Wiltshire Council adult social care'. */
      name: Text,
      /** TEP-4.6: an immediate risk to safety, which needs no EIA first. */
      immediateRisk: z.boolean().optional(),
      incidentId: Id.optional(),
      reference: z.string().optional(),
    }),
    /**
     * NF-8: a correction. The event with id `eventId`, earlier in the log, is voided: `replay` folds
     * the log without it, and keeps this event in the trail (`state.voided`, `state.decisions`). A
     * stored state cannot un-apply an event, so `applyEvent` refuses it (`REPLAY_REQUIRED`).
     */
    event('event-voided', {
      /** The id of the event voided. */
      eventId: EventIdSchema,
      /** Why, in words an auditor can read: 'the year was mistyped (2062 for 2026)'. */
      reason: Text,
    }),
  ])
  .meta({
    description:
      "One case event, { type, id?, at, by, byRole?, jointlyWith?, meta?, ...payload }, strict: an unknown key is refused. Beyond the schema, applyEvent and replay check each event against the case and the policy (its dates against the case's earlier events, and the rules' guards: EIA_REQUIRED, WARNING_REQUIRED, APPEAL_OUT_OF_TIME, DECIDER_NOT_INDEPENDENT, ...), and refuse with a code.",
  });

/** One validated case event. */
export type CaseEvent = z.infer<typeof CaseEventSchema>;
/** The `type` of a case event, e.g. `'restriction-imposed'`. */
export type CaseEventType = CaseEvent['type'];
/** The event of one type. */
export type EventOf<K extends CaseEventType> = Extract<CaseEvent, { type: K }>;

/**
 * Every event type, in the order of the case's life.
 *
 * @example
 * CASE_EVENT_TYPES[0] // => 'incident-recorded'
 */
export const CASE_EVENT_TYPES: readonly CaseEventType[] = deepFreeze(
  CaseEventSchema.options.map((option) => option.shape.type.value),
);

/** Every step a policy may limit (`AUTHORITY_STEPS`) is an event type: a renamed event breaks the build here. */
const _authoritySteps: readonly CaseEventType[] = AUTHORITY_STEPS;
void _authoritySteps;
