// What each consideration flags, and when each appears (src/classification/considerations.ts):
// TEP-2.1 to TEP-2.4, HO-2.5, HO-4, HAB-3, SC-1, SH-3. Written from the mutation run's survivors.
import { describe, expect, it } from 'vitest';
import {
  type Classification,
  type ClassifyOptions,
  classifyIncident,
} from '../../src/classification/index.js';
import type { Incident } from '../../src/shared/incident.js';
import { unwrap } from '../helpers.js';
import { incident } from './fixtures.js';

const classify = (i: Incident, options?: ClassifyOptions): Classification =>
  unwrap(classifyIncident(i, options));
const kinds = (c: Classification) => c.considerations.map((x) => x.kind);
/** Each consideration as [kind, eiaNeeded, adjustmentsNeeded]. */
const flags = (c: Classification) => c.considerations.map((x) => [x.kind, x.eiaNeeded, x.adjustmentsNeeded]);

/** SC-1: a repairs operative's conduct towards a resident. */
const staffConduct = incident(['insulting-language'], { actor: 'contractor', target: 'resident' });

describe('which considerations need the EIA and which need adjustments', () => {
  it('TEP-2.1, TEP-2.2, TEP-2.3: for the customer’s own behaviour, each factor of theirs needs both', () => {
    const c = classify(incident(['insulting-language']), {
      customer: {
        vulnerabilities: ['mental-health', 'domestic-abuse-survivor'],
        communicationNeeds: ['large-print'],
        representative: { name: 'Ana Silva' },
        language: 'Portuguese',
      },
    });
    expect(flags(c)).toEqual([
      ['vulnerability', true, true],
      ['domestic-abuse', true, true],
      ['communication-needs', true, true],
      ['representative', false, true],
      ['language-or-culture', true, true],
      ['equality-impact-assessment', true, false],
    ]);
  });

  it('SC-1: for staff conduct, the resident is supported (adjustments), and no EIA is asked of the resident', () => {
    const c = classify(staffConduct, {
      customer: {
        vulnerabilities: ['dementia'],
        communicationNeeds: ['large-print'],
        language: 'Polish',
      },
    });
    expect(flags(c)).toEqual([
      ['vulnerability', false, true],
      ['communication-needs', false, true],
      ['language-or-culture', false, true],
      ['safeguarding', false, false],
    ]);
    expect(c.considerations.find((x) => x.kind === 'vulnerability')?.reasons.map((r) => r.rule)).toEqual([
      'SC-1',
      'SC-1',
    ]);
  });

  it('SH-3, TEP-2.3: nothing known: ask; an EIA is flagged only before a formal step', () => {
    expect(flags(classify(incident(['rude-gesture'])))).toEqual([['needs-unknown', false, false]]);
    expect(flags(classify(incident(['threat-of-violence'])))).toEqual([
      ['equality-impact-assessment', true, false],
      ['needs-unknown', true, false],
    ]);
  });

  it('HAB-3: a hate incident raises safeguarding, which needs neither the EIA nor adjustments', () => {
    const c = classify(incident(['insulting-language'], { hateMotivation: 'race' }));
    expect(flags(c).find(([kind]) => kind === 'safeguarding')).toEqual(['safeguarding', false, false]);
  });
});

describe('each single thing known about the customer counts as known (SH-3, TEP-2.2)', () => {
  const known: ClassifyOptions['customer'][] = [
    { vulnerabilities: ['dementia'] },
    { communicationNeeds: ['large-print'] },
    { language: 'Polish' },
    { culturalFactors: ['no male visitors'] },
    { representative: { name: 'Ana Silva' } },
  ];
  for (const customer of known) {
    it(`TEP-2.3: ${JSON.stringify(customer)}: the EIA consideration, and no "nothing is recorded"`, () => {
      const c = classify(incident(['rude-gesture']), { customer });
      expect(kinds(c)).toContain('equality-impact-assessment');
      expect(kinds(c)).not.toContain('needs-unknown');
    });
  }
});

describe('language and culture, each on its own (TEP-2.2)', () => {
  it('SC-1: staff conduct towards a resident with only a first language, or only cultural factors', () => {
    const language = classify(staffConduct, { customer: { language: 'Polish' } });
    const culture = classify(staffConduct, { customer: { culturalFactors: ['no male visitors'] } });
    const text = (c: Classification) => c.considerations.find((x) => x.kind === 'language-or-culture')?.text;
    expect(text(language)).toContain('Polish');
    expect(text(language)).not.toContain('cultural factors');
    expect(text(culture)).toContain('no male visitors');
    expect(text(culture)).not.toContain('first language');
  });

  it('TEP-2.2: the customer’s own behaviour with only cultural factors: no language is spoken of', () => {
    const c = classify(incident(['insulting-language']), { customer: { culturalFactors: ['a', 'b', 'c'] } });
    const text = c.considerations.find((x) => x.kind === 'language-or-culture')?.text;
    expect(text).toContain('a, b and c');
    expect(text).not.toContain('first language');
  });
});

describe('a genuine difficulty behind a refusal (HO-2.5)', () => {
  const refusing = incident([{ code: 'refuses-to-cooperate', persistent: true }]);

  it('HO-2.5: a first language other than English alone is reason to ask', () => {
    expect(kinds(classify(refusing, { customer: { language: 'Polish' } }))).toContain('genuine-difficulty');
    expect(kinds(classify(refusing, { customer: { vulnerabilities: ['dementia'] } }))).toContain(
      'genuine-difficulty',
    );
  });

  it('HO-2.5: cultural factors or a representative alone are not', () => {
    expect(kinds(classify(refusing, { customer: { culturalFactors: ['x'] } }))).not.toContain(
      'genuine-difficulty',
    );
    expect(kinds(classify(refusing, { customer: { representative: { name: 'Ana' } } }))).not.toContain(
      'genuine-difficulty',
    );
  });
});

describe('advice for a particular need, only where the behaviour makes it relevant (TEP-2.2)', () => {
  const vulnerability = (c: Classification) => c.considerations.find((x) => x.kind === 'vulnerability')?.text;

  it('TEP-2.2: Tourette’s and a threat: nothing about involuntary words; Tourette’s and shouting: asked', () => {
    const tourettes = { customer: { vulnerabilities: ['tourettes' as const] } };
    expect(vulnerability(classify(incident(['threat-of-violence']), tourettes))).not.toContain('involuntary');
    expect(vulnerability(classify(incident([{ code: 'shouting', persistent: true }]), tourettes))).toContain(
      'involuntary',
    );
    expect(
      vulnerability(classify(incident(['swearing']), { customer: { vulnerabilities: ['dementia'] } })),
    ).not.toContain('involuntary');
  });

  it('TEP-2.2: neurodivergence: a pre-arranged interview or call, and not for other needs', () => {
    expect(
      vulnerability(classify(incident(['swearing']), { customer: { vulnerabilities: ['neurodivergence'] } })),
    ).toContain('pre-arranged');
    expect(
      vulnerability(classify(incident(['swearing']), { customer: { vulnerabilities: ['dementia'] } })),
    ).not.toContain('pre-arranged');
  });

  it('SC-1, HAB-3: staff conduct towards a resident with nothing on record raises no safeguarding', () => {
    expect(kinds(classify(staffConduct))).not.toContain('safeguarding');
  });
});

describe('the step recommended, and the rule each step cites (TEP-4)', () => {
  const rules = (c: Classification) => c.reasons.map((r) => r.rule);

  it('TEP-4.2: a moderate incident is informal action, citing TEP-4.2 and not the written warning', () => {
    const c = classify(incident([{ code: 'swearing', persistent: true }]));
    expect(c.recommendedStep).toBe('informal-action');
    expect(rules(c)).toContain('TEP-4.2');
    expect(rules(c)).not.toContain('TEP-4.4');
  });

  it('HAB-1: low or moderate conduct aimed at a neighbour is referred to the ASB procedure, citing no TEP-4 step', () => {
    for (const behaviours of [['rude-gesture'], [{ code: 'swearing', persistent: true }]] as const) {
      const c = classify(incident(behaviours, { target: 'neighbour' }));
      expect(c.recommendedStep).toBe('refer-to-other-procedure');
      expect(rules(c).filter((rule) => rule.startsWith('TEP-4'))).toEqual([]);
    }
  });

  it('TEP-4.6: an extreme incident goes to the police, and every reason is a cited rule', () => {
    const c = classify(incident(['physical-violence']));
    expect(c.recommendedStep).toBe('police-and-legal-action');
    expect(c.reasons.every((r) => typeof r === 'object' && typeof r.rule === 'string')).toBe(true);
    expect(rules(c)).toContain('TEP-4.6');
  });

  it('TEP-3.1: a behaviour given twice is persistent if either entry says so', () => {
    const once = classify(incident([{ code: 'swearing', persistent: true }]));
    const twice = classify(incident([{ code: 'swearing', persistent: true }, { code: 'swearing' }]));
    expect(twice.severity).toBe(once.severity);
    expect(twice.recommendedStep).toBe(once.recommendedStep);
  });
});
