// What a classification says, word for word (src/classification/classify.ts): the reasons and
// considerations are what a housing officer reads and quotes, so their words are the contract.
// Each case is written from its rule; reasons are shown as "RULE: text" (their citations are
// checked against RULES.md in classify.test.ts). To change a sentence on purpose, change it here
// too, and read the new words against the source.
import { describe, expect, it } from 'vitest';
import { type ClassifyOptions, classifyIncident } from '../../src/classification/index.js';
import { definePolicy } from '../../src/policy/index.js';
import type { Incident } from '../../src/shared/incident.js';
import type { Reason } from '../../src/shared/reason.js';
import { refusal, unwrap } from '../helpers.js';
import { incident } from './fixtures.js';

const said = (reasons: readonly Reason[]) => reasons.map((r) => `${r.rule}: ${r.text}`);

/** The whole classification, each reason as "RULE: text". */
function classified(i: Incident, options?: ClassifyOptions) {
  const c = unwrap(classifyIncident(i, options));
  return {
    ...c,
    reasons: said(c.reasons),
    considerations: c.considerations.map((x) => ({ ...x, reasons: said(x.reasons) })),
  };
}

describe('classifyIncident, word for word', () => {
  it('TEP-3.0, TEP-1: a raised voice and being upset are not unacceptable in themselves, in the sources’ words', () => {
    expect(classified(incident(['raised-voice', 'upset-or-distressed']))).toEqual({
      unacceptable: false,
      categories: [],
      severity: 'none',
      routes: [],
      recommendedStep: 'no-action',
      considerations: [],
      reasons: [
        'TEP-3.0: A raised voice is not unacceptable in itself: the source says "There may be incidences of behaviour which an individual may find difficult, but it would be reasonable to expect a well-trained competent colleague to be able to deal with in most circumstances. This would not be considered unacceptable behaviour."',
        'TEP-3.0: A raised voice is not unacceptable in itself: the source says "We will judge each situation individually and appreciate individuals who come to us may be upset."',
        'TEP-3.0: Being upset or distressed is not unacceptable in itself: the source says "We recognise that people may act out of character when in distress or difficulty, so being upset or angry is understandable."',
        'TEP-1: Being upset or distressed is not unacceptable in itself: the source says "Customers may act out of character in times of trouble or distress."',
        'TEP-3.0: Being upset or distressed is not unacceptable in itself: the source says "We understand that many customers are often upset and angry about the issues they have raised in their complaint."',
        'TEP-3.0: Nothing recorded goes beyond what a well-trained, competent colleague could be expected to deal with, so this is not unacceptable behaviour.',
      ],
    });
  });

  it('TEP-3.1, TEP-4.1, HO-1, HO-3: a rude gesture, once: the lowest rung, tell the customer, end the call, record it', () => {
    expect(classified(incident(['rude-gesture']))).toEqual({
      unacceptable: true,
      categories: ['aggressive-or-abusive'],
      severity: 'low',
      routes: ['unacceptable-behaviour'],
      recommendedStep: 'end-interaction-and-record',
      considerations: [
        {
          kind: 'needs-unknown',
          text: 'Nothing is recorded about the customer’s needs. Check their records for reasonable adjustments, and when telling them of the process ask whether they need anything, any adjustments, or would like to nominate someone to communicate for them.',
          eiaNeeded: false,
          adjustmentsNeeded: false,
          reasons: [
            'TEP-2.2: Tenants’ records are consulted for any reasonable adjustments needed.',
            'SH-3: When told of the process, the customer is asked about needs, adjustments and a nominated person.',
            'NF-8: Every decision records what was known about the customer’s needs; here, nothing was.',
          ],
        },
      ],
      reasons: [
        'TEP-3.1: An unwelcome or rude gesture: the source says "Personal abuse and or unwelcome or rude gestures."',
        'HO-1: The policy applies to every method of contact, including the telephone.',
        'TEP-4.1: Tell the customer their behaviour is unacceptable; the colleague may then end the interaction, and records and reports the incident to their line manager.',
        'HO-3: Staff who feel scared or threatened may end the interaction at any time.',
      ],
    });
  });

  it('SC-1, SC-2: a staff member’s raised voice towards a resident with dementia is staff conduct and safeguarding', () => {
    const staff = incident(['raised-voice'], { actor: 'staff', target: 'resident' });
    expect(classified(staff, { customer: { vulnerabilities: ['dementia'] } })).toEqual({
      unacceptable: true,
      categories: [],
      severity: 'low',
      routes: ['staff-conduct', 'safeguarding'],
      recommendedStep: 'refer-to-other-procedure',
      considerations: [
        {
          kind: 'vulnerability',
          text: 'Known about the resident: dementia. Weigh the impact of the staff member’s conduct, and of how the complaint is handled, in that light: the landlord was “fully aware”. Support the resident through the complaint, at meetings they can manage, without the member of staff present.',
          eiaNeeded: false,
          adjustmentsNeeded: true,
          reasons: [
            'SC-1: Where the resident is vulnerable, staff conduct is also a safeguarding matter.',
            'SC-1: The complaint is about a member of staff’s conduct: adjustments support the resident in making and following it, and the problem is the conduct, never the resident’s perception of it.',
          ],
        },
        {
          kind: 'safeguarding',
          text: 'A member of staff’s conduct towards a vulnerable resident is a safeguarding matter: refer it.',
          eiaNeeded: false,
          adjustmentsNeeded: false,
          reasons: ['SC-1: Staff conduct towards a vulnerable resident routes to safeguarding as well.'],
        },
      ],
      reasons: [
        'SC-1: A raised voice, by a member of staff or a contractor',
        'SC-1: A member of staff’s or a contractor’s conduct towards a resident is staff conduct, not the resident’s behaviour: it is handled under staff-conduct procedures, and the problem is the conduct, never the resident’s perception of it.',
        'SC-2: Once it is reported, that member of staff should have no further contact with the resident until the resident is satisfied with the outcome.',
        'SC-1: The resident is vulnerable, so the staff member’s conduct is also a safeguarding matter.',
      ],
    });
  });

  it('HAB-1, HAB-3: a race-hate threat to a vulnerable neighbour is ASB, a hate incident and safeguarding', () => {
    const threat = incident(['threat-of-violence'], {
      target: 'neighbour',
      targetVulnerable: true,
      hateMotivation: 'race',
    });
    expect(classified(threat)).toEqual({
      unacceptable: true,
      categories: ['aggressive-or-abusive'],
      severity: 'serious',
      routes: ['anti-social-behaviour', 'hate-incident', 'safeguarding'],
      recommendedStep: 'refer-to-other-procedure',
      considerations: [
        {
          kind: 'safeguarding',
          text: 'A hate incident raises a safeguarding question for the person targeted. The person the conduct was aimed at is known to be vulnerable: consider a safeguarding referral.',
          eiaNeeded: false,
          adjustmentsNeeded: false,
          reasons: [
            'HAB-3: ASB and safeguarding are linked: a hate incident raises a safeguarding consideration.',
            'HAB-3: A vulnerable victim raises a safeguarding consideration.',
          ],
        },
      ],
      reasons: [
        'TEP-3.1: Threat of violence: the source says "Threats of violence or physical violence or harassment."',
        'HO-2.1: Threat of violence: the source says "Threats against staff will be taken very seriously"',
        'HAB-1: Hate-motivated conduct (race) is recorded as a hate incident, with the correct category.',
        'TEP-3.1: Hate-motivated conduct (race) is aggressive or abusive: the source says "Using language, which is intended to insult or degrade, or is racist, sexist or homophobic."',
        'HO-2.1: Hate-motivated conduct (race) is aggressive or abusive: the source says unacceptable language includes that which "is discriminatory in any way, including racist, sexist, homophobic or transphobic comments"',
        'HAB-1: Conduct aimed at neighbours or other residents is anti-social behaviour, handled under the ASB policy, not this one.',
        'HAB-3: The person targeted is vulnerable: ASB and safeguarding are linked.',
      ],
    });
  });

  it('HAB-3: a raised voice at a vulnerable neighbour routes nowhere; safeguarding is still weighed', () => {
    const raised = incident(['raised-voice'], { target: 'neighbour', targetVulnerable: true });
    expect(classified(raised)).toEqual({
      unacceptable: false,
      categories: [],
      severity: 'none',
      routes: [],
      recommendedStep: 'no-action',
      considerations: [
        {
          kind: 'safeguarding',
          text: 'The person the conduct was aimed at is known to be vulnerable: consider a safeguarding referral.',
          eiaNeeded: false,
          adjustmentsNeeded: false,
          reasons: ['HAB-3: A vulnerable victim raises a safeguarding consideration.'],
        },
      ],
      reasons: [
        'TEP-3.0: A raised voice is not unacceptable in itself: the source says "There may be incidences of behaviour which an individual may find difficult, but it would be reasonable to expect a well-trained competent colleague to be able to deal with in most circumstances. This would not be considered unacceptable behaviour."',
        'TEP-3.0: A raised voice is not unacceptable in itself: the source says "We will judge each situation individually and appreciate individuals who come to us may be upset."',
        'HAB-1: Conduct aimed at neighbours or other residents is assessed under the ASB policy, not this one: nothing recorded is unacceptable under this policy, and whether it is anti-social behaviour is for the ASB policy to decide.',
      ],
    });
  });
});

describe('refusals, word for word', () => {
  it('options that are not an object', () => {
    expect(refusal(classifyIncident(incident(['swearing']), 42 as never), 'INVALID_INPUT').issues).toEqual([
      { path: 'options', message: 'expected an object { policy?, customer? }, received 42' },
    ]);
  });

  it('an incident dated before the policy took effect', () => {
    const policy = unwrap(definePolicy({ id: 'acme', name: 'Acme', effectiveFrom: '2026-04-01' }));
    expect(
      refusal(classifyIncident(incident(['swearing']), { policy }), 'POLICY_NOT_IN_EFFECT').message,
    ).toBe("The incident (2026-03-02) is dated before the policy 'acme' took effect on 2026-04-01.");
  });
});

describe('citations.rules: the landlord’s own text for a rule is cited, in considerations too', () => {
  it('TEP-2.1 and TEP-3.1 cite the landlord’s sections; the rules it does not restate keep the source’s', () => {
    const needs = { document: 'Acme Homes policy', section: '2. Needs' };
    const abuse = { document: 'Acme Homes policy', section: '3. Abuse' };
    const policy = unwrap(
      definePolicy({
        id: 'acme',
        name: 'Acme',
        effectiveFrom: '2026-01-01',
        citations: { rules: { 'TEP-2.1': needs, 'TEP-3.1': abuse } },
      }),
    );
    const c = unwrap(
      classifyIncident(incident(['rude-gesture']), { policy, customer: { vulnerabilities: ['dementia'] } }),
    );
    const cited = (reasons: readonly Reason[]) => reasons.map((r) => [r.rule, r.citation.document]);
    const TEP = 'Unacceptable Behaviour – Tenancy Enforcement Procedure';
    const HO = 'Housing Ombudsman Service: Unacceptable user action policy (approved June 2021)';
    expect(c.reasons[0]?.citation).toEqual(abuse);
    expect(c.considerations[0]?.reasons[0]?.citation).toEqual(needs);
    expect(c.considerations.map((x) => [x.kind, cited(x.reasons)])).toEqual([
      [
        'vulnerability',
        [
          ['TEP-2.1', 'Acme Homes policy'],
          ['TEP-2.2', TEP],
          ['HO-4', HO],
        ],
      ],
      [
        'equality-impact-assessment',
        [
          ['TEP-2.3', TEP],
          ['TEP-2.4', TEP],
        ],
      ],
    ]);
  });
});
