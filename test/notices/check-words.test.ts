// validateNotice, word for word: each problem it finds names the element, the rule and, in words an
// officer can act on, what the letter says against what the case says (TEP-11.2, TEP-10, TEP-5.2, TEP-9).
import { describe, expect, it } from 'vitest';
import { type Notice, noticeContent, validateNotice } from '../../src/index.js';
import { HO_6, TEP_11_2 } from '../../src/notices/sentences.js';
import { TEP } from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';
import { scenario } from './cases.js';
import { LETTERS, type Letter, unnamedCase } from './letters.js';

const drawn = (kind: Notice['kind']): Notice => unwrap(noticeContent(scenario(kind), kind, TEP));
const stating = (notice: Notice, id: string, value: string | string[] | null): Notice => ({
  ...notice,
  elements: notice.elements.map((e) => (e.id === id ? { ...e, value } : e)),
});
const DECISION = drawn('restriction-decision');
const wrongOf = (changed: Notice, kind: Notice['kind'] = 'restriction-decision') =>
  unwrap(validateNotice(changed, kind, TEP, scenario(kind))).wrong;

describe('TEP-11.2: the last day to appeal, against the one the case counts (NF-5)', () => {
  it('an earlier day says what the customer loses', () => {
    expect(wrongOf(stating(DECISION, 'appeal-deadline', '2026-03-10'))).toEqual([
      {
        element: 'appeal-deadline',
        rule: 'TEP-11.2',
        message:
          'The letter gives Tuesday 10 March 2026 as the last day to appeal, earlier than the true last day, Monday 16 March 2026: a customer who relies on it loses part of their right of appeal.',
      },
    ]);
  });

  it('the true last day itself is right', () => {
    expect(wrongOf(stating(DECISION, 'appeal-deadline', '2026-03-16'))).toEqual([]);
  });

  it('no day at all, where the customer may appeal, quotes what the letter says instead', () => {
    expect(wrongOf(stating(DECISION, 'appeal-deadline', 'final'))).toEqual([
      {
        element: 'appeal-deadline',
        rule: 'TEP-11.2',
        message:
          "The letter gives no last day to appeal ('final'), but the customer may appeal until Monday 16 March 2026.",
      },
    ]);
    expect(wrongOf(stating(DECISION, 'appeal-deadline', null))[0]?.message).toBe(
      'The letter gives no last day to appeal (none), but the customer may appeal until Monday 16 March 2026.',
    );
  });

  it('TEP-11.3: an appeal offered against a final decision', () => {
    const check = unwrap(validateNotice(DECISION, 'restriction-decision', TEP, scenario('appeal-outcome')));
    expect(check.wrong).toEqual([
      {
        element: 'appeal-deadline',
        rule: 'TEP-11.3',
        message:
          'The letter offers an appeal until Monday 16 March 2026, but the decision is final: no internal appeal: the decision is final.',
      },
    ]);
  });
});

describe('TEP-10: the next review, never later than due', () => {
  it('a later day, or none, names the day it is due', () => {
    expect(wrongOf(stating(DECISION, 'next-review', '2026-10-01'))[0]?.message).toBe(
      'The letter gives the next review as Thursday 1 October 2026, later than it is due, Wednesday 2 September 2026.',
    );
    expect(wrongOf(stating(DECISION, 'next-review', null))[0]?.message).toBe(
      'The letter gives the next review as none, later than it is due, Wednesday 2 September 2026.',
    );
  });

  it('the day it is due is right', () => {
    expect(wrongOf(stating(DECISION, 'next-review', '2026-09-02'))).toEqual([]);
  });
});

describe('TEP-5.2: the first and last days in force, exactly as the case gives them', () => {
  it('a different last day, none, or words that are not a date', () => {
    expect(wrongOf(stating(DECISION, 'last-day-in-force', '2027-03-02'))).toEqual([
      {
        element: 'last-day-in-force',
        rule: 'TEP-5.2',
        message:
          'The letter gives the last day in force as Tuesday 2 March 2027; the case gives Monday 1 March 2027.',
      },
    ]);
    expect(wrongOf(stating(DECISION, 'last-day-in-force', null))[0]?.message).toBe(
      'The letter gives the last day in force as none; the case gives Monday 1 March 2027.',
    );
    expect(wrongOf(stating(DECISION, 'last-day-in-force', 'in a year'))[0]?.message).toBe(
      "The letter gives the last day in force as 'in a year'; the case gives Monday 1 March 2027.",
    );
  });

  it('a different first day is "the first day"', () => {
    expect(wrongOf(stating(DECISION, 'starts-on', '2026-03-03'))).toEqual([
      {
        element: 'starts-on',
        rule: 'TEP-5.2',
        message:
          'The letter gives the first day as Tuesday 3 March 2026; the case gives Monday 2 March 2026.',
      },
    ]);
  });

  it('a long value is quoted to its first 60 characters', () => {
    const long = `${'x'.repeat(60)}TAIL`;
    expect(wrongOf(stating(DECISION, 'starts-on', long))[0]?.message).toBe(
      `The letter gives the first day as '${'x'.repeat(60)}'; the case gives Monday 2 March 2026.`,
    );
  });
});

describe('TEP-9: a letter is of the case it tells, dated as the case records', () => {
  it('another case or customer is named, with the case’s own', () => {
    expect(wrongOf({ ...DECISION, caseId: 'case-2', customerId: 'cust-2' })).toEqual([
      {
        element: 'caseId',
        rule: 'TEP-9',
        message: "The letter names case 'case-2', but the case is 'case-1': it was drawn from another case.",
      },
      {
        element: 'customerId',
        rule: 'TEP-9',
        message:
          "The letter names customer 'cust-2', but the case is of customer 'cust-1': it was drawn from another case.",
      },
    ]);
  });

  it('TEP-11.2: a decision letter dated other than recorded, as the appeal counts from it', () => {
    expect(wrongOf({ ...DECISION, date: '2026-03-03' })).toEqual([
      {
        element: 'date',
        rule: 'TEP-11.2',
        message:
          'The letter is dated Tuesday 3 March 2026, but the case records its letter as dated Monday 2 March 2026: the last day to appeal counts from that date.',
      },
    ]);
  });

  it('a warning dated other than recorded (no appeal counts from it)', () => {
    expect(wrongOf({ ...drawn('breach-warning'), date: '2026-04-09' }, 'breach-warning')).toEqual([
      {
        element: 'date',
        rule: 'TEP-9',
        message:
          'The letter is dated Thursday 9 April 2026, but the case records its letter as dated Tuesday 7 April 2026.',
      },
    ]);
  });

  it('with no letter date recorded: dated before the decision it tells, but not on or after it', () => {
    const spoc = drawn('spoc-change');
    expect(wrongOf({ ...spoc, date: '2026-05-31' }, 'spoc-change')).toEqual([
      {
        element: 'date',
        rule: 'TEP-9',
        message: 'The letter is dated Sunday 31 May 2026, before the decision it tells (Monday 1 June 2026).',
      },
    ]);
    expect(wrongOf({ ...spoc, date: '2026-06-03' }, 'spoc-change')).toEqual([]);
  });
});

describe('missing: the message quotes the rule’s own sentence', () => {
  const missingOf = (notice: Notice) => unwrap(validateNotice(notice, 'restriction-decision', TEP)).missing;

  it('an element left out', () => {
    const notice = { ...DECISION, elements: DECISION.elements.filter((e) => e.id !== 'how-to-appeal') };
    expect(missingOf(notice)).toEqual([
      { element: 'how-to-appeal', rule: 'HO-6', message: `The letter must set out 'how-to-appeal'. ${HO_6}` },
    ]);
  });

  it('an element present but empty: blank, blank lines, or null where null says nothing', () => {
    const empty = `The letter must set out 'appeal-deadline', and it is empty. ${TEP_11_2}`;
    expect(missingOf(stating(DECISION, 'appeal-deadline', '  '))[0]?.message).toBe(empty);
    expect(missingOf(stating(DECISION, 'appeal-deadline', null))[0]?.message).toBe(empty);
    expect(missingOf(stating(DECISION, 'how-to-appeal', ['', ' '])).map((m) => m.element)).toEqual([
      'how-to-appeal',
    ]);
    expect(missingOf(stating(DECISION, 'how-to-appeal', ['', 'Write to us.']))).toEqual([]);
  });

  it('null where it says something is not empty: an open-ended restriction, no review before it ends', () => {
    expect(missingOf(stating(DECISION, 'last-day-in-force', null))).toEqual([]);
    expect(missingOf(stating(DECISION, 'next-review', null))).toEqual([]);
  });
});

describe('bad input, in words', () => {
  it('a notice of another kind names both kinds', () => {
    const error = refusal(validateNotice(DECISION, 'restriction-lifted', TEP), 'INVALID_INPUT');
    expect(error.message).toBe(
      "Invalid input. notice.kind: the notice is a 'restriction-decision', not the 'restriction-lifted' asked about.",
    );
    expect(error.issues).toEqual([
      { path: 'notice.kind', message: "expected 'restriction-lifted', received 'restriction-decision'" },
    ]);
  });

  it('a state of an unknown schema version is refused as such', () => {
    const result = validateNotice(DECISION, 'restriction-decision', TEP, { schemaVersion: 9 } as never);
    expect(result.ok ? undefined : result.error.code).toBe('UNSUPPORTED_SCHEMA_VERSION');
  });

  it('a state that is not a case names the state, alongside the policy', () => {
    const result = validateNotice(DECISION, 'restriction-decision', 'no-such-policy' as never, {} as never);
    const paths = refusal(result, 'INVALID_INPUT').issues.map((issue) => issue.path.split(/[.[]/)[0]);
    expect(new Set(paths)).toEqual(new Set(['policy', 'state']));
  });
});

describe('TEP-9: the case and customer a letter names', () => {
  it('a letter naming no case or customer is not of another case', () => {
    const { caseId, customerId, ...unnamed } = DECISION;
    expect([caseId, customerId]).toEqual(['case-1', 'cust-1']);
    expect(wrongOf(unnamed)).toEqual([]);
  });

  it('a case holding no ids cannot say the letter names another', () => {
    expect(unwrap(validateNotice(DECISION, 'restriction-decision', TEP, unnamedCase())).wrong).toEqual([]);
  });
});

describe('a case with nothing of the kind to tell', () => {
  it('is refused at `kind`: only a restriction named is renamed to the notice’s `subject`', () => {
    const { subject, ...appeal } = drawn('appeal-outcome');
    expect(subject).toBe('r-1');
    const error = refusal(
      validateNotice(appeal, 'appeal-outcome', TEP, scenario('written-warning')),
      'NOTICE_NOT_APPLICABLE',
    );
    expect(error.issues).toEqual([{ path: 'kind', message: 'no appeal has been decided on the case' }]);
  });
});

describe('TEP-9: a letter the case records as sent bears the date it records', () => {
  it.each([
    ['appeal-outcome.second-appeal', '2026-04-22', 'Wednesday 22 April 2026', 'Tuesday 21 April 2026'],
    ['reconsideration-outcome.second-request', '2026-07-14', 'Tuesday 14 July 2026', 'Monday 13 July 2026'],
    ['restriction-lifted.before-a-review', '2026-06-03', 'Wednesday 3 June 2026', 'Tuesday 2 June 2026'],
    ['review-outcome.review-unwritten', '2026-09-04', 'Friday 4 September 2026', 'Thursday 3 September 2026'],
    ['spoc-change.after-lift', '2026-06-05', 'Friday 5 June 2026', 'Thursday 4 June 2026'],
  ] as const)('%s dated %s instead', (name, date, stated, recorded) => {
    const { state, kind, policy } = (LETTERS[name] as () => Letter)();
    const notice = unwrap(noticeContent(state, kind, policy));
    expect(unwrap(validateNotice({ ...notice, date }, kind, policy, state)).wrong).toEqual([
      {
        element: 'date',
        rule: 'TEP-9',
        message: `The letter is dated ${stated}, but the case records its letter as dated ${recorded}.`,
      },
    ]);
  });
});
