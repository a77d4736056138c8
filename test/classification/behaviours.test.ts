import { describe, expect, it } from 'vitest';
import {
  BEHAVIOURS,
  BehaviourCodeSchema,
  CATEGORY_OF_RULE,
  categoriesOf,
  classifyIncident,
  SEVERITIES,
} from '../../src/classification/index.js';
import { RULES } from '../../src/shared/rules.js';
import { unwrap } from '../helpers.js';
import { expectQuoted, incident } from './fixtures.js';

describe('the behaviour table describes every code once', () => {
  it('has a row for every behaviour code, and none besides', () => {
    expect(Object.keys(BEHAVIOURS).sort()).toEqual([...BehaviourCodeSchema.options].sort());
  });

  it('keeps every code of API.md', () => {
    const api = [
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
    ];
    expect(BehaviourCodeSchema.options).toEqual(expect.arrayContaining(api));
  });

  for (const [code, row] of Object.entries(BEHAVIOURS)) {
    it(`${code}: ${row.severity}, cited to ${row.sources.map((s) => s.rule).join(', ')}`, () => {
      expect(SEVERITIES).toContain(row.severity);
      expect(row.sources.length).toBeGreaterThan(0);
      for (const source of row.sources) {
        expect(Object.keys(RULES)).toContain(source.rule);
        expect(source.sentence.length).toBeGreaterThan(10);
      }
      // Not unacceptable exactly when no source files it under a family of behaviour.
      const categories = categoriesOf(code as never);
      expect(categories.length === 0).toBe(row.severity === 'none');
      // Classified alone, it quotes each of its sentences under its rule.
      const c = unwrap(classifyIncident(incident([code as never])));
      for (const source of row.sources) expectQuoted(c.reasons, source.rule, source.sentence);
      expect(c.categories).toEqual(categories);
    });
  }

  it('the families follow the headings: TEP 3 and HO’s categories', () => {
    expect(CATEGORY_OF_RULE).toMatchObject({
      'TEP-3.1': 'aggressive-or-abusive',
      'HO-2.1': 'aggressive-or-abusive',
      'TEP-3.2': 'unreasonable-demands',
      'HO-2.2': 'unreasonable-demands',
      'TEP-3.3': 'unreasonable-persistence',
      'HO-2.3': 'unreasonable-persistence',
      'HO-2.4': 'harassment',
      'HO-2.5': 'refusal-to-cooperate',
      'TEP-1': null,
      'TEP-3.0': null,
    });
  });

  it('a behaviour both sources file differently belongs to both families', () => {
    expect(categoriesOf('repeats-resolved-issue')).toEqual([
      'unreasonable-demands',
      'unreasonable-persistence',
    ]);
    expect(categoriesOf('harassment')).toEqual(['aggressive-or-abusive', 'harassment']);
  });
});
