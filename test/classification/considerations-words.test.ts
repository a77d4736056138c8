// What each consideration says, word for word (src/classification/considerations.ts): the words an
// officer reads before deciding, written from TEP-2.1 to TEP-2.4, HO-2.5, HO-4, SC-1 and SH-3
// (HAB-3's safeguarding lines are pinned with the whole classification in classify-words.test.ts).
// Reasons are shown as "RULE: text". To change a sentence on purpose, change it here too, and read
// the new words against the source.
import { describe, expect, it } from 'vitest';
import { type ClassifyOptions, classifyIncident } from '../../src/classification/index.js';
import { definePolicy } from '../../src/policy/index.js';
import type { Incident } from '../../src/shared/incident.js';
import { unwrap } from '../helpers.js';
import { incident } from './fixtures.js';

/** The considerations of a classification, each reason as "RULE: text". */
function considered(i: Incident, options?: ClassifyOptions) {
  return unwrap(classifyIncident(i, options)).considerations.map((x) => ({
    ...x,
    reasons: x.reasons.map((r) => `${r.rule}: ${r.text}`),
  }));
}

/** Said of every factor of the customer's own behaviour (HO-4). */
const NOT_AN_EXCUSE =
  'It does not by itself make the behaviour acceptable: the policy may still apply after adjustments are made.';

/** SC-1: said of every factor when the conduct was a member of staff's. */
const SUPPORTS_THE_RESIDENT =
  'SC-1: The complaint is about a member of staff’s conduct: adjustments support the resident in making and following it, and the problem is the conduct, never the resident’s perception of it.';

/** TEP-2.3, TEP-2.4: the EIA under the default policy, before any formal action or restriction. */
const EIA_BEFORE_FORMAL_ACTION = {
  kind: 'equality-impact-assessment',
  text: 'Complete an equality impact assessment before any formal action or restriction of contact, considering the customer’s known disabilities, health and circumstances; review it with every case review and whenever they change.',
  eiaNeeded: true,
  adjustmentsNeeded: false,
  reasons: [
    'TEP-2.3: An equality impact assessment is completed before any formal action or restriction of contact.',
    'TEP-2.4: The assessment is reviewed with every case review, and when health or circumstances change.',
  ],
};

/** SH-3, NF-8: nothing is known of the customer; the EIA flagged when a formal step may follow. */
const needsUnknown = (eiaNeeded: boolean) => ({
  kind: 'needs-unknown',
  text: 'Nothing is recorded about the customer’s needs. Check their records for reasonable adjustments, and when telling them of the process ask whether they need anything, any adjustments, or would like to nominate someone to communicate for them.',
  eiaNeeded,
  adjustmentsNeeded: false,
  reasons: [
    'TEP-2.2: Tenants’ records are consulted for any reasonable adjustments needed.',
    'SH-3: When told of the process, the customer is asked about needs, adjustments and a nominated person.',
    'NF-8: Every decision records what was known about the customer’s needs; here, nothing was.',
  ],
});

/** SC-1: a repairs operative's insulting language towards a resident. */
const staffConduct = incident(['insulting-language'], { actor: 'contractor', target: 'resident' });

const policyWithEia = (eiaBeforeFormalAction: boolean, eiaBeforeRestriction: boolean) =>
  unwrap(
    definePolicy({
      id: 'acme',
      name: 'Acme',
      effectiveFrom: '2026-01-01',
      formalAction: { eiaBeforeFormalAction, eiaBeforeRestriction },
    }),
  );

describe('the customer’s own behaviour: each factor shapes the response, none excuses it (TEP-2, HO-4)', () => {
  it('TEP-2.2: Tourette’s syndrome and a rude gesture: consider whether it was involuntary', () => {
    expect(considered(incident(['rude-gesture']), { customer: { vulnerabilities: ['tourettes'] } })).toEqual([
      {
        kind: 'vulnerability',
        text: `Known: Tourette’s syndrome. Take it into account and consider whether it causes or affects the behaviour. Tourette’s syndrome is named among the conditions needing reasonable adjustments: consider whether the words or gestures were involuntary. ${NOT_AN_EXCUSE}`,
        eiaNeeded: true,
        adjustmentsNeeded: true,
        reasons: [
          'TEP-2.1: Known vulnerabilities, medical conditions and support needs are taken into account.',
          'TEP-2.2: Reasonable adjustments are made, e.g. for people who are neurodivergent, have mental health issues, dementia or Tourette’s syndrome, or learning disabilities.',
          'HO-4: The policy can still apply where a reasonable adjustment has been made.',
        ],
      },
      EIA_BEFORE_FORMAL_ACTION,
    ]);
  });

  it('TEP-2.1, TEP-2.2: Tourette’s and insulting language, neurodivergence, domestic abuse, a safeguarding concern', () => {
    const customer: ClassifyOptions['customer'] = {
      vulnerabilities: ['tourettes', 'neurodivergence', 'domestic-abuse-survivor', 'safeguarding-concern'],
    };
    expect(considered(incident(['insulting-language']), { customer })).toEqual([
      {
        kind: 'vulnerability',
        text: `Known: Tourette’s syndrome, neurodivergence, being a survivor of domestic abuse and a safeguarding concern. Take it into account and consider whether it causes or affects the behaviour. Tourette’s syndrome is named among the conditions needing reasonable adjustments: consider whether the words or gestures were involuntary. Neurodivergent customers may need more support and flexibility, for example, a pre-arranged interview or telephone call. ${NOT_AN_EXCUSE}`,
        eiaNeeded: true,
        adjustmentsNeeded: true,
        reasons: [
          'TEP-2.1: Known vulnerabilities, medical conditions and support needs are taken into account.',
          'TEP-2.2: Reasonable adjustments are made, e.g. for people who are neurodivergent, have mental health issues, dementia or Tourette’s syndrome, or learning disabilities.',
          'HO-4: The policy can still apply where a reasonable adjustment has been made.',
        ],
      },
      {
        kind: 'domestic-abuse',
        text: 'Communicate with the customer, a survivor of domestic abuse, in line with the Domestic Abuse procedure.',
        eiaNeeded: true,
        adjustmentsNeeded: true,
        reasons: [
          'TEP-2.2: Survivors of domestic abuse are communicated with in line with the Domestic Abuse procedure.',
        ],
      },
      {
        kind: 'safeguarding',
        text: 'Consider any safeguarding issues and refer to the Safeguarding Adults and Safeguarding Children procedures where appropriate.',
        eiaNeeded: false,
        adjustmentsNeeded: false,
        reasons: ['TEP-2.2: Safeguarding issues are considered and referred where appropriate.'],
      },
      EIA_BEFORE_FORMAL_ACTION,
    ]);
  });

  it('TEP-2.1, TEP-2.2: `needs` of either family count as if given in their own list, each once, own list first', () => {
    const customer: ClassifyOptions['customer'] = {
      vulnerabilities: ['dementia'],
      needs: ['hearing-impairment', 'large-print', 'dementia'],
    };
    const found = considered(incident(['rude-gesture']), { customer });
    expect(found.map((x) => x.kind)).toEqual([
      'vulnerability',
      'communication-needs',
      'equality-impact-assessment',
    ]);
    expect(found.slice(0, 2).map((x) => x.text.slice(0, x.text.indexOf('.') + 1))).toEqual([
      'Known: dementia and a hearing impairment.',
      'Known communication needs: large print.',
    ]);
  });

  it('TEP-2.2: a first language other than English, with no cultural factors recorded', () => {
    expect(considered(incident(['rude-gesture']), { customer: { language: 'Polish' } })).toEqual([
      {
        kind: 'language-or-culture',
        text: `The customer’s first language is Polish: some languages may sound, or have accompanying hand or body language, that to others may appear aggressive or inappropriate. Offer translation or an interpreter. ${NOT_AN_EXCUSE}`,
        eiaNeeded: true,
        adjustmentsNeeded: true,
        reasons: [
          'TEP-2.2: Some languages, and the body language that goes with them, may appear aggressive, and some behaviour that appears non-cooperative may be part of a culture.',
        ],
      },
      EIA_BEFORE_FORMAL_ACTION,
    ]);
  });

  it('TEP-2.2: a first language and two cultural factors, in one consideration', () => {
    const customer = { language: 'Polish', culturalFactors: ['Ramadan', 'Shabbat'] };
    expect(considered(incident(['rude-gesture']), { customer })).toEqual([
      {
        kind: 'language-or-culture',
        text: `The customer’s first language is Polish: some languages may sound, or have accompanying hand or body language, that to others may appear aggressive or inappropriate. Offer translation or an interpreter. Recorded cultural factors: Ramadan and Shabbat. Behaviour that appears non-cooperative may be part of the customer’s culture. ${NOT_AN_EXCUSE}`,
        eiaNeeded: true,
        adjustmentsNeeded: true,
        reasons: [
          'TEP-2.2: Some languages, and the body language that goes with them, may appear aggressive, and some behaviour that appears non-cooperative may be part of a culture.',
        ],
      },
      EIA_BEFORE_FORMAL_ACTION,
    ]);
  });

  it('TEP-2.2, SH-3: a representative with no role given', () => {
    expect(
      considered(incident(['rude-gesture']), { customer: { representative: { name: 'Ana Silva' } } }),
    ).toEqual([
      {
        kind: 'representative',
        text: 'Ana Silva supports the customer: allow them to take part in every interaction, including any about this incident.',
        eiaNeeded: false,
        adjustmentsNeeded: true,
        reasons: [
          'TEP-2.2: Customers may be supported by a representative or advocate of their choice in all interactions.',
          'SH-3: The customer may nominate someone to communicate with the landlord on their behalf.',
        ],
      },
      EIA_BEFORE_FORMAL_ACTION,
    ]);
  });

  it('HO-2.5: a refusal to co-operate by someone with recorded needs: is it a genuine difficulty?', () => {
    const refusing = incident([{ code: 'refuses-to-cooperate', persistent: true }]);
    expect(considered(refusing, { customer: { communicationNeeds: ['large-print'] } })).toEqual([
      {
        kind: 'communication-needs',
        text: `Known communication needs: large print. Tailor communications so the customer can understand and respond, and give clear warnings, with a chance to change, before ending a call. ${NOT_AN_EXCUSE}`,
        eiaNeeded: true,
        adjustmentsNeeded: true,
        reasons: [
          'TEP-2.2: Barriers to communication (language, literacy, hearing, sign language) are taken into account and communications tailored to them.',
          'HO-4: Adjustments include other methods of communication, large print, coloured text or translation, and clear warnings before ending a call.',
        ],
      },
      {
        kind: 'genuine-difficulty',
        text: 'Check whether the refusal comes from a specific, genuine difficulty the recorded needs explain: if so, help the customer comply rather than treat it as a refusal.',
        eiaNeeded: true,
        adjustmentsNeeded: true,
        reasons: [
          'HO-2.5: The landlord always seeks to assist someone with a specific, genuine difficulty complying with a request.',
        ],
      },
      EIA_BEFORE_FORMAL_ACTION,
    ]);
  });
});

describe('SC-1: for staff conduct, every factor supports the resident making the complaint', () => {
  it('domestic abuse, two communication needs, a representative with a role, a language and a culture', () => {
    const customer: ClassifyOptions['customer'] = {
      vulnerabilities: ['domestic-abuse-survivor'],
      communicationNeeds: ['large-print', 'sign-language'],
      representative: { name: 'Ana Silva', role: 'family-or-friend' },
      language: 'Polish',
      culturalFactors: ['Ramadan'],
    };
    expect(considered(staffConduct, { customer })).toEqual([
      {
        kind: 'vulnerability',
        text: 'Known about the resident: being a survivor of domestic abuse. Weigh the impact of the staff member’s conduct, and of how the complaint is handled, in that light: the landlord was “fully aware”. Support the resident through the complaint, at meetings they can manage, without the member of staff present.',
        eiaNeeded: false,
        adjustmentsNeeded: true,
        reasons: [
          'SC-1: Where the resident is vulnerable, staff conduct is also a safeguarding matter.',
          SUPPORTS_THE_RESIDENT,
        ],
      },
      {
        kind: 'domestic-abuse',
        text: 'Communicate with the resident, a survivor of domestic abuse, about their complaint in line with the Domestic Abuse procedure.',
        eiaNeeded: false,
        adjustmentsNeeded: true,
        reasons: [
          'TEP-2.2: Survivors of domestic abuse are communicated with in line with the Domestic Abuse procedure.',
        ],
      },
      {
        kind: 'communication-needs',
        text: 'Known communication needs: large print and sign language. Provide them so the resident can make their complaint about the staff member’s conduct, follow it and respond to it.',
        eiaNeeded: false,
        adjustmentsNeeded: true,
        reasons: [
          SUPPORTS_THE_RESIDENT,
          'TEP-2.2: Barriers to communication (language, literacy, hearing, sign language) are taken into account and communications tailored to them.',
          'HO-4: Adjustments include other methods of communication, large print, coloured text or translation.',
        ],
      },
      {
        kind: 'representative',
        text: 'Ana Silva (family or friend) supports the resident: invite them to every meeting and conversation about the resident’s complaint, and copy them into its correspondence if the resident wishes.',
        eiaNeeded: false,
        adjustmentsNeeded: true,
        reasons: [
          SUPPORTS_THE_RESIDENT,
          'TEP-2.2: Customers may be supported by a representative or advocate of their choice in all interactions.',
          'SH-3: The customer may nominate someone to communicate with the landlord on their behalf.',
        ],
      },
      {
        kind: 'language-or-culture',
        text: 'The resident’s first language is Polish: offer translation or an interpreter so they can make and follow their complaint. Recorded cultural factors: Ramadan. Arrange any visit or meeting about the complaint to respect them.',
        eiaNeeded: false,
        adjustmentsNeeded: true,
        reasons: [
          SUPPORTS_THE_RESIDENT,
          'TEP-2.2: Communications are tailored to barriers such as language, and cultural practices are respected.',
        ],
      },
      {
        kind: 'safeguarding',
        text: 'A member of staff’s conduct towards a vulnerable resident is a safeguarding matter: refer it.',
        eiaNeeded: false,
        adjustmentsNeeded: false,
        reasons: ['SC-1: Staff conduct towards a vulnerable resident routes to safeguarding as well.'],
      },
    ]);
  });

  it('a language alone, and a culture alone, each in the resident’s words', () => {
    expect(considered(staffConduct, { customer: { language: 'Polish' } })).toEqual([
      {
        kind: 'language-or-culture',
        text: 'The resident’s first language is Polish: offer translation or an interpreter so they can make and follow their complaint.',
        eiaNeeded: false,
        adjustmentsNeeded: true,
        reasons: [
          SUPPORTS_THE_RESIDENT,
          'TEP-2.2: Communications are tailored to barriers such as language, and cultural practices are respected.',
        ],
      },
    ]);
    expect(considered(staffConduct, { customer: { culturalFactors: ['Ramadan'] } })).toEqual([
      {
        kind: 'language-or-culture',
        text: 'Recorded cultural factors: Ramadan. Arrange any visit or meeting about the complaint to respect them.',
        eiaNeeded: false,
        adjustmentsNeeded: true,
        reasons: [
          SUPPORTS_THE_RESIDENT,
          'TEP-2.2: Communications are tailored to barriers such as language, and cultural practices are respected.',
        ],
      },
    ]);
  });
});

describe('TEP-2.3, TEP-2.4: the equality impact assessment, as the policy sets it', () => {
  it('before any formal action (the default), with nothing known: ask (SH-3, NF-8)', () => {
    expect(considered(incident(['threat-of-violence']))).toEqual([
      EIA_BEFORE_FORMAL_ACTION,
      needsUnknown(true),
    ]);
  });

  it('before restricting contact only', () => {
    expect(considered(incident(['threat-of-violence']), { policy: policyWithEia(false, true) })).toEqual([
      {
        kind: 'equality-impact-assessment',
        text: 'Complete an equality impact assessment before restricting contact, considering the customer’s known disabilities, health and circumstances; review it with every case review and whenever they change.',
        eiaNeeded: true,
        adjustmentsNeeded: false,
        reasons: [
          'TEP-2.3: An equality impact assessment is completed before restricting contact.',
          'TEP-2.4: The assessment is reviewed with every case review, and when health or circumstances change.',
        ],
      },
      needsUnknown(true),
    ]);
  });

  it('not at all: the officer still records how known needs were weighed', () => {
    expect(considered(incident(['threat-of-violence']), { policy: policyWithEia(false, false) })).toEqual([
      {
        kind: 'equality-impact-assessment',
        text: 'This policy does not require an equality impact assessment before formal action; record how the customer’s known needs were weighed all the same.',
        eiaNeeded: false,
        adjustmentsNeeded: false,
        reasons: ['TEP-2.3: The policy does not require an equality impact assessment before formal action.'],
      },
      needsUnknown(false),
    ]);
  });
});
