// HO "Actions we may take": "we may consider taking more formal action. The actions we will consider
// can include the following: Warning the customer about their behaviour ..." A warning is one action
// among those it may consider, not a step before the others; and the policy sets no time limit to
// appeal ("Customers have the right to appeal the decision"). Selwood: "We have clearly detailed a
// 12-month period to manage a customer’s unacceptable behaviour."
import { describe, expect, it } from 'vitest';
import {
  appealDeadline,
  type CaseEvent,
  definePolicy,
  isLibraryDefault,
  LIBRARY_DEFAULTS,
  parsePolicy,
  presets,
  RULES,
  replay,
  SETTING_PATHS,
} from '../../src/index.js';
import { eia, ev, incident, LADDER, OPENING, restriction, WRITTEN_ONLY } from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';

const { housingOmbudsman2021: ho, selwood, tenancyEnforcementProcedure: tep } = presets;

/** An incident, an EIA, and a restriction with no written warning before it. */
const NO_WARNING: CaseEvent[] = [
  incident('inc-1', '2026-01-05T10:00:00Z'),
  eia('2026-01-06T09:00:00Z'),
  restriction('2026-01-07T09:00:00Z'),
];

const appeal = (at: string): CaseEvent => ({ type: 'appeal-received', at, by: 'cso-1' });

describe('HO-5: a warning is an action the Ombudsman "may consider", not a prerequisite', () => {
  it('the Ombudsman preset requires no written warning before restriction, cited to HO-5', () => {
    expect(ho.formalAction.writtenWarningBeforeRestriction).toBe(false);
    expect(ho.citations['formalAction.writtenWarningBeforeRestriction']).toEqual(RULES['HO-5']);
  });

  it('under the Ombudsman preset contact is restricted with no written warning and no reason to skip one', () => {
    const state = unwrap(replay(NO_WARNING, ho, OPENING));
    const decision = state.decisions.at(-1);
    expect(decision?.reasons[0]).toMatchObject({
      rule: 'TEP-4.4',
      citation: RULES['HO-5'],
    });
    expect(decision?.reasons[0]?.text).toContain('does not require one');
  });

  it('the TEP preset still refuses the same restriction (TEP-4.4)', () => {
    refusal(replay(NO_WARNING, tep, OPENING), 'WARNING_REQUIRED');
  });
});

describe('a library default is labelled as one, never as the source’s rule', () => {
  it('isLibraryDefault reads the citation: the Ombudsman sets no appeal time limit, TEP does', () => {
    expect(unwrap(isLibraryDefault(ho, 'appeal.window'))).toBe(true);
    expect(unwrap(isLibraryDefault(selwood, 'appeal.window'))).toBe(true);
    expect(unwrap(isLibraryDefault(tep, 'appeal.window'))).toBe(false);
    expect(unwrap(isLibraryDefault(selwood, 'restriction.defaultMonths'))).toBe(false);
  });

  it('an out-of-time appeal under the Ombudsman preset is out of time by the library’s default, not because "the right of appeal is lost"', () => {
    const error = refusal(
      replay([...LADDER, appeal('2026-03-17T09:12:00Z')], ho, OPENING),
      'APPEAL_OUT_OF_TIME',
    );
    expect(error.message).toBe(
      'The appeal was received on Tuesday 17 March 2026, after the last day to appeal, Monday 16 March 2026: it is out of time under the library’s default appeal window (the policy’s source sets no time limit).',
    );
    const window = error.reasons?.[0];
    expect(window?.citation.document).toBe(LIBRARY_DEFAULTS);
    expect(window?.text).toMatch(/^Library default for "Appeal window", not a rule of the policy’s source: /);
    for (const text of [error.message, ...(error.reasons ?? []).map((r) => r.text)]) {
      expect(text).not.toContain('right of appeal is lost');
    }
  });

  it('under TEP, whose own words they are, the right of appeal is lost', () => {
    const error = refusal(
      replay([...LADDER, appeal('2026-03-17T09:12:00Z')], tep, OPENING),
      'APPEAL_OUT_OF_TIME',
    );
    expect(error.message).toContain('the right of appeal is lost');
    expect(error.reasons?.[0]?.text).not.toContain('Library default');
  });

  it('the appeal deadline says the same: TEP’s words for TEP, the library’s default for the Ombudsman', () => {
    const [hoWindow] = unwrap(appealDeadline({ decisionLetterDate: '2026-03-02', policy: ho })).reasons;
    expect(hoWindow?.text).toMatch(/^Library default for "Appeal window"/);
    expect(hoWindow?.text).not.toContain('right of appeal is lost');
    const [tepWindow] = unwrap(appealDeadline({ decisionLetterDate: '2026-03-02', policy: tep })).reasons;
    expect(tepWindow?.text).toMatch(
      /^An appeal must be made in writing within 14 calendar days .*, or the right of appeal is lost/,
    );
  });

  it('every setting-based reason says so: Selwood’s written warning is the library’s default (after TEP)', () => {
    const error = refusal(replay(NO_WARNING, selwood, OPENING), 'WARNING_REQUIRED');
    expect(error.reasons?.[0]?.text).toMatch(
      /^Library default for "Written warning before restricting contact", not a rule of the policy’s source: /,
    );
  });
});

describe('SH-2: "We have clearly detailed a 12-month period": another length records why', () => {
  const ladder = (months: number, extra: Record<string, unknown> = {}): CaseEvent[] => [
    ...LADDER.slice(0, -1),
    restriction('2026-03-02T10:00:00Z', { months, ...extra }),
  ];

  it('Selwood requires it, cited to SH-2; TEP and the Ombudsman do not, as library defaults', () => {
    expect(selwood.restriction.otherLengthNeedsJustification).toBe(true);
    expect(selwood.citations['restriction.otherLengthNeedsJustification']).toEqual(RULES['SH-2']);
    for (const policy of [tep, ho]) {
      expect(policy.restriction.otherLengthNeedsJustification).toBe(false);
      expect(unwrap(isLibraryDefault(policy, 'restriction.otherLengthNeedsJustification'))).toBe(true);
    }
  });

  it('refuses a 6-month restriction under Selwood with no recorded justification, naming the path', () => {
    const error = refusal(replay(ladder(6), selwood, OPENING), 'LENGTH_JUSTIFICATION_REQUIRED');
    expect(error.issues.map((i) => i.path)).toEqual([`events[${LADDER.length - 1}].lengthJustification`]);
    expect(error.message).toContain('12-month period');
    expect(error.reasons?.[0]).toMatchObject({ rule: 'SH-2', citation: RULES['SH-2'] });
  });

  it('a 12-month restriction, or one that takes the default, needs none', () => {
    unwrap(replay(ladder(12), selwood, OPENING));
    const defaulted = ev('restriction-imposed', '2026-03-02T10:00:00Z', {
      restriction: { id: 'r-1', startsOn: '2026-03-02', measures: WRITTEN_ONLY },
      decisionLetterDate: '2026-03-02',
    });
    const state = unwrap(replay([...LADDER.slice(0, -1), defaulted], selwood, OPENING));
    expect(state.restrictions[0]?.months).toBe(12);
  });

  it('records the justification on the restriction and in the decision’s reasons', () => {
    const because = 'the behaviour is limited to one repair dispute expected to end in six months';
    const state = unwrap(replay(ladder(6, { lengthJustification: because }), selwood, OPENING));
    expect(state.restrictions[0]).toMatchObject({ months: 6, lengthJustification: because });
    const why = state.decisions.at(-1)?.reasons.find((r) => r.rule === 'SH-2');
    expect(why?.text).toBe(`The decision records why the restriction lasts 6 months: ${because}.`);
  });

  it('a variation to another length needs its own justification', () => {
    const vary = (extra: Record<string, unknown>) =>
      ev('restriction-varied', '2026-06-01T09:00:00Z', { months: 18, ...extra }, 'so-9');
    const error = refusal(
      replay([...ladder(12), vary({})], selwood, OPENING),
      'LENGTH_JUSTIFICATION_REQUIRED',
    );
    expect(error.issues[0]?.path).toBe(`events[${LADDER.length}].lengthJustification`);
    const state = unwrap(
      replay([...ladder(12), vary({ lengthJustification: 'two further breaches' })], selwood, OPENING),
    );
    expect(state.restrictions[0]).toMatchObject({ months: 18, lengthJustification: 'two further breaches' });
    const back = ev('restriction-varied', '2026-07-01T09:00:00Z', { months: 12 }, 'so-9');
    const restored = unwrap(
      replay([...ladder(12), vary({ lengthJustification: 'two further breaches' }), back], selwood, OPENING),
    );
    expect(restored.restrictions[0]?.months).toBe(12);
    expect(restored.restrictions[0]).not.toHaveProperty('lengthJustification');
  });

  it('TEP, which sets no standard length, takes any stated length without one', () => {
    unwrap(replay(ladder(6), tep, OPENING));
  });

  it('definePolicy inherits the setting from its base and accepts it set; parsePolicy needs it', () => {
    const base = { id: 'acme', name: 'Acme Homes policy', effectiveFrom: '2026-01-01' };
    const inherited = unwrap(definePolicy(base, selwood));
    expect(inherited.restriction.otherLengthNeedsJustification).toBe(true);
    expect(inherited.citations['restriction.otherLengthNeedsJustification']).toEqual(RULES['SH-2']);
    const set = unwrap(
      definePolicy({ ...base, restriction: { otherLengthNeedsJustification: false } }, selwood),
    );
    expect(set.restriction.otherLengthNeedsJustification).toBe(false);
    expect(set.citations['restriction.otherLengthNeedsJustification']).toEqual({
      document: 'Acme Homes policy',
      section: 'Policy setting restriction.otherLengthNeedsJustification',
    });
    const { otherLengthNeedsJustification: _dropped, ...restriction } = selwood.restriction;
    expect(refusal(parsePolicy({ ...selwood, restriction }), 'INVALID_INPUT').issues[0]?.path).toBe(
      'policy.restriction.otherLengthNeedsJustification',
    );
    expect(SETTING_PATHS).toContain('restriction.otherLengthNeedsJustification');
  });
});
