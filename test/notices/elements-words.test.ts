// The letter's words for the appeal (TEP-11.2, HO-6, SH-5, TEP-11.3) and the reconsideration
// (TEP-11.1) under each kind of policy: who decides, when the outcome comes, what a late appeal
// means, and a library default labelled as one.
import { describe, expect, it } from 'vitest';
import { type Policy, presets } from '../../src/index.js';
import {
  appealElements,
  decidedBy,
  lastDecision,
  reconsiderationElements,
} from '../../src/notices/elements.js';
import { caseAfter, LADDER, TEP } from '../case/fixtures.js';

const LAST_DAY = '2026-03-16';
const howToAppeal = (policy: Policy): string[] => {
  const found = appealElements(policy, LAST_DAY, false).find((e) => e.id === 'how-to-appeal');
  return found?.value as string[];
};
const FINAL = [
  { id: 'appeal-deadline', value: 'no internal appeal: the decision is final', rule: 'TEP-11.3' },
  {
    id: 'ombudsman-signpost',
    value:
      'This decision is final: it cannot be appealed. If you are still unhappy, you can contact the Housing Ombudsman Service. It is free and independent.',
    rule: 'TEP-11.3',
  },
];

describe('TEP-11.2, HO-6: how to appeal, in the policy’s terms', () => {
  it('the TEP: 14 days from the letter, lost after, decided within 28 days by a senior officer', () => {
    expect(appealElements(TEP, LAST_DAY, false)).toEqual([
      { id: 'appeal-deadline', value: LAST_DAY, rule: 'TEP-11.2' },
      {
        id: 'how-to-appeal',
        value: [
          'If you think this decision is wrong, you can appeal. Write to us by Monday 16 March 2026 and tell us why. If you do not write by then, you lose your right to appeal.',
          'Please send your appeal in a way these arrangements allow.',
          'Your appeal will be decided by a senior officer who was not involved in this decision. It is not handled as a complaint. We will tell you the outcome in writing within 28 calendar days of receiving your appeal.',
        ],
        rule: 'HO-6',
      },
    ]);
  });

  it('Selwood: its window and decision time are the library’s defaults, and the letter says so', () => {
    expect(howToAppeal(presets.selwood as Policy)).toEqual([
      'If you think this decision is wrong, you can appeal. Write to us by Monday 16 March 2026 and tell us why. An appeal after that day is out of time. This time limit is a default of our case system: our published policy does not set one.',
      'Please send your appeal in a way these arrangements allow.',
      'Your appeal will be decided by a senior manager who was not involved in this decision. It is not handled as a complaint. We will tell you the outcome in writing within 28 calendar days of receiving your appeal. This time is a default of our case system: our published policy does not set one.',
    ]);
  });

  it('no time for the outcome: the letter promises it in writing, without a time', () => {
    const untimed = {
      ...TEP,
      appeal: { ...(TEP.appeal as NonNullable<Policy['appeal']>), decisionWithin: null },
    };
    expect(howToAppeal(untimed)[2]).toBe(
      'Your appeal will be decided by a senior officer who was not involved in this decision. It is not handled as a complaint. We will tell you the outcome in writing.',
    );
  });

  it('SH-5, NF-4: the roles the policy lets decide, in words, one or several people', () => {
    const roles = (authority: Policy['authority']['appeal-decided']) =>
      howToAppeal({ ...TEP, authority: { ...TEP.authority, 'appeal-decided': authority } })[2]?.split('.')[0];
    expect(roles(['head-of_housing'])).toBe(
      'Your appeal will be decided by a head of housing who was not involved in this decision',
    );
    expect(roles(['senior-officer', 'area--manager'])).toBe(
      'Your appeal will be decided by a senior officer or area manager who was not involved in this decision',
    );
    expect(roles({ roles: ['senior-officer'], count: 1 })).toBe(
      'Your appeal will be decided by a senior officer who was not involved in this decision',
    );
    expect(roles({ roles: ['housing-officer', 'senior-officer'], count: 2 })).toBe(
      'Your appeal will be decided by 2 people (each a housing officer or senior officer), none of them involved in this decision',
    );
  });
});

describe('TEP-11.3: a decision that cannot be appealed is final, with the Ombudsman signposted', () => {
  it('under a policy with no appeal, with no last day, or once an appeal is decided', () => {
    expect(appealElements({ ...TEP, appeal: null }, LAST_DAY, false)).toEqual(FINAL);
    expect(appealElements(TEP, null, false)).toEqual(FINAL);
    expect(appealElements(TEP, LAST_DAY, true)).toEqual(FINAL);
  });
});

describe('TEP-11.1: asking us to think again', () => {
  const ASK =
    'If you can show us a better way of dealing with us, you can ask us in writing to think again about this restriction at any time.';

  it('with the time for the decision, without one, or not at all where the policy has no route', () => {
    expect(reconsiderationElements(TEP)).toEqual([
      {
        id: 'reconsideration',
        value: `${ASK} We will tell you our decision within 28 calendar days of receiving your request.`,
        rule: 'TEP-11.1',
      },
    ]);
    const untimed = {
      ...TEP,
      reconsideration: {
        ...(TEP.reconsideration as NonNullable<Policy['reconsideration']>),
        decisionWithin: null,
      },
    };
    expect(reconsiderationElements(untimed)).toEqual([
      { id: 'reconsideration', value: ASK, rule: 'TEP-11.1' },
    ]);
    expect(reconsiderationElements({ ...TEP, reconsideration: null })).toEqual([]);
  });
});

describe('NF-4, NF-8: who decides and who decided', () => {
  it('with no authority set for appeals, a senior officer not involved in the decision', () => {
    const how = appealElements({ ...TEP, authority: {} }, LAST_DAY, false)[1]?.value as string[];
    expect(how[2]).toBe(
      'Your appeal will be decided by a senior officer who was not involved in this decision. It is not handled as a complaint. We will tell you the outcome in writing within 28 calendar days of receiving your appeal.',
    );
  });

  it('two deciders are named joined by "and"', () => {
    expect(decidedBy(['hm-1', 'so-9'])).toEqual({
      id: 'decided-by',
      value: 'This decision was made by hm-1 and so-9.',
      rule: 'NF-8',
    });
  });
});

describe('lastDecision: the latest record of a step, from the first in the trail on', () => {
  it('finds the very first record of the trail', () => {
    const state = caseAfter(LADDER.slice(0, 1));
    expect(state.decisions.map((d) => d.type)).toEqual(['incident-recorded']);
    expect(lastDecision(state, ['incident-recorded'])).toBe(state.decisions[0]);
  });
});
