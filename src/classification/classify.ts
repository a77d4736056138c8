import { z } from 'zod';
import { localClock } from '../calendar/zone.js';
import { checkInEffect } from '../policy/effective.js';
import { DEFAULT_POLICY } from '../policy/presets.js';
import { type Policy, PolicySchema } from '../policy/schema.js';
import { allCitedUnder, settingReason } from '../policy/settings.js';
import { fieldOf, type PolicyInput, presetOrGiven } from '../policy/versions.js';
import { describeValue } from '../shared/describe.js';
import { type BehaviourCode, type Incident, IncidentSchema } from '../shared/incident.js';
import { type Reason, ReasonSchema, reason } from '../shared/reason.js';
import { ok, type Result } from '../shared/result.js';
import { invalidInput, isAccepted, isPlainObject, unknownKeys, validate } from '../shared/validate.js';
import type { Channel } from '../shared/vocabulary.js';
import { BEHAVIOURS, categoriesOfTrusted, SENTENCES } from './behaviours.js';
import { considerationsFor } from './considerations.js';
import { plainCustomer, plainIncident } from './door.js';
import {
  type BehaviourCategory,
  BehaviourCategorySchema,
  type Consideration,
  ConsiderationKindSchema,
  CustomerContextSchema,
  type IncidentRoute,
  IncidentRouteSchema,
  type RecommendedStep,
  RecommendedStepSchema,
  SEVERITIES,
  type Severity,
  SeveritySchema,
  vulnerabilitiesOf,
} from './vocabulary.js';

/** What happened, and is it unacceptable: the answer `classifyIncident` gives (docs/classification.md). */
export interface Classification {
  /**
   * Whether the conduct is unacceptable, under this policy or the procedure `routes` names.
   * Always true for conduct by staff or a contractor: it is a staff-conduct matter (SC-1).
   */
  readonly unacceptable: boolean;
  /** The families of the customer's behaviour (TEP 3, HO); empty for conduct by staff (SC-1). */
  readonly categories: readonly BehaviourCategory[];
  readonly severity: Severity;
  /** The procedures that handle it, in the vocabulary's order; empty when nothing is unacceptable; never empty for staff conduct. */
  readonly routes: readonly IncidentRoute[];
  /** Where this incident, on its own, starts on the escalation ladder (TEP 4). */
  readonly recommendedStep: RecommendedStep;
  /** What the landlord must weigh first; never a reason the behaviour is acceptable. */
  readonly considerations: readonly Consideration[];
  readonly reasons: readonly Reason[];
}

/**
 * A `Classification` as JSON, the value `classifyIncident` returns.
 *
 * @example
 * ClassificationSchema.safeParse(classifyIncident(incident).value).success // => true
 */
export const ClassificationSchema = z.strictObject({
  unacceptable: z.boolean(),
  categories: z.array(BehaviourCategorySchema),
  severity: SeveritySchema,
  routes: z.array(IncidentRouteSchema),
  recommendedStep: RecommendedStepSchema,
  considerations: z.array(
    z.strictObject({
      kind: ConsiderationKindSchema,
      text: z.string(),
      eiaNeeded: z.boolean(),
      adjustmentsNeeded: z.boolean(),
      reasons: z.array(ReasonSchema),
    }),
  ),
  reasons: z.array(ReasonSchema),
}) satisfies z.ZodType<Classification, unknown>;

/** The options of `classifyIncident`: the policy (default: `DEFAULT_POLICY`) and what is known of the customer. */
export interface ClassifyOptions {
  readonly policy?: PolicyInput;
  readonly customer?: z.input<typeof CustomerContextSchema>;
}

const ClassifyInput = z.strictObject({
  incident: IncidentSchema,
  policy: PolicySchema,
  customer: CustomerContextSchema.optional(),
});

const rank = (severity: Severity): number => SEVERITIES.indexOf(severity);
const atLeast = (a: Severity, b: Severity): Severity => (rank(a) >= rank(b) ? a : b);

/** TEP-3.1, TEP-3.3: persistence raises severity one step; it never makes an immediate risk on its own. */
function raisedByPersistence(severity: Severity): Severity {
  switch (severity) {
    case 'none':
      return 'none';
    case 'low':
      return 'moderate';
    case 'moderate':
    case 'serious':
      return 'serious';
    case 'extreme':
      return 'extreme';
    default: {
      const unhandled: never = severity;
      return unhandled;
    }
  }
}

const CHANNEL_WORDS: Readonly<Record<Channel, string>> = {
  phone: 'the telephone',
  email: 'email',
  letter: 'letters',
  'in-person': 'face to face',
  'social-media': 'social media',
  'web-form': 'a web form',
  sms: 'text messages',
};

/** The landlord's own text for each rule, where its policy gives one (`citations.rules`). */
function citedUnderPolicy(classification: Classification, policy: Policy): Classification {
  if (policy.citations.rules === undefined) return classification;
  return {
    ...classification,
    reasons: allCitedUnder(policy, classification.reasons),
    considerations: classification.considerations.map((consideration) => ({
      ...consideration,
      reasons: allCitedUnder(policy, consideration.reasons),
    })),
  };
}

/**
 * Classifies a logged incident: whether it is unacceptable, its families of behaviour, how
 * serious it is, which procedures handle it, where it starts on the escalation ladder, and what
 * the landlord must weigh first, each with reasons citing the sources.
 *
 * - Upset, anger, a raised voice, being forceful or determined are not unacceptable (TEP-1,
 *   TEP-3.0): an incident with only those is `unacceptable: false`, severity `'none'`.
 * - What the sources condemn only when repeated (`requiresPersistence` in `BEHAVIOURS`:
 *   "Repeatedly…", "frequently", all of TEP 3.3) is not unacceptable unless `persistent: true`
 *   (TEP-1); nor is one swear or shout when the policy's `thresholds.swearingOrShouting` is
 *   `'only-when-persistent'` (TEP-3.1), while `'unacceptable-once'` follows HO-2.1.
 * - `persistent: true` raises a behaviour's severity one step (TEP-3.1 "Persistent swearing
 *   and/or shouting"; TEP-3.3), never beyond `'serious'`.
 * - Physical violence, or `immediateRisk: true`, is `'extreme'`: route `'police'` (TEP-4.6).
 * - Conduct aimed at a neighbour or resident routes to `'anti-social-behaviour'`, not this
 *   policy (and, when nothing is unacceptable, the reason leaves it to the ASB policy); hate
 *   motivation or discriminatory language adds `'hate-incident'`, at least `'serious'`, and a
 *   safeguarding consideration (HAB-1, HAB-3); hate motivation is `'aggressive-or-abusive'`
 *   (TEP-3.1, HO-2.1).
 * - Conduct by staff or a contractor, whatever the behaviours, is `unacceptable`, at least
 *   `'low'`, routes to `'staff-conduct'` (with `'safeguarding'` when the resident (`customer`)
 *   or the person targeted is vulnerable) and is referred to that procedure (SC-1); its
 *   considerations support the resident making the complaint.
 * - `customer` (vulnerabilities, communication needs, representative, language, culture) never
 *   changes whether the behaviour is unacceptable or its severity: it adds considerations,
 *   flagged when an EIA (per the policy) and reasonable adjustments are needed (TEP-2, HO-4).
 * - Bad input is an `INVALID_INPUT` naming each path (`incident.behaviours[0].code`); an
 *   incident before the policy took effect is `POLICY_NOT_IN_EFFECT`.
 *
 * @example
 * classifyIncident({
 *   id: 'inc-1', occurredAt: '2026-03-02T10:15:00Z', channel: 'phone', actor: 'customer',
 *   target: 'staff', behaviours: [{ code: 'swearing', persistent: true }],
 * })
 * // => { ok: true, value: { unacceptable: true, categories: ['aggressive-or-abusive'],
 * //      severity: 'moderate', routes: ['unacceptable-behaviour'], recommendedStep: 'informal-action',
 * //      considerations: [{ kind: 'needs-unknown', ... }],
 * //      reasons: [{ rule: 'TEP-3.1', text: 'Swearing: the source says "Persistent swearing and/or shouting."', ... }, ...] } }
 *
 * classifyIncident({ ...incident, behaviours: [{ code: 'insists-no-response-received' }] })
 * // => { ok: true, value: { unacceptable: false, severity: 'none', categories: [], routes: [],
 * //      reasons: [{ rule: 'TEP-3.3', text: 'Insisting no response was received is unacceptable only when it keeps happening, ...' },
 * //                { rule: 'TEP-1', ... }, { rule: 'TEP-3.0', ... }], ... } }
 *
 * classifyIncident({ ...incident, behaviours: [{ code: 'raised-voice' }, { code: 'upset-or-distressed' }] })
 * // => { ok: true, value: { unacceptable: false, categories: [], severity: 'none', routes: [],
 * //      recommendedStep: 'no-action', considerations: [], reasons: [{ rule: 'TEP-3.0', ... }, ...] } }
 *
 * classifyIncident({ ...incident, behaviours: [{ code: 'shoving' }] })
 * // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'incident.behaviours[0].code', ... }] } }
 */
export function classifyIncident(
  incident: z.input<typeof IncidentSchema>,
  options: ClassifyOptions = {},
): Result<Classification> {
  if (!isPlainObject(options)) {
    return invalidInput([
      {
        path: 'options',
        message: `expected an object { policy?, customer? }, received ${describeValue(options)}`,
      },
    ]);
  }
  // Strict options: `{ Policy: p }` is refused by name, never read as "no policy given".
  const unknown = unknownKeys(options, ['policy', 'customer'], '');
  if (unknown.length > 0) return invalidInput(unknown);
  const given = presetOrGiven(options.policy, fieldOf(incident, 'occurredAt')) ?? DEFAULT_POLICY;
  // The fast door: a policy already accepted (immutable), and an incident and customer read by
  // hand; anything else goes to the schemas, which decide and word any refusal.
  if (isAccepted(PolicySchema, given)) {
    const plain = plainIncident(incident);
    const customer = options.customer === undefined ? undefined : plainCustomer(options.customer);
    if (plain !== undefined && (options.customer === undefined || customer !== undefined)) {
      return classifyChecked(plain, given as Policy, customer);
    }
  }
  const valid = validate(ClassifyInput, { incident, policy: given, customer: options.customer }, '');
  if (!valid.ok) return valid;
  return classifyChecked(valid.value.incident, valid.value.policy, valid.value.customer);
}

/** `classifyIncident` past its door: the policy in effect on the incident's day, then the classification. */
function classifyChecked(
  incident: Incident,
  policy: Policy,
  customer: z.output<typeof CustomerContextSchema> | undefined,
): Result<Classification> {
  const occurredOn = localClock(incident.occurredAt, policy.timeZone).date;
  const inEffect = checkInEffect(policy, occurredOn, 'The incident');
  if (!inEffect.ok) return inEffect;
  return ok(citedUnderPolicy(classifyValid(incident, policy, customer), policy));
}

/** The behaviours of an incident, each code once; persistent if any entry for it was. */
function distinctBehaviours(incident: Incident): Map<BehaviourCode, boolean> {
  const seen = new Map<BehaviourCode, boolean>();
  for (const { code, persistent } of incident.behaviours)
    seen.set(code, seen.get(code) === true || persistent === true);
  return seen;
}

/** Swearing and shouting: whether one is unacceptable is the policy's choice (`thresholds.swearingOrShouting`). */
const SWEARING_OR_SHOUTING: ReadonlySet<BehaviourCode> = new Set<BehaviourCode>(['swearing', 'shouting']);

/**
 * Whether a behaviour is unacceptable only when it keeps happening, under this policy: the rows
 * whose sentences condemn only repetition (`requiresPersistence`), and swearing or shouting when
 * the policy follows TEP-3.1's "Persistent swearing and/or shouting."
 */
function onlyWhenPersistent(code: BehaviourCode, policy: Policy): boolean {
  if (SWEARING_OR_SHOUTING.has(code)) return policy.thresholds.swearingOrShouting === 'only-when-persistent';
  return BEHAVIOURS[code].requiresPersistence === true;
}

/**
 * TEP-1, TEP-3.1: why a behaviour logged once, which the policy or the sources condemn only when
 * repeated, is not unacceptable: its own sentences, and the setting or TEP-1 that decides it.
 */
function oneOffReasons(code: BehaviourCode, policy: Policy): Reason[] {
  const row = BEHAVIOURS[code];
  if (SWEARING_OR_SHOUTING.has(code)) {
    return [
      settingReason(
        policy,
        'thresholds.swearingOrShouting',
        `${row.label}, logged once, is not unacceptable under this policy, which treats only persistent swearing or shouting as unacceptable ("${SENTENCES.persistentSwearing}"): a single swear or shout is not enough.`,
      ),
    ];
  }
  return [
    ...row.sources.map((source) =>
      reason(
        source.rule,
        `${row.label} is unacceptable only when it keeps happening, and it was logged once: the source says "${source.sentence}"`,
      ),
    ),
    reason(
      'TEP-1',
      `${row.label}, once, is no more than being forceful or determined: the source says "${SENTENCES.forceful}" Log it with persistent: true when it kept happening.`,
    ),
  ];
}

/**
 * The classification of a validated incident under a validated policy: the one place that
 * decides whether behaviour is unacceptable. The case machine uses it to judge what counts as
 * evidence (NF-1); everyone else calls `classifyIncident`, which validates first.
 */
export function classifyValid(
  incident: Incident,
  policy: Policy,
  customer: z.output<typeof CustomerContextSchema> | undefined,
): Classification {
  const byStaff = incident.actor === 'staff' || incident.actor === 'contractor';
  const atResidents = incident.target === 'resident' || incident.target === 'neighbour';
  const behaviours = distinctBehaviours(incident);
  const reasons: Reason[] = [];
  const categories = new Set<BehaviourCategory>();
  let severity: Severity = 'none';

  for (const [code, persistent] of behaviours) {
    const row = BEHAVIOURS[code];
    let own = row.severity;
    if (byStaff) {
      const quoted = row.asStaffConduct === undefined ? '' : `: the finding says "${row.asStaffConduct}"`;
      reasons.push(reason('SC-1', `${row.label}, by a member of staff or a contractor${quoted}`));
    } else if (!persistent && onlyWhenPersistent(code, policy)) {
      for (const oneOff of oneOffReasons(code, policy)) reasons.push(oneOff);
      continue;
    } else {
      for (const category of categoriesOfTrusted(code)) categories.add(category);
      const framing = row.severity === 'none' ? `${row.label} is not unacceptable in itself` : row.label;
      for (const source of row.sources) {
        reasons.push(reason(source.rule, `${framing}: the source says "${source.sentence}"`));
      }
      if (SWEARING_OR_SHOUTING.has(code) && !persistent) {
        reasons.push(
          settingReason(
            policy,
            'thresholds.swearingOrShouting',
            `${row.label}, logged once, is unacceptable under this policy, which treats a single swear or shout at staff as unacceptable ("${SENTENCES.shoutOrSwear}").`,
          ),
        );
      }
    }
    if (persistent && own !== 'none') {
      const raised = raisedByPersistence(own);
      if (raised !== own) {
        reasons.push(
          SWEARING_OR_SHOUTING.has(code)
            ? reason(
                'TEP-3.1',
                `${row.label} kept happening: the source says "${SENTENCES.persistentSwearing}"`,
              )
            : reason(
                'TEP-3.3',
                `${row.label} kept happening: the source says "${SENTENCES.persistentNature}"`,
              ),
        );
      }
      own = raised;
    }
    // SC-1: TEP-1 and TEP-3.0 say what colleagues absorb from customers, not how staff may treat
    // residents, so staff conduct is never 'none': the staff-conduct procedure weighs it.
    if (byStaff) own = atLeast(own, 'low');
    severity = atLeast(severity, own);
  }

  const discriminatory = behaviours.has('discriminatory-language');
  const hateIncident = incident.hateMotivation !== undefined || discriminatory;
  if (hateIncident) {
    severity = atLeast(severity, 'serious');
    reasons.push(
      incident.hateMotivation === undefined
        ? reason(
            'HAB-1',
            'Discriminatory language is recorded as a hate incident: record which protected characteristic was targeted, so the correct category is applied.',
          )
        : reason(
            'HAB-1',
            `Hate-motivated conduct (${incident.hateMotivation}) is recorded as a hate incident, with the correct category.`,
          ),
    );
  }
  if (incident.hateMotivation !== undefined && !byStaff) {
    // TEP-3.1, HO-2.1: conduct driven by hatred of a protected characteristic is abuse, whatever words it used.
    categories.add('aggressive-or-abusive');
    reasons.push(
      reason(
        'TEP-3.1',
        `Hate-motivated conduct (${incident.hateMotivation}) is aggressive or abusive: the source says "${SENTENCES.hateLanguage}"`,
      ),
      reason(
        'HO-2.1',
        `Hate-motivated conduct (${incident.hateMotivation}) is aggressive or abusive: the source says unacceptable language includes that which "${SENTENCES.discriminatory}"`,
      ),
    );
  }
  if (incident.immediateRisk === true || severity === 'extreme') {
    severity = 'extreme';
    reasons.push(
      reason(
        'TEP-4.6',
        'Behaviour that threatens the immediate safety and welfare of colleagues or others may be reported to the police, and legal action taken, without warning.',
      ),
    );
  }
  const unacceptable = severity !== 'none';

  const targetVulnerable = incident.targetVulnerable === true;
  const residentVulnerable = byStaff && vulnerabilitiesOf(customer).length > 0;
  const routeSet = new Set<IncidentRoute>();
  if (byStaff) {
    // SC-1: whatever the behaviours, a report of staff conduct is handled as staff conduct.
    routeSet.add('staff-conduct');
    reasons.push(
      reason(
        'SC-1',
        'A member of staff’s or a contractor’s conduct towards a resident is staff conduct, not the resident’s behaviour: it is handled under staff-conduct procedures, and the problem is the conduct, never the resident’s perception of it.',
      ),
      reason(
        'SC-2',
        'Once it is reported, that member of staff should have no further contact with the resident until the resident is satisfied with the outcome.',
      ),
    );
  } else if (unacceptable && atResidents) {
    routeSet.add('anti-social-behaviour');
    reasons.push(
      reason(
        'HAB-1',
        'Conduct aimed at neighbours or other residents is anti-social behaviour, handled under the ASB policy, not this one.',
      ),
    );
  } else if (unacceptable) {
    routeSet.add('unacceptable-behaviour');
    reasons.push(
      reason(
        'HO-1',
        `The policy applies to every method of contact, including ${CHANNEL_WORDS[incident.channel]}.`,
      ),
    );
    if (incident.target === 'public') {
      reasons.push(
        reason(
          'HO-2.1',
          'Comments aimed not at the landlord but at third parties may be unacceptable because of their effect on the staff who hear or read them.',
        ),
      );
    }
  } else if (atResidents) {
    reasons.push(
      reason(
        'HAB-1',
        'Conduct aimed at neighbours or other residents is assessed under the ASB policy, not this one: nothing recorded is unacceptable under this policy, and whether it is anti-social behaviour is for the ASB policy to decide.',
      ),
    );
  } else {
    reasons.push(
      reason(
        'TEP-3.0',
        'Nothing recorded goes beyond what a well-trained, competent colleague could be expected to deal with, so this is not unacceptable behaviour.',
      ),
    );
  }
  if (unacceptable) {
    if (hateIncident) routeSet.add('hate-incident');
    if (residentVulnerable || targetVulnerable) {
      routeSet.add('safeguarding');
      reasons.push(
        residentVulnerable
          ? reason(
              'SC-1',
              'The resident is vulnerable, so the staff member’s conduct is also a safeguarding matter.',
            )
          : reason('HAB-3', 'The person targeted is vulnerable: ASB and safeguarding are linked.'),
      );
    }
    if (severity === 'extreme') routeSet.add('police');
  }
  const routes = IncidentRouteSchema.options.filter((route) => routeSet.has(route));
  const underThisPolicy = routeSet.has('unacceptable-behaviour');
  const orderedCategories = BehaviourCategorySchema.options.filter((category) => categories.has(category));
  // SC-1: staff conduct goes to the staff-conduct procedure, even when the police are told too.
  const step = byStaff ? 'refer-to-other-procedure' : recommendedStepFor(severity, underThisPolicy);
  for (const stepReason of stepReasons(step)) reasons.push(stepReason);
  if (
    underThisPolicy &&
    (orderedCategories.includes('aggressive-or-abusive') || orderedCategories.includes('harassment'))
  ) {
    reasons.push(reason('HO-3', 'Staff who feel scared or threatened may end the interaction at any time.'));
  }

  return {
    unacceptable,
    categories: orderedCategories,
    severity,
    routes,
    recommendedStep: step,
    considerations: considerationsFor({
      customer,
      policy,
      byStaff,
      underThisPolicy,
      categories: orderedCategories,
      codes: new Set(behaviours.keys()),
      hateIncident,
      targetVulnerable,
      step,
    }),
    reasons,
  };
}

/**
 * Where an incident on its own starts on the ladder: the lowest rung for `'low'` (TEP-4.1),
 * the informal step for `'moderate'` (TEP-4.2), formal action for `'serious'` (TEP-4.4,
 * TEP-4.5), the police for `'extreme'` (TEP-4.6). Restriction needs a history of warnings.
 */
function recommendedStepFor(severity: Severity, underThisPolicy: boolean): RecommendedStep {
  switch (severity) {
    case 'none':
      return 'no-action';
    case 'extreme':
      return 'police-and-legal-action';
    case 'low':
      return underThisPolicy ? 'end-interaction-and-record' : 'refer-to-other-procedure';
    case 'moderate':
      return underThisPolicy ? 'informal-action' : 'refer-to-other-procedure';
    case 'serious':
      return underThisPolicy ? 'written-warning' : 'refer-to-other-procedure';
    default: {
      const unhandled: never = severity;
      return unhandled;
    }
  }
}

function stepReasons(step: RecommendedStep): Reason[] {
  switch (step) {
    case 'no-action':
    case 'police-and-legal-action':
      // Said already: TEP-3.0 for no action, TEP-4.6 for the police.
      return [];
    case 'refer-to-other-procedure':
      return [];
    case 'end-interaction-and-record':
      return [
        reason(
          'TEP-4.1',
          'Tell the customer their behaviour is unacceptable; the colleague may then end the interaction, and records and reports the incident to their line manager.',
        ),
      ];
    case 'informal-action':
      return [
        reason(
          'TEP-4.2',
          'A voluntary (informal) arrangement comes before formal action: a supportive approach, or an initial warning that the behaviour is unacceptable, recorded on file.',
        ),
      ];
    case 'written-warning':
      return [
        reason('TEP-4.4', 'A formal written warning is sent and placed on the customer’s file.'),
        reason(
          'TEP-4.5',
          'Because of its seriousness, formal action may start without the informal step, and the procedure may even be invoked without a written warning; decide case by case and record why.',
        ),
      ];
    case 'restrict-contact':
      return [
        reason(
          'TEP-5.1',
          'Contact is restricted where warnings were given and the behaviour did not change.',
        ),
      ];
    default: {
      const unhandled: never = step;
      return unhandled;
    }
  }
}
