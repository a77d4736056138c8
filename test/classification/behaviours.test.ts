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
      const categories = unwrap(categoriesOf(code as never));
      expect(categories.length === 0).toBe(row.severity === 'none');
      // Classified alone, as persistent, it quotes each of its sentences under its rule.
      const c = unwrap(classifyIncident(incident([{ code: code as never, persistent: true }])));
      for (const source of row.sources) expectQuoted(c.reasons, source.rule, source.sentence);
      expect(c.categories).toEqual(categories);
      // Once, a behaviour the sources condemn only when repeated is not unacceptable (TEP-1).
      if (row.requiresPersistence === true) {
        const once = unwrap(classifyIncident(incident([code as never])));
        expect([once.unacceptable, once.categories]).toEqual([false, []]);
        for (const source of row.sources) expectQuoted(once.reasons, source.rule, source.sentence);
      }
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
    expect(unwrap(categoriesOf('repeats-resolved-issue'))).toEqual([
      'unreasonable-demands',
      'unreasonable-persistence',
    ]);
    expect(unwrap(categoriesOf('harassment'))).toEqual(['aggressive-or-abusive', 'harassment']);
  });
});

describe('TEP-1, TEP-3.3: the rows whose sentences condemn only repetition require persistence', () => {
  const REPEATED =
    /repeated|frequently|high volume|insist|continuous|unreasonable number|excessively|lengthy telephone calls/i;

  it('TEP-3.3: every row cited to TEP-3.3 requires persistence (“If despite reasonable attempts to resolve a matter, the customer continues…”)', () => {
    for (const [code, row] of Object.entries(BEHAVIOURS)) {
      if (row.sources.some((s) => s.rule === 'TEP-3.3')) expect(row.requiresPersistence, code).toBe(true);
    }
  });

  it('TEP-1: a row requires persistence exactly when one of its sentences speaks of repetition (“Repeatedly…”, “frequently”, “high volumes”, “Insistent…”), or it is cited to TEP-3.3', () => {
    const expected = Object.entries(BEHAVIOURS)
      .filter(
        ([, row]) =>
          row.sources.some((s) => s.rule === 'TEP-3.3') || row.sources.some((s) => REPEATED.test(s.sentence)),
      )
      .map(([code]) => code)
      .sort();
    const flagged = Object.entries(BEHAVIOURS)
      .filter(([, row]) => row.requiresPersistence === true)
      .map(([code]) => code)
      .sort();
    // demands-all-emergency and demands-priority share "Demanding that all repairs are dealt with as an emergency": "all" is itself a pattern.
    expect(flagged).toEqual([...expected, 'demands-all-emergency', 'demands-priority'].sort());
  });

  it('TEP-1: no aggressive or harassing row waits for persistence: one threat is enough', () => {
    for (const code of ['threat-of-violence', 'intimidation', 'contacting-staff-personally'] as const) {
      expect(BEHAVIOURS[code].requiresPersistence).toBeUndefined();
    }
  });
});
