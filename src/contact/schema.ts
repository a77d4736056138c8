import { z } from 'zod';
import { PolicySchema } from '../policy/schema.js';
import type { WithPresetName } from '../policy/versions.js';
import { CivilDateSchema, InstantSchema } from '../shared/dates.js';
import { describeValue } from '../shared/describe.js';
import { JsonObjectSchema } from '../shared/json.js';
import { LIMITS } from '../shared/limits.js';
import { type Reason, ReasonSchema } from '../shared/reason.js';
import {
  LocalTimeSchema,
  type Measure,
  MeasureSchema,
  ProtectionSchema,
  RestrictionSchema,
  type Spoc,
  SpocSchema,
} from '../shared/restriction.js';
import {
  type Channel,
  ChannelSchema,
  type ContactSubject,
  ContactSubjectSchema,
} from '../shared/vocabulary.js';
import type { PermittedWindow } from './windows.js';

/** Who started the contact: the customer (`'inbound'`) or the landlord (`'outbound'`). */
export const ContactDirectionSchema = z.enum(['inbound', 'outbound'], {
  error: (issue) => `expected 'inbound' or 'outbound', received ${describeValue(issue.input)}`,
});

const Id = z.string().min(1);

/**
 * A contact about to happen, as the contact gate sees it: a call, email, letter or visit, either
 * way. Strict: an unknown key is an error naming its path. A landlord's own data rides in `meta`.
 *
 * @example
 * ContactAttemptSchema.safeParse({ at: '2026-03-10T10:00:00Z', direction: 'inbound', channel: 'phone', subject: 'emergency' }).success // => true
 */
export const ContactAttemptSchema = z.strictObject({
  /** The landlord's own id for the contact, kept as is. */
  id: Id.optional(),
  /** When it happens. */
  at: InstantSchema,
  direction: ContactDirectionSchema,
  channel: ChannelSchema,
  subject: ContactSubjectSchema,
  /** The issue it is about, for a no-contact-on-issue measure (SH-1). */
  issueId: Id.optional(),
  /** The landlord's person on the other end: who receives an inbound contact, who makes an outbound one. */
  staffId: Id.optional(),
  /** The nominated person's id, when they act for the customer (SH-1). */
  via: Id.optional(),
  /** The resident the contact is with, to match a protection naming one (SC-2). */
  residentId: Id.optional(),
  /** The service it is about, in the landlord's own words (e.g. 'repairs'), for a service-scope measure. */
  service: Id.optional(),
  /** A call's planned (outbound) or expected length in minutes, for a call-length-limit measure. */
  durationMinutes: z.number().min(0).max(1440).optional(),
  /** For a meeting or visit in person: whether a witness, a second colleague, is present (witness-present). */
  witnessPresent: z.boolean().optional(),
  /** The landlord's own data, kept as sent. */
  meta: JsonObjectSchema.optional(),
});
/** A contact about to happen: `{ at, direction, channel, subject, issueId?, staffId?, via?, residentId? }`. */
export type ContactAttempt = z.infer<typeof ContactAttemptSchema>;

/**
 * A restriction as the gate needs it: the shared schema, plus what makes it usable. Its last day
 * is on or after its first (or `null`: open-ended, never ending until lifted); a spoc-only measure has a SPOC to route to (TEP-6). (That every call
 * window ends after it starts is checked by the shared CallWindowSchema.)
 *
 * @example
 * GateRestrictionSchema.safeParse({ id: 'r-1', startsOn: '2026-03-02', lastDayInForce: '2026-03-01', measures: [{ kind: 'written-only' }] }).success // => false (its last day before its first)
 */
export const GateRestrictionSchema = RestrictionSchema.check((ctx) => {
  const restriction = ctx.value;
  if (restriction.lastDayInForce !== null && restriction.lastDayInForce < restriction.startsOn) {
    ctx.issues.push({
      code: 'custom',
      input: restriction.lastDayInForce,
      path: ['lastDayInForce'],
      message: `expected a last day in force on or after startsOn (${restriction.startsOn})`,
    });
  }
  restriction.measures.forEach((measure, m) => {
    if (measure.kind === 'spoc-only' && restriction.spoc === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: undefined,
        path: ['spoc'],
        message: `measures[${m}] is spoc-only, so the restriction must name its single point of contact { staffId, name } (TEP-6)`,
      });
    }
  });
}).meta({
  description:
    'A restriction as the contact gate needs it. A spoc-only measure needs the restriction to name its SPOC (TEP-6). Beyond the schema, the library checks that lastDayInForce, when not null, is on or after startsOn.',
  if: {
    properties: {
      measures: { type: 'array', contains: { type: 'object', properties: { kind: { const: 'spoc-only' } } } },
    },
  },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's own if/then keywords
  then: { required: ['spoc'] },
});

/**
 * What a gate is compiled from: the restrictions, the policy, and any SC-2 protections.
 *
 * @example
 * ContactGateInputSchema.safeParse({ restrictions: [], policy: presets.tenancyEnforcementProcedure }).success // => true
 */
export const ContactGateInputSchema = z
  .strictObject({
    restrictions: z
      .array(GateRestrictionSchema)
      .max(LIMITS.maxRestrictionsPerGate, {
        error: (issue) =>
          `expected no more than ${LIMITS.maxRestrictionsPerGate} restrictions in one gate (LIMITS.maxRestrictionsPerGate), received ${describeValue(issue.input)}`,
      })
      .check((ctx) => {
        // Each restriction is named by its id in reasons and breaches: two with one id cannot be told apart.
        const firstUse = new Map<string, number>();
        ctx.value.forEach((restriction, index) => {
          const earlier = firstUse.get(restriction.id);
          if (earlier === undefined) {
            firstUse.set(restriction.id, index);
            return;
          }
          ctx.issues.push({
            code: 'custom',
            input: restriction.id,
            path: [index, 'id'],
            message: `duplicate restriction id ${describeValue(restriction.id)}, already used by restrictions[${earlier}]`,
          });
        });
      }),
    policy: PolicySchema,
    protections: z.array(ProtectionSchema).optional(),
  })
  .meta({
    description:
      "What a contact gate is compiled from: restrictions, the policy and any SC-2 protections. Beyond the schema, the library checks that no two restrictions share an id, and each restriction's own checks (GateRestriction).",
  });
export type ContactGateInput = WithPresetName<z.input<typeof ContactGateInputSchema>>;

/**
 * What the gate decides (docs/contact-gate.md), strictest first: `'decline'` > `'redirect'` >
 * `'allow-exclusion'` > `'allow'`, though an exclusion (TEP-7) lifts a decline or redirect.
 */
export type ContactOutcome = 'allow' | 'allow-exclusion' | 'redirect' | 'decline';

/** One measure of one restriction in force that the contact, as made, does not keep to. */
export interface ContactBreach {
  readonly restrictionId: string;
  readonly measure: Measure['kind'];
}

/** Where a redirected contact goes: every condition a contact must meet to go ahead. */
export interface ContactRoute {
  /** All contact goes through this colleague (TEP-6). */
  readonly spoc?: Spoc;
  /** The channels the contact may use, in order (SH-1, TEP-5.3). */
  readonly channels?: readonly Channel[];
  /** The contact goes through the person the customer nominated (SH-1). */
  readonly nominatedPerson?: { readonly personId: string };
  /** The next time the contact may go ahead, when it may not go ahead now (TEP-5.3, SH-1). */
  readonly nextWindow?: PermittedWindow;
  /**
   * SC-2: staff ids of colleagues under a conduct protection for this resident, never to take or
   * make the contact: another colleague must. Present when the contact reached one of them, or
   * when the SPOC is one of them (the route then names no SPOC; TEP-6, another colleague stands in).
   */
  readonly avoidStaff?: readonly string[];
  /** A call along the route ends within this many minutes, after a clear warning (call-length-limit, HO-4). */
  readonly callLimitMinutes?: number;
  /** A meeting in person along the route takes place only with a witness present (witness-present). */
  readonly witness?: true;
}

/** What an allowed contact must keep to as it goes ahead: the measures that bind how, not whether. */
export interface ContactConditions {
  /** The call ends within this many minutes, after a clear warning (call-length-limit, HO-4). */
  readonly callLimitMinutes?: number;
  /** The witness stays present throughout (witness-present). */
  readonly witness?: true;
}

/** The gate's answer, with the rules that made it. Plain JSON, fresh on every call: the caller's own. */
export interface ContactDecision {
  readonly outcome: ContactOutcome;
  readonly reasons: readonly Reason[];
  /** Each measure the contact, as made, does not keep to; empty when it keeps to all. */
  readonly breaches: readonly ContactBreach[];
  /** Where to send it: for `'redirect'` only. */
  readonly route?: ContactRoute;
  /** For `'allow'`: what the contact must keep to as it goes ahead (a call-length limit, a witness). */
  readonly conditions?: ContactConditions;
  /**
   * For `'allow-exclusion'`: the subject that overrode the restrictions, a TEP-7 exclusion from
   * the policy, or a complaint or approach to the Ombudsman that no permitted route could carry (NF-3).
   */
  readonly exclusion?: ContactSubject;
}

const MeasureKindSchema = z.enum(
  MeasureSchema.options.map((option) => option.shape.kind.value) as [Measure['kind'], ...Measure['kind'][]],
);

/**
 * A `ContactDecision` as JSON, what `checkContact` and a compiled gate return:
 * `{ outcome, reasons, breaches, route?, conditions?, exclusion? }`.
 *
 * @example
 * ContactDecisionSchema.safeParse(checkContact([], contact).value).success // => true
 */
export const ContactDecisionSchema = z.strictObject({
  outcome: z.enum(['allow', 'allow-exclusion', 'redirect', 'decline']),
  reasons: z.array(ReasonSchema),
  breaches: z.array(z.strictObject({ restrictionId: z.string(), measure: MeasureKindSchema })),
  route: z
    .strictObject({
      spoc: SpocSchema.optional(),
      channels: z.array(ChannelSchema).optional(),
      nominatedPerson: z.strictObject({ personId: z.string() }).optional(),
      nextWindow: z
        .strictObject({
          date: CivilDateSchema,
          from: LocalTimeSchema,
          to: z.union([LocalTimeSchema, z.literal('24:00')]),
          startsAt: InstantSchema,
          endsAt: InstantSchema,
        })
        .optional(),
      avoidStaff: z.array(z.string()).optional(),
      callLimitMinutes: z.int().min(1).optional(),
      witness: z.literal(true).optional(),
    })
    .optional(),
  conditions: z
    .strictObject({ callLimitMinutes: z.int().min(1).optional(), witness: z.literal(true).optional() })
    .optional(),
  exclusion: ContactSubjectSchema.optional(),
}) satisfies z.ZodType<ContactDecision, unknown>;
