import { z } from 'zod';
import { deepFreeze } from '../shared/freeze.js';
import {
  type CommunicationNeed,
  CommunicationNeedSchema,
  NEEDS,
  type Need,
  type NeedFamily,
  NeedSchema,
  type Vulnerability,
  VulnerabilitySchema,
} from '../shared/needs.js';
import type { Reason } from '../shared/reason.js';

/**
 * The words a classification answers in. Each is a closed union with its schema, so a CRM can
 * validate what it stores and a `switch` over it breaks the build when a value is added.
 */

/**
 * How serious, from `'none'` (not unacceptable) to `'extreme'` (an immediate risk to safety, TEP-4.6).
 *
 * @example
 * SeveritySchema.safeParse('extreme').success // => true
 */
export const SeveritySchema = z.enum(['none', 'low', 'moderate', 'serious', 'extreme']);
/** `'none' | 'low' | 'moderate' | 'serious' | 'extreme'`. */
export type Severity = z.infer<typeof SeveritySchema>;
/**
 * Every severity, least serious first.
 *
 * @example
 * SEVERITIES // => ['none', 'low', 'moderate', 'serious', 'extreme']
 */
export const SEVERITIES: readonly Severity[] = deepFreeze([...SeveritySchema.options]);

/**
 * The families of behaviour the sources describe (TEP 3; HO's categories).
 *
 * @example
 * BehaviourCategorySchema.safeParse('unreasonable-persistence').success // => true
 */
export const BehaviourCategorySchema = z.enum([
  'aggressive-or-abusive',
  'unreasonable-demands',
  'unreasonable-persistence',
  'harassment',
  'refusal-to-cooperate',
]);
/** A family of behaviour, e.g. `'unreasonable-demands'`. */
export type BehaviourCategory = z.infer<typeof BehaviourCategorySchema>;

/**
 * Which procedure handles an incident; an incident may need several.
 *
 * @example
 * IncidentRouteSchema.safeParse('hate-incident').success // => true
 */
export const IncidentRouteSchema = z.enum([
  /** This policy: a customer's unacceptable behaviour towards the landlord's people or property. */
  'unacceptable-behaviour',
  /** Conduct aimed at neighbours or other residents (HAB-1). */
  'anti-social-behaviour',
  /** Hate-motivated conduct, recorded as a hate incident with its category (HAB-1). */
  'hate-incident',
  /** A member of staff's or a contractor's conduct (SC-1). */
  'staff-conduct',
  /** A vulnerable person at risk (HAB-3, SC-1). */
  'safeguarding',
  /** An immediate risk to safety (TEP-4.6). */
  'police',
]);
/** A procedure an incident routes to, e.g. `'anti-social-behaviour'`. */
export type IncidentRoute = z.infer<typeof IncidentRouteSchema>;

/**
 * The escalation ladder of TEP 4, lowest rung first, plus the exit to another procedure.
 * `classifyIncident` sees one incident and no history, so it recommends where that incident
 * starts on the ladder; `'restrict-contact'` follows warnings that did not work (TEP-5.1), which
 * only a case's history can show.
 *
 * @example
 * RecommendedStepSchema.safeParse('informal-action').success // => true
 */
export const RecommendedStepSchema = z.enum([
  /** Not unacceptable: carry on dealing with the customer as usual (TEP-3.0). */
  'no-action',
  /** Not for this policy: handle under the ASB, hate-incident or staff-conduct procedure (HAB-1, SC-1). */
  'refer-to-other-procedure',
  /** Tell the customer the behaviour is unacceptable, end the interaction if it goes on, record it and report it to a line manager (TEP-4.1, HO-3). */
  'end-interaction-and-record',
  /** A voluntary arrangement: a supportive approach, or an initial warning recorded on file (TEP-4.2). */
  'informal-action',
  /** A formal written warning on file (TEP-4.4). */
  'written-warning',
  /** Manage (restrict) contact (TEP-4.4, TEP-5.1). */
  'restrict-contact',
  /** Report to the police and take legal action, possibly without warning (TEP-4.6). */
  'police-and-legal-action',
]);
/** A rung of the escalation ladder, e.g. `'informal-action'`. */
export type RecommendedStep = z.infer<typeof RecommendedStepSchema>;
/**
 * The ladder's rungs in order, `'no-action'` first.
 *
 * @example
 * RECOMMENDED_STEPS[0] // => 'no-action'
 */
export const RECOMMENDED_STEPS: readonly RecommendedStep[] = deepFreeze([...RecommendedStepSchema.options]);

/**
 * What a customer's circumstances ask the landlord to weigh (TEP 2; HO-4; HAB-3; SC-1; SH-3).
 *
 * @example
 * ConsiderationKindSchema.options[0] // => 'vulnerability'
 */
export const ConsiderationKindSchema = z.enum([
  'vulnerability',
  'communication-needs',
  'representative',
  'language-or-culture',
  'domestic-abuse',
  'safeguarding',
  'genuine-difficulty',
  'equality-impact-assessment',
  'needs-unknown',
]);
/** The kind of a consideration, e.g. `'language-or-culture'`. */
export type ConsiderationKind = z.infer<typeof ConsiderationKindSchema>;

/**
 * Something the landlord must weigh before acting. A consideration never makes behaviour
 * acceptable by itself; it shapes the response.
 */
export interface Consideration {
  readonly kind: ConsiderationKind;
  /** What to weigh, in a sentence or two for the officer. */
  readonly text: string;
  /** An equality impact assessment must cover this before formal action (TEP-2.3, per the policy). */
  readonly eiaNeeded: boolean;
  /** Reasonable adjustments must be considered (TEP-2.2, HO-4). */
  readonly adjustmentsNeeded: boolean;
  readonly reasons: readonly Reason[];
}

export {
  type CommunicationNeed,
  CommunicationNeedSchema,
  type Vulnerability,
  VulnerabilitySchema,
} from '../shared/needs.js';

/**
 * What the landlord knows about the customer (TEP-2.1: "known or made known to us"). For an
 * incident by a member of staff or a contractor, the customer is the resident on the receiving
 * end (SC-1). Strict: an unknown key is an error naming its path.
 *
 * @example
 * CustomerContextSchema.safeParse({ needs: ['hearing-impairment'] }).success // => true
 * CustomerContextSchema.safeParse({ needs: ['deaf'] }).success // => false (a need from NEEDS)
 */
export const CustomerContextSchema = z.strictObject({
  /** Needs of any family, in the vocabulary the EIA records (`NEEDS`): the same list can be passed to both. */
  needs: z.array(NeedSchema).optional(),
  vulnerabilities: z.array(VulnerabilitySchema).optional(),
  communicationNeeds: z.array(CommunicationNeedSchema).optional(),
  /** A representative, advocate or nominated person supporting the customer (TEP-2.2, SH-3). */
  representative: z
    .strictObject({
      name: z.string().min(1),
      role: z.enum(['advocate', 'nominated-person', 'family-or-friend', 'professional']).optional(),
    })
    .optional(),
  /** The customer's first or preferred language, when it is not English (e.g. `'Polish'`). */
  language: z.string().min(1).optional(),
  /** Cultural practices that may look uncooperative, e.g. `'no male visitors'` (TEP-2.2). */
  culturalFactors: z.array(z.string().min(1)).optional(),
});
/** What the landlord knows about the customer's needs. */
export type CustomerContext = z.infer<typeof CustomerContextSchema>;

/** The customer's needs of one family, from `needs` and the family's own list, each once, in order given. */
function needsOf<N extends Need>(
  customer: CustomerContext | undefined,
  family: NeedFamily,
  own: readonly N[],
): N[] {
  const fromNeeds = (customer?.needs ?? []).filter((need) => NEEDS[need].family === family) as N[];
  return [...new Set([...own, ...fromNeeds])];
}

/** TEP-2.1: the customer's known vulnerabilities, from `vulnerabilities` and `needs`. */
export const vulnerabilitiesOf = (customer: CustomerContext | undefined): Vulnerability[] =>
  needsOf(customer, 'vulnerability', customer?.vulnerabilities ?? []);

/** TEP-2.2: the customer's communication needs, from `communicationNeeds` and `needs`. */
export const communicationNeedsOf = (customer: CustomerContext | undefined): CommunicationNeed[] =>
  needsOf(customer, 'communication', customer?.communicationNeeds ?? []);
