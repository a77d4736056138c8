import type { Policy } from '../policy/schema.js';
import { settingReason } from '../policy/settings.js';
import type { BehaviourCode } from '../shared/incident.js';
import { NEEDS } from '../shared/needs.js';
import { type Reason, reason } from '../shared/reason.js';
import {
  type BehaviourCategory,
  type Consideration,
  type ConsiderationKind,
  type CustomerContext,
  communicationNeedsOf,
  type RecommendedStep,
  type Vulnerability,
  vulnerabilitiesOf,
} from './vocabulary.js';

/** What the classifier has decided, as far as the considerations need it. */
export interface ConsiderationInput {
  readonly customer: CustomerContext | undefined;
  readonly policy: Policy;
  /** The conduct was a member of staff's or a contractor's: the customer is the resident affected (SC-1). */
  readonly byStaff: boolean;
  /** The incident is unacceptable behaviour handled under this policy, so formal action may follow. */
  readonly underThisPolicy: boolean;
  readonly categories: readonly BehaviourCategory[];
  readonly codes: ReadonlySet<BehaviourCode>;
  readonly hateIncident: boolean;
  readonly targetVulnerable: boolean;
  readonly step: RecommendedStep;
}

const ENGLISH = /^en(glish)?([-_][a-z]+)?$/i;

/** Words said about every factor of a customer's behaviour: it shapes the response, it is no excuse (HO-4). */
const NOT_AN_EXCUSE =
  'It does not by itself make the behaviour acceptable: the policy may still apply after adjustments are made.';

/**
 * SC-1: for conduct by staff, the customer is the resident complaining, and every factor is an
 * adjustment to support them; the finding faulted a letter that put the problem in "the
 * resident’s perception of his behaviour".
 */
const supportsTheResident = (): Reason =>
  reason(
    'SC-1',
    'The complaint is about a member of staff’s conduct: adjustments support the resident in making and following it, and the problem is the conduct, never the resident’s perception of it.',
  );

const list = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

const FORMAL_STEPS: ReadonlySet<RecommendedStep> = new Set([
  'written-warning',
  'restrict-contact',
  'police-and-legal-action',
]);

/** Whether the policy asks for an EIA before formal action or restriction (TEP-2.3). */
function policyRequiresEia(policy: Policy): boolean {
  return policy.formalAction.eiaBeforeFormalAction || policy.formalAction.eiaBeforeRestriction;
}

/**
 * The considerations a classification carries: one per kind of factor known about the customer
 * (TEP-2.1, TEP-2.2, HO-4), a safeguarding consideration for a hate incident or a vulnerable
 * person (HAB-3, SC-1), the EIA a formal step needs (TEP-2.3, TEP-2.4), and, when nothing is
 * known, a prompt to ask (SH-3, NF-8). None of them changes whether the behaviour is unacceptable.
 */
export function considerationsFor(input: ConsiderationInput): Consideration[] {
  const { customer, policy, byStaff, underThisPolicy } = input;
  const vulnerabilities = vulnerabilitiesOf(customer);
  const needs = communicationNeedsOf(customer);
  const language =
    customer?.language !== undefined && !ENGLISH.test(customer.language) ? customer.language : '';
  const cultural = customer?.culturalFactors ?? [];
  const eia = underThisPolicy && policyRequiresEia(policy);
  const out: Consideration[] = [];
  const add = (
    kind: ConsiderationKind,
    text: string,
    flags: { eiaNeeded: boolean; adjustmentsNeeded: boolean },
    reasons: Reason[],
  ) => {
    out.push({ kind, text, eiaNeeded: flags.eiaNeeded, adjustmentsNeeded: flags.adjustmentsNeeded, reasons });
  };

  if (vulnerabilities.length > 0) {
    const words = list(vulnerabilities.map((v) => NEEDS[v].words));
    if (byStaff) {
      // SC-1: the ombudsman found it "unreasonable" not to weigh a history the landlord knew.
      add(
        'vulnerability',
        `Known about the resident: ${words}. Weigh the impact of the staff member’s conduct, and of how the complaint is handled, in that light: the landlord was “fully aware”. Support the resident through the complaint, at meetings they can manage, without the member of staff present.`,
        { eiaNeeded: false, adjustmentsNeeded: true },
        [
          reason('SC-1', 'Where the resident is vulnerable, staff conduct is also a safeguarding matter.'),
          supportsTheResident(),
        ],
      );
    } else {
      add(
        'vulnerability',
        `Known: ${words}. Take it into account and consider whether it causes or affects the behaviour.${specificAdvice(vulnerabilities, input.codes)} ${NOT_AN_EXCUSE}`,
        { eiaNeeded: eia, adjustmentsNeeded: true },
        [
          reason(
            'TEP-2.1',
            'Known vulnerabilities, medical conditions and support needs are taken into account.',
          ),
          reason(
            'TEP-2.2',
            'Reasonable adjustments are made, e.g. for people who are neurodivergent, have mental health issues, dementia or Tourette’s syndrome, or learning disabilities.',
          ),
          reason('HO-4', 'The policy can still apply where a reasonable adjustment has been made.'),
        ],
      );
    }
  }

  if (vulnerabilities.includes('domestic-abuse-survivor')) {
    add(
      'domestic-abuse',
      byStaff
        ? 'Communicate with the resident, a survivor of domestic abuse, about their complaint in line with the Domestic Abuse procedure.'
        : 'Communicate with the customer, a survivor of domestic abuse, in line with the Domestic Abuse procedure.',
      { eiaNeeded: eia, adjustmentsNeeded: true },
      [
        reason(
          'TEP-2.2',
          'Survivors of domestic abuse are communicated with in line with the Domestic Abuse procedure.',
        ),
      ],
    );
  }

  if (needs.length > 0 && byStaff) {
    add(
      'communication-needs',
      `Known communication needs: ${list(needs.map((n) => NEEDS[n].words))}. Provide them so the resident can make their complaint about the staff member’s conduct, follow it and respond to it.`,
      { eiaNeeded: false, adjustmentsNeeded: true },
      [
        supportsTheResident(),
        reason(
          'TEP-2.2',
          'Barriers to communication (language, literacy, hearing, sign language) are taken into account and communications tailored to them.',
        ),
        reason(
          'HO-4',
          'Adjustments include other methods of communication, large print, coloured text or translation.',
        ),
      ],
    );
  } else if (needs.length > 0) {
    add(
      'communication-needs',
      `Known communication needs: ${list(needs.map((n) => NEEDS[n].words))}. Tailor communications so the customer can understand and respond, and give clear warnings, with a chance to change, before ending a call. ${NOT_AN_EXCUSE}`,
      { eiaNeeded: eia, adjustmentsNeeded: true },
      [
        reason(
          'TEP-2.2',
          'Barriers to communication (language, literacy, hearing, sign language) are taken into account and communications tailored to them.',
        ),
        reason(
          'HO-4',
          'Adjustments include other methods of communication, large print, coloured text or translation, and clear warnings before ending a call.',
        ),
      ],
    );
  }

  if (customer?.representative !== undefined) {
    const { name, role } = customer.representative;
    const who = `${name}${role === undefined ? '' : ` (${role.replace(/-/g, ' ')})`}`;
    const representativeReasons = [
      reason(
        'TEP-2.2',
        'Customers may be supported by a representative or advocate of their choice in all interactions.',
      ),
      reason('SH-3', 'The customer may nominate someone to communicate with the landlord on their behalf.'),
    ];
    add(
      'representative',
      byStaff
        ? `${who} supports the resident: invite them to every meeting and conversation about the resident’s complaint, and copy them into its correspondence if the resident wishes.`
        : `${who} supports the customer: allow them to take part in every interaction, including any about this incident.`,
      { eiaNeeded: false, adjustmentsNeeded: true },
      byStaff ? [supportsTheResident(), ...representativeReasons] : representativeReasons,
    );
  }

  if (byStaff && (language !== '' || cultural.length > 0)) {
    const parts: string[] = [];
    if (language !== '') {
      parts.push(
        `The resident’s first language is ${language}: offer translation or an interpreter so they can make and follow their complaint.`,
      );
    }
    if (cultural.length > 0) {
      parts.push(
        `Recorded cultural factors: ${list(cultural)}. Arrange any visit or meeting about the complaint to respect them.`,
      );
    }
    add('language-or-culture', parts.join(' '), { eiaNeeded: false, adjustmentsNeeded: true }, [
      supportsTheResident(),
      reason(
        'TEP-2.2',
        'Communications are tailored to barriers such as language, and cultural practices are respected.',
      ),
    ]);
  } else if (language !== '' || cultural.length > 0) {
    const parts: string[] = [];
    if (language !== '') {
      parts.push(
        `The customer’s first language is ${language}: some languages may sound, or have accompanying hand or body language, that to others may appear aggressive or inappropriate. Offer translation or an interpreter.`,
      );
    }
    if (cultural.length > 0) {
      parts.push(
        `Recorded cultural factors: ${list(cultural)}. Behaviour that appears non-cooperative may be part of the customer’s culture.`,
      );
    }
    add(
      'language-or-culture',
      `${parts.join(' ')} ${NOT_AN_EXCUSE}`,
      { eiaNeeded: eia, adjustmentsNeeded: true },
      [
        reason(
          'TEP-2.2',
          'Some languages, and the body language that goes with them, may appear aggressive, and some behaviour that appears non-cooperative may be part of a culture.',
        ),
      ],
    );
  }

  const refusing = input.categories.includes('refusal-to-cooperate');
  if (refusing && !byStaff && (vulnerabilities.length > 0 || needs.length > 0 || language !== '')) {
    add(
      'genuine-difficulty',
      'Check whether the refusal comes from a specific, genuine difficulty the recorded needs explain: if so, help the customer comply rather than treat it as a refusal.',
      { eiaNeeded: eia, adjustmentsNeeded: true },
      [
        reason(
          'HO-2.5',
          'The landlord always seeks to assist someone with a specific, genuine difficulty complying with a request.',
        ),
      ],
    );
  }

  const safeguarding = safeguardingLines(input, vulnerabilities);
  if (safeguarding.reasons.length > 0) {
    add(
      'safeguarding',
      safeguarding.lines.join(' '),
      { eiaNeeded: false, adjustmentsNeeded: false },
      safeguarding.reasons,
    );
  }

  const knowsSomething =
    vulnerabilities.length > 0 ||
    needs.length > 0 ||
    language !== '' ||
    cultural.length > 0 ||
    customer?.representative !== undefined;
  if (underThisPolicy && (knowsSomething || FORMAL_STEPS.has(input.step))) {
    out.push(eiaConsideration(policy));
  }
  if (underThisPolicy && !knowsSomething) {
    add(
      'needs-unknown',
      'Nothing is recorded about the customer’s needs. Check their records for reasonable adjustments, and when telling them of the process ask whether they need anything, any adjustments, or would like to nominate someone to communicate for them.',
      { eiaNeeded: eia && FORMAL_STEPS.has(input.step), adjustmentsNeeded: false },
      [
        reason('TEP-2.2', 'Tenants’ records are consulted for any reasonable adjustments needed.'),
        reason(
          'SH-3',
          'When told of the process, the customer is asked about needs, adjustments and a nominated person.',
        ),
        reason(
          'NF-8',
          'Every decision records what was known about the customer’s needs; here, nothing was.',
        ),
      ],
    );
  }
  return out;
}

/** Advice the procedure gives for a particular need, where the behaviour makes it relevant. */
function specificAdvice(
  vulnerabilities: readonly Vulnerability[],
  codes: ReadonlySet<BehaviourCode>,
): string {
  let advice = '';
  if (
    vulnerabilities.includes('tourettes') &&
    (codes.has('swearing') ||
      codes.has('shouting') ||
      codes.has('rude-gesture') ||
      codes.has('insulting-language'))
  ) {
    advice +=
      ' Tourette’s syndrome is named among the conditions needing reasonable adjustments: consider whether the words or gestures were involuntary.';
  }
  if (vulnerabilities.includes('neurodivergence')) {
    advice +=
      ' Neurodivergent customers may need more support and flexibility, for example, a pre-arranged interview or telephone call.';
  }
  return advice;
}

function safeguardingLines(
  input: ConsiderationInput,
  vulnerabilities: readonly Vulnerability[],
): { lines: string[]; reasons: Reason[] } {
  const lines: string[] = [];
  const reasons: Reason[] = [];
  if (input.hateIncident) {
    lines.push('A hate incident raises a safeguarding question for the person targeted.');
    reasons.push(
      reason(
        'HAB-3',
        'ASB and safeguarding are linked: a hate incident raises a safeguarding consideration.',
      ),
    );
  }
  if (input.targetVulnerable) {
    lines.push(
      'The person the conduct was aimed at is known to be vulnerable: consider a safeguarding referral.',
    );
    reasons.push(reason('HAB-3', 'A vulnerable victim raises a safeguarding consideration.'));
  }
  if (input.byStaff && vulnerabilities.length > 0) {
    lines.push(
      'A member of staff’s conduct towards a vulnerable resident is a safeguarding matter: refer it.',
    );
    reasons.push(
      reason('SC-1', 'Staff conduct towards a vulnerable resident routes to safeguarding as well.'),
    );
  }
  if (!input.byStaff && vulnerabilities.includes('safeguarding-concern')) {
    lines.push(
      'Consider any safeguarding issues and refer to the Safeguarding Adults and Safeguarding Children procedures where appropriate.',
    );
    reasons.push(reason('TEP-2.2', 'Safeguarding issues are considered and referred where appropriate.'));
  }
  return { lines, reasons };
}

/** TEP-2.3: the EIA before formal action, as the policy sets it; TEP-2.4: reviewed as the case is. */
function eiaConsideration(policy: Policy): Consideration {
  if (!policyRequiresEia(policy)) {
    return {
      kind: 'equality-impact-assessment',
      text: 'This policy does not require an equality impact assessment before formal action; record how the customer’s known needs were weighed all the same.',
      eiaNeeded: false,
      adjustmentsNeeded: false,
      reasons: [
        settingReason(
          policy,
          'formalAction.eiaBeforeFormalAction',
          'The policy does not require an equality impact assessment before formal action.',
        ),
      ],
    };
  }
  const beforeFormalAction = policy.formalAction.eiaBeforeFormalAction;
  const when = beforeFormalAction ? 'any formal action or restriction of contact' : 'restricting contact';
  return {
    kind: 'equality-impact-assessment',
    text: `Complete an equality impact assessment before ${when}, considering the customer’s known disabilities, health and circumstances; review it with every case review and whenever they change.`,
    eiaNeeded: true,
    adjustmentsNeeded: false,
    reasons: [
      settingReason(
        policy,
        beforeFormalAction ? 'formalAction.eiaBeforeFormalAction' : 'formalAction.eiaBeforeRestriction',
        `An equality impact assessment is completed before ${when}.`,
      ),
      reason(
        'TEP-2.4',
        'The assessment is reviewed with every case review, and when health or circumstances change.',
      ),
    ],
  };
}
