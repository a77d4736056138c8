import { describe, expect, it } from 'vitest';
import {
  type Classification,
  type ClassifyOptions,
  classifyIncident,
  RECOMMENDED_STEPS,
} from '../../src/classification/index.js';
import { definePolicy, presets } from '../../src/policy/index.js';
import type { BehaviourCode, Incident } from '../../src/shared/incident.js';
import { RULES } from '../../src/shared/rules.js';
import { badPaths, refusal, unwrap } from '../helpers.js';
import { deepFreeze, incident } from './fixtures.js';

const classify = (i: Incident, options?: ClassifyOptions): Classification =>
  unwrap(classifyIncident(i, options));
const kinds = (c: Classification) => c.considerations.map((x) => x.kind);

describe('classifyIncident: bad input is refused, naming the path', () => {
  it('an unknown behaviour code', () => {
    const bad = { ...incident(['swearing']), behaviours: [{ code: 'swearing' }, { code: 'shoving' }] };
    expect(badPaths(classifyIncident(bad as never))).toEqual(['incident.behaviours[1].code']);
  });

  it('an incident without a time, and one with no behaviours, both named at once', () => {
    const { occurredAt: _, ...noTime } = incident(['swearing']);
    expect(badPaths(classifyIncident({ ...noTime, behaviours: [] } as never))).toEqual([
      'incident.occurredAt',
      'incident.behaviours',
    ]);
  });

  it('an instant without a zone', () => {
    expect(badPaths(classifyIncident(incident(['swearing'], { occurredAt: '2026-03-02T10:15:00' })))).toEqual(
      ['incident.occurredAt'],
    );
  });

  it('an unknown key in the customer context, and an unknown vulnerability', () => {
    const customer = { langauge: 'Polish', vulnerabilities: ['grumpy'] };
    expect(badPaths(classifyIncident(incident(['swearing']), { customer } as never)).sort()).toEqual([
      'customer.langauge',
      'customer.vulnerabilities[0]',
    ]);
  });

  it('options that are not an object', () => {
    expect(badPaths(classifyIncident(incident(['swearing']), null as never))).toEqual(['options']);
  });

  it('a policy that is not valid', () => {
    const policy = { ...presets.selwood, monthEnd: 'round' };
    expect(badPaths(classifyIncident(incident(['swearing']), { policy } as never))).toEqual([
      'policy.monthEnd',
    ]);
  });

  it('an incident before the policy took effect', () => {
    const policy = unwrap(definePolicy({ id: 'acme', name: 'Acme', effectiveFrom: '2026-04-01' }));
    const error = refusal(classifyIncident(incident(['swearing']), { policy }), 'POLICY_NOT_IN_EFFECT');
    expect(error.message).toContain('2026-04-01');
  });

  it('reads the incident’s day in the policy’s zone: 23:30Z on 31 March is 1 April in London', () => {
    const policy = unwrap(definePolicy({ id: 'acme', name: 'Acme', effectiveFrom: '2026-04-01' }));
    expect(
      classifyIncident(incident(['swearing'], { occurredAt: '2026-03-31T23:30:00Z' }), { policy }).ok,
    ).toBe(true);
  });
});

describe('severity and the recommended step', () => {
  const cases: [BehaviourCode, boolean, Classification['severity'], Classification['recommendedStep']][] = [
    ['raised-voice', false, 'none', 'no-action'],
    // TEP-3.1 "Persistent swearing and/or shouting." (the default policy's thresholds.swearingOrShouting)
    ['swearing', false, 'none', 'no-action'],
    ['swearing', true, 'moderate', 'informal-action'],
    // TEP-1: a demand made once is forceful or determined; TEP-3.2's demands are a pattern.
    ['demands-priority', false, 'none', 'no-action'],
    ['rude-gesture', false, 'low', 'end-interaction-and-record'],
    ['demands-priority', true, 'moderate', 'informal-action'],
    ['insulting-language', false, 'moderate', 'informal-action'],
    ['insulting-language', true, 'serious', 'written-warning'],
    ['threat-of-violence', false, 'serious', 'written-warning'],
    ['threat-of-violence', true, 'serious', 'written-warning'],
    ['physical-violence', false, 'extreme', 'police-and-legal-action'],
  ];
  for (const [code, persistent, severity, step] of cases) {
    it(`${code}${persistent ? ', persistent,' : ''} is ${severity}: ${step}`, () => {
      const c = classify(incident([{ code, persistent }]));
      expect(c.severity).toBe(severity);
      expect(c.recommendedStep).toBe(step);
      expect(c.unacceptable).toBe(severity !== 'none');
    });
  }

  it('persistence never makes an immediate risk on its own', () => {
    expect(classify(incident([{ code: 'intimidation', persistent: true }])).routes).not.toContain('police');
  });

  it('the most serious behaviour sets the severity', () => {
    expect(
      classify(incident(['swearing', 'demands-priority', 'intimidation', 'raised-voice'])).severity,
    ).toBe('serious');
  });

  it('a behaviour listed twice counts once, persistent if either entry says so', () => {
    const c = classify(incident([{ code: 'shouting' }, { code: 'shouting', persistent: true }]));
    expect(c.severity).toBe('moderate');
    expect(c.reasons.filter((r) => r.text.startsWith('Shouting:')).length).toBe(2); // its two sources, once each
  });

  it('an immediate risk makes any unacceptable incident extreme, and a police matter', () => {
    const c = classify(incident(['shouting'], { immediateRisk: true }));
    expect(c.severity).toBe('extreme');
    expect(c.routes).toEqual(['unacceptable-behaviour', 'police']);
    expect(c.recommendedStep).toBe('police-and-legal-action');
    expect(c.reasons.map((r) => r.rule)).toContain('TEP-4.6');
  });

  it('the ladder runs from no action to the police, in TEP 4’s order', () => {
    expect(RECOMMENDED_STEPS).toEqual([
      'no-action',
      'refer-to-other-procedure',
      'end-interaction-and-record',
      'informal-action',
      'written-warning',
      'restrict-contact',
      'police-and-legal-action',
    ]);
  });

  it('a serious incident says formal action may skip the informal step (TEP-4.5)', () => {
    const rules = classify(incident(['intimidation'])).reasons.map((r) => r.rule);
    expect(rules).toEqual(expect.arrayContaining(['TEP-4.4', 'TEP-4.5']));
  });

  it('staff who feel threatened may end the interaction (HO-3), for aggression only', () => {
    expect(classify(incident(['rude-gesture'])).reasons.map((r) => r.rule)).toContain('HO-3');
    expect(classify(incident(['demands-priority'])).reasons.map((r) => r.rule)).not.toContain('HO-3');
  });
});

describe('routes', () => {
  it('a customer’s behaviour towards staff is this policy’s, whatever the channel (HO-1)', () => {
    const c = classify(incident([{ code: 'swearing', persistent: true }], { channel: 'social-media' }));
    expect(c.routes).toEqual(['unacceptable-behaviour']);
    expect(c.reasons.find((r) => r.rule === 'HO-1')?.text).toContain('social media');
  });

  it('towards a contractor, or the landlord’s property, is this policy’s too', () => {
    expect(classify(incident(['personal-abuse'], { target: 'contractor' })).routes).toEqual([
      'unacceptable-behaviour',
    ]);
    expect(classify(incident(['property-damage'], { target: 'property' })).routes).toEqual([
      'unacceptable-behaviour',
    ]);
  });

  it('a representative’s behaviour is handled under this policy', () => {
    expect(classify(incident(['insulting-language'], { actor: 'representative' })).routes).toEqual([
      'unacceptable-behaviour',
    ]);
  });

  it('conduct aimed at a neighbour or another resident is ASB, referred elsewhere (HAB-1)', () => {
    for (const target of ['neighbour', 'resident'] as const) {
      const c = classify(incident(['intimidation'], { target }));
      expect(c.routes).toEqual(['anti-social-behaviour']);
      expect(c.recommendedStep).toBe('refer-to-other-procedure');
      expect(c.unacceptable).toBe(true);
      expect(c.categories).toEqual(['aggressive-or-abusive']);
      expect(kinds(c)).not.toContain('equality-impact-assessment');
    }
  });

  it('violence against a neighbour is ASB and a police matter', () => {
    const c = classify(incident(['physical-violence'], { target: 'neighbour' }));
    expect(c.routes).toEqual(['anti-social-behaviour', 'police']);
    expect(c.recommendedStep).toBe('police-and-legal-action');
  });

  it('hate motivation adds a hate incident, at least serious, with a safeguarding consideration (HAB-1, HAB-3)', () => {
    const c = classify(incident(['shouting'], { hateMotivation: 'religion' }));
    expect(c.routes).toEqual(['unacceptable-behaviour', 'hate-incident']);
    expect(c.severity).toBe('serious');
    expect(c.reasons.find((r) => r.rule === 'HAB-1')?.text).toContain('religion');
    expect(c.considerations.find((x) => x.kind === 'safeguarding')?.reasons.map((r) => r.rule)).toContain(
      'HAB-3',
    );
  });

  it('discriminatory language is a hate incident even before the characteristic is recorded', () => {
    const c = classify(incident(['discriminatory-language']));
    expect(c.routes).toContain('hate-incident');
    expect(c.reasons.find((r) => r.rule === 'HAB-1')?.text).toContain(
      'record which protected characteristic',
    );
  });

  it('a vulnerable victim of ASB raises safeguarding (HAB-3)', () => {
    const c = classify(incident(['intimidation'], { target: 'neighbour', targetVulnerable: true }));
    expect(c.routes).toEqual(['anti-social-behaviour', 'safeguarding']);
    expect(kinds(c)).toContain('safeguarding');
  });

  it('a member of staff’s conduct is staff conduct, with no customer categories (SC-1, SC-2)', () => {
    const c = classify(incident(['insulting-language'], { actor: 'staff', target: 'resident' }));
    expect(c.routes).toEqual(['staff-conduct']);
    expect(c.categories).toEqual([]);
    expect(c.unacceptable).toBe(true);
    expect(c.recommendedStep).toBe('refer-to-other-procedure');
    expect(c.reasons.map((r) => r.rule)).toEqual(expect.arrayContaining(['SC-1', 'SC-2']));
  });

  it('a contractor’s conduct towards a vulnerable resident is also safeguarding (SC-1)', () => {
    const customer = { vulnerabilities: ['traumatic-history' as const] };
    const c = classify(incident(['inappropriate-messages'], { actor: 'contractor', target: 'resident' }), {
      customer,
    });
    expect(c.routes).toEqual(['staff-conduct', 'safeguarding']);
    expect(kinds(c)).toEqual(['vulnerability', 'safeguarding']);
    expect(c.considerations.every((x) => !x.eiaNeeded)).toBe(true);
  });

  it('nothing unacceptable routes nowhere', () => {
    expect(
      classify(incident(['raised-voice'], { target: 'neighbour', hateMotivation: undefined })).routes,
    ).toEqual([]);
  });
});

describe('considerations: a customer’s needs are weighed, never an excuse (TEP-2, HO-4)', () => {
  const customer = {
    vulnerabilities: ['mental-health' as const, 'domestic-abuse-survivor' as const],
    communicationNeeds: ['large-print' as const],
    representative: { name: 'Ana Silva', role: 'advocate' as const },
    language: 'Portuguese',
    culturalFactors: ['no male visitors'],
  };

  it('each factor appears, flagged for the EIA and adjustments', () => {
    const c = classify(incident(['insulting-language']), { customer });
    expect(kinds(c)).toEqual([
      'vulnerability',
      'domestic-abuse',
      'communication-needs',
      'representative',
      'language-or-culture',
      'equality-impact-assessment',
    ]);
    const byKind = Object.fromEntries(c.considerations.map((x) => [x.kind, x]));
    expect(byKind.vulnerability?.eiaNeeded).toBe(true);
    expect(byKind.vulnerability?.adjustmentsNeeded).toBe(true);
    expect(byKind['communication-needs']?.text).toContain('large print');
    expect(byKind.representative?.text).toContain('Ana Silva (advocate)');
    expect(byKind['language-or-culture']?.text).toContain('Portuguese');
    expect(byKind['language-or-culture']?.text).toContain('no male visitors');
    expect(byKind['equality-impact-assessment']?.eiaNeeded).toBe(true);
    for (const x of c.considerations) expect(x.reasons.length).toBeGreaterThan(0);
  });

  it('they change nothing about whether it is unacceptable, or how serious', () => {
    const without = classify(incident(['insulting-language']));
    const withNeeds = classify(incident(['insulting-language']), { customer });
    expect(withNeeds.unacceptable).toBe(without.unacceptable);
    expect(withNeeds.severity).toBe(without.severity);
    expect(withNeeds.recommendedStep).toBe(without.recommendedStep);
    expect(withNeeds.considerations.find((x) => x.kind === 'vulnerability')?.text).toContain(
      'does not by itself make the behaviour acceptable',
    );
  });

  it('English is not a language consideration', () => {
    for (const language of ['English', 'en', 'en-GB']) {
      expect(kinds(classify(incident(['swearing']), { customer: { language } }))).not.toContain(
        'language-or-culture',
      );
    }
  });

  it('the EIA flag follows the policy’s setting', () => {
    const policy = unwrap(
      definePolicy({
        id: 'acme',
        name: 'Acme',
        effectiveFrom: '2020-01-01',
        formalAction: { eiaBeforeFormalAction: false, eiaBeforeRestriction: false },
      }),
    );
    const c = classify(incident(['insulting-language']), { policy, customer });
    expect(c.considerations.every((x) => !x.eiaNeeded)).toBe(true);
    const eia = c.considerations.find((x) => x.kind === 'equality-impact-assessment');
    expect(eia?.text).toContain('does not require');
    expect(eia?.reasons[0]?.citation).toEqual(policy.citations['formalAction.eiaBeforeFormalAction']);
  });

  it('an EIA is flagged only when formal action may follow under this policy', () => {
    const notUnacceptable = classify(incident(['raised-voice']), { customer });
    expect(notUnacceptable.considerations.some((x) => x.eiaNeeded)).toBe(false);
    expect(kinds(notUnacceptable)).toContain('communication-needs');
    const asb = classify(incident(['intimidation'], { target: 'neighbour' }), { customer });
    expect(asb.considerations.some((x) => x.eiaNeeded)).toBe(false);
  });

  it('when nothing is known, the landlord is told to ask (SH-3, NF-8), and an EIA precedes formal steps', () => {
    const low = classify(incident(['rude-gesture']));
    expect(kinds(low)).toEqual(['needs-unknown']);
    const serious = classify(incident(['threat-of-violence']));
    expect(kinds(serious)).toEqual(['equality-impact-assessment', 'needs-unknown']);
    expect(serious.considerations[0]?.reasons.map((r) => r.rule)).toEqual(['TEP-2.3', 'TEP-2.4']);
  });

  it('a refusal to co-operate by someone with recorded needs asks whether it is a genuine difficulty (HO-2.5)', () => {
    const refusing = incident([{ code: 'refuses-to-cooperate', persistent: true }]);
    const c = classify(refusing, { customer: { communicationNeeds: ['literacy-support'] } });
    expect(kinds(c)).toContain('genuine-difficulty');
    expect(kinds(classify(refusing))).not.toContain('genuine-difficulty');
  });

  it('Tourette’s syndrome and swearing: consider whether it was involuntary', () => {
    const c = classify(incident([{ code: 'swearing', persistent: true }]), {
      customer: { vulnerabilities: ['tourettes'] },
    });
    expect(c.unacceptable).toBe(true);
    expect(c.considerations[0]?.text).toContain('involuntary');
  });

  it('a safeguarding concern on the customer’s record prompts a referral (TEP-2.2)', () => {
    const c = classify(incident(['swearing']), { customer: { vulnerabilities: ['safeguarding-concern'] } });
    expect(c.considerations.find((x) => x.kind === 'safeguarding')?.text).toContain('Safeguarding Adults');
  });
});

describe('every classification is plain JSON with cited reasons', () => {
  it('survives JSON unchanged and leaves its input alone', () => {
    const input = deepFreeze(
      incident([{ code: 'threat-of-violence', persistent: true }], { hateMotivation: 'race' }),
    );
    const options = deepFreeze({ customer: { vulnerabilities: ['dementia' as const], language: 'Urdu' } });
    const c = classify(input, options);
    expect(JSON.parse(JSON.stringify(c))).toStrictEqual(c);
  });

  it('each reason names a rule in RULES.md, and cites its source unless it rests on a policy setting', () => {
    const c = classify(incident(['swearing', 'threat-of-violence', 'refuses-decision']), {
      customer: { communicationNeeds: ['interpreter'] },
    });
    const all = [...c.reasons, ...c.considerations.flatMap((x) => x.reasons)];
    for (const r of all) {
      expect(Object.keys(RULES)).toContain(r.rule);
      expect(r.text.length).toBeGreaterThan(10);
      expect(r.citation.document.length).toBeGreaterThan(0);
    }
    for (const r of c.reasons) expect(r.citation).toEqual(RULES[r.rule]);
  });
});

describe('HO-3: staff who feel scared or threatened may end the interaction at any time', () => {
  it('HO-3: said for aggression and harassment at every severity under this policy, not only the lowest', () => {
    for (const code of ['intimidation', 'physical-violence', 'recording-published-online'] as const) {
      const c = classify(incident([code]));
      expect(
        c.reasons.filter((r) => r.rule === 'HO-3').map((r) => r.text),
        code,
      ).toEqual(['Staff who feel scared or threatened may end the interaction at any time.']);
    }
    expect(
      classify(incident([{ code: 'insulting-language', persistent: true }])).reasons.map((r) => r.rule),
    ).toContain('HO-3');
  });

  it('HO-3: not for demands, nor for conduct handled under another procedure', () => {
    expect(
      classify(incident([{ code: 'demands-priority', persistent: true }])).reasons.map((r) => r.rule),
    ).not.toContain('HO-3');
    expect(
      classify(incident(['intimidation'], { target: 'neighbour' })).reasons.map((r) => r.rule),
    ).not.toContain('HO-3');
  });
});
