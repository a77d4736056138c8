import { z } from 'zod';
import { InstantSchema } from './dates.js';
import { describeValue } from './describe.js';
import { LIMITS } from './limits.js';
import { ChannelSchema } from './vocabulary.js';

/**
 * What was done, in the sources' own words (TEP 3, HO's categories).
 *
 * @example
 * BehaviourCodeSchema.safeParse('threat-of-violence').success // => true
 * BehaviourCodeSchema.safeParse('threats').success // => false
 */
export const BehaviourCodeSchema = z.enum(
  [
    'physical-violence',
    'threat-of-violence',
    'intimidation',
    'property-damage',
    'discriminatory-language',
    'insulting-language',
    'swearing',
    'shouting',
    'rude-gesture',
    'unsubstantiated-allegation',
    'raised-voice',
    'upset-or-distressed',
    'forceful-or-determined',
    'recording-published-online',
    'contacting-staff-personally',
    'publishing-staff-information',
    'recording-without-consent',
    'demands-all-emergency',
    'demands-priority',
    'demands-outside-timescales',
    'insists-on-specific-staff',
    'requests-services-not-offered',
    'changes-complaint-substance',
    'repeats-resolved-issue',
    'refuses-decision',
    'refuses-single-point-of-contact',
    'refuses-to-cooperate',
    'unannounced-office-visits',
    'irrelevant-or-duplicate-documents',
    'excessive-copying-in',
    'inappropriate-messages',
    'misuse-of-personal-data',
    // Added with classification (issue 3), so every example in TEP 3 and HO's categories has a code.
    'angry',
    'personal-abuse',
    'harassment',
    'disproportionate-demands',
    'high-volume-communication',
    'irrelevant-information-requests',
    'refuses-specific-staff',
    'contact-during-investigation',
    'refuses-explanations',
    'insists-no-response-received',
    'excessive-contacts-on-issue',
    'long-repetitive-calls',
  ],
  {
    error: (issue) =>
      `expected a behaviour code such as 'threat-of-violence', received ${describeValue(issue.input)}`,
  },
);
export type BehaviourCode = z.infer<typeof BehaviourCodeSchema>;

/**
 * Who acted: the customer, their representative, or the landlord's staff or contractor (SC-1).
 *
 * @example
 * ActorSchema.safeParse('contractor').success // => true
 * ActorSchema.safeParse('tenant').success // => false (the customer is 'customer')
 */
export const ActorSchema = z.enum(['customer', 'representative', 'staff', 'contractor']);
/**
 * At whom the conduct was aimed: conduct aimed at neighbours or other residents is anti-social behaviour (HAB-1).
 *
 * @example
 * TargetSchema.safeParse('neighbour').success // => true
 */
export const TargetSchema = z.enum(['staff', 'contractor', 'resident', 'neighbour', 'public', 'property']);

/**
 * An incident a housing officer logs: what happened, when, through which channel, by whom, to whom.
 *
 * @example
 * IncidentSchema.safeParse({ id: 'inc-1', occurredAt: '2026-03-02T10:00:00Z', channel: 'phone', actor: 'customer', target: 'staff', behaviours: [{ code: 'swearing', persistent: true }] }).success // => true
 */
export const IncidentSchema = z.strictObject({
  id: z.string().min(1),
  occurredAt: InstantSchema,
  channel: ChannelSchema,
  actor: ActorSchema,
  target: TargetSchema,
  behaviours: z
    .array(
      z.strictObject({
        code: BehaviourCodeSchema,
        /** It kept happening. */
        persistent: z.boolean().optional(),
      }),
    )
    .min(1)
    .max(LIMITS.maxBehavioursPerIncident, {
      error: (issue) =>
        `expected no more than ${LIMITS.maxBehavioursPerIncident} behaviours on one incident (LIMITS.maxBehavioursPerIncident), received ${describeValue(issue.input)}`,
    }),
  /** The protected characteristic targeted, when the conduct was hate-motivated (HAB-1). */
  hateMotivation: z.string().min(1).optional(),
  /** The officer judged the conduct threatened the immediate safety of colleagues or others (TEP-4.6). */
  immediateRisk: z.boolean().optional(),
  /** The person the conduct was aimed at is known to be vulnerable (HAB-3, SC-1). */
  targetVulnerable: z.boolean().optional(),
  notes: z.string().optional(),
});
export type Incident = z.infer<typeof IncidentSchema>;
