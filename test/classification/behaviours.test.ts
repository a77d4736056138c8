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

describe('what an officer reads: each behaviour’s label, and its severity on its own', () => {
  it('every row, word for word (the label opens each reason quoting the behaviour)', () => {
    const table = Object.fromEntries(
      Object.entries(BEHAVIOURS).map(([code, row]) => [code, [row.label, row.severity]]),
    );
    expect(table).toEqual({
      'raised-voice': ['A raised voice', 'none'],
      'upset-or-distressed': ['Being upset or distressed', 'none'],
      angry: ['Being angry', 'none'],
      'forceful-or-determined': ['Being forceful or determined', 'none'],
      'physical-violence': ['Physical violence', 'extreme'],
      'threat-of-violence': ['Threat of violence', 'serious'],
      intimidation: ['Intimidation or threatening behaviour', 'serious'],
      'property-damage': ['Deliberate damage to property', 'serious'],
      'discriminatory-language': ['Discriminatory language', 'serious'],
      'insulting-language': ['Insulting, degrading or offensive language', 'moderate'],
      'personal-abuse': ['Personal abuse', 'moderate'],
      swearing: ['Swearing', 'low'],
      shouting: ['Shouting', 'low'],
      'rude-gesture': ['An unwelcome or rude gesture', 'low'],
      'unsubstantiated-allegation': ['An inflammatory or unsubstantiated allegation', 'moderate'],
      'inappropriate-messages': ['Inappropriate messages', 'moderate'],
      harassment: ['Harassment', 'serious'],
      'recording-published-online': ['Recording calls and publishing them online', 'serious'],
      'contacting-staff-personally': [
        'Contacting staff through their personal details or social media',
        'serious',
      ],
      'publishing-staff-information': ['Publishing staff’s personal information', 'serious'],
      'misuse-of-personal-data': ['Misuse of personal data', 'serious'],
      'demands-all-emergency': ['Demanding that every repair is an emergency', 'low'],
      'demands-priority': ['Demanding a complaint be prioritised above others', 'low'],
      'disproportionate-demands': ['Disproportionate demands', 'low'],
      'demands-outside-timescales': ['Demanding a service outside the policy’s timescales', 'low'],
      'high-volume-communication': ['High volumes of repeated communication', 'low'],
      'irrelevant-information-requests': ['Requesting high volumes of irrelevant information', 'low'],
      'insists-on-specific-staff': ['Insisting on a particular colleague', 'low'],
      'refuses-specific-staff': ['Refusing to speak to a particular member of staff', 'low'],
      'requests-services-not-offered': ['Repeatedly asking for services that are not offered', 'low'],
      'changes-complaint-substance': ['Repeatedly changing the substance of a complaint', 'low'],
      'contact-during-investigation': [
        'Repeated, unnecessary contact while a matter is being considered',
        'low',
      ],
      'repeats-resolved-issue': ['Pursuing an issue already dealt with', 'low'],
      'refuses-decision': ['Refusing to accept a decision', 'low'],
      'refuses-explanations': [
        'Refusing to accept explanations of what the landlord can and cannot do',
        'low',
      ],
      'refuses-single-point-of-contact': ['Refusing a single point of contact', 'low'],
      'insists-no-response-received': ['Insisting no response was received', 'low'],
      'excessive-contacts-on-issue': ['An unreasonable number of contacts on one issue', 'low'],
      'unannounced-office-visits': ['Frequent office visits without an appointment', 'low'],
      'irrelevant-or-duplicate-documents': ['Sending irrelevant or duplicate documents', 'low'],
      'recording-without-consent': ['Recording meetings or conversations without prior knowledge', 'low'],
      'long-repetitive-calls': ['Long calls repeating the same points', 'low'],
      'excessive-copying-in': ['Unnecessarily copying the landlord into emails to others', 'low'],
      'refuses-to-cooperate': ['Repeatedly refusing clear and appropriate requests', 'low'],
    });
  });

  it('SC-1: staff conduct the finding describes quotes the finding’s own sentence', () => {
    const staff = incident(['inappropriate-messages', 'misuse-of-personal-data'], {
      channel: 'sms',
      actor: 'contractor',
      target: 'resident',
    });
    const { reasons } = unwrap(classifyIncident(staff));
    expect(reasons.slice(0, 2).map((r) => `${r.rule}: ${r.text}`)).toEqual([
      'SC-1: Inappropriate messages, by a member of staff or a contractor: the finding says "A repairs operative sent inappropriate messages he described as “banter” to a resident with a traumatic personal history."',
      'SC-1: Misuse of personal data, by a member of staff or a contractor: the finding says "The operative, who worked for North West Leicestershire District Council, attempted to misuse the resident’s personal information to establish a relationship."',
    ]);
  });

  it('categoriesOf refuses what is not a behaviour code, naming it', () => {
    expect(categoriesOf('shoving' as never)).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message:
          'Invalid input. code: expected a behaviour code such as \'threat-of-violence\', received "shoving"',
        issues: [
          {
            path: 'code',
            message: 'expected a behaviour code such as \'threat-of-violence\', received "shoving"',
          },
        ],
      },
    });
    expect(unwrap(categoriesOf('raised-voice'))).toEqual([]);
  });
});
