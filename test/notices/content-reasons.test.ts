// noticeContent's reasons: each element the letter sets out, with the rule and the source's sentence
// that require it (the Catala habit), the appeal window and exclusions it rests on, and no reason twice.
import { describe, expect, it } from 'vitest';
import { type Notice, noticeContent, type Policy } from '../../src/index.js';
import { HO_6, NF_8, SH_3, TEP_5_2, TEP_7, TEP_10, TEP_11_2 } from '../../src/notices/sentences.js';
import { TEP } from '../case/fixtures.js';
import { badPaths, refusal, unwrap } from '../helpers.js';
import { SCENARIOS, scenario } from './cases.js';
import { LETTERS, type Letter, unnamedCase } from './letters.js';

const KINDS = Object.keys(SCENARIOS) as Notice['kind'][];
const drawn = (kind: Notice['kind'], policy = TEP): Notice =>
  unwrap(noticeContent(scenario(kind), kind, policy));
const NO_APPEAL = { ...TEP, appeal: null };
const texts = (notice: Notice): string[] => notice.reasons.map((r) => r.text);
const setsOut = (notice: Notice): [string, string][] =>
  notice.reasons.filter((r) => r.text.startsWith('The letter sets out')).map((r) => [r.rule, r.text]);

describe('each element the letter sets out, with the rule and sentence requiring it', () => {
  it('the restriction decision: every required element it holds, in the kind’s order', () => {
    const element = (id: string, sentence: string): string => `The letter sets out '${id}': ${sentence}`;
    expect(setsOut(drawn('restriction-decision'))).toEqual([
      [
        'NF-1',
        element(
          'behaviour-and-evidence',
          'NF-1: "Landlords must be able to evidence the reasons for any restriction": every restriction records the incidents it rests on.',
        ),
      ],
      ['TEP-5.2', element('decision-and-reasons', TEP_5_2)],
      ['TEP-5.2', element('measures', TEP_5_2)],
      ['TEP-5.2', element('spoc', TEP_5_2)],
      ['TEP-5.2', element('starts-on', TEP_5_2)],
      ['TEP-5.2', element('last-day-in-force', TEP_5_2)],
      ['TEP-10', element('next-review', TEP_10)],
      ['TEP-11.2', element('appeal-deadline', TEP_11_2)],
      ['HO-6', element('how-to-appeal', HO_6)],
      ['TEP-7', element('always-reportable', TEP_7)],
      ['SH-3', element('adjustments-offer', SH_3)],
      ['SH-3', element('nominated-person-offer', SH_3)],
      ['NF-8', element('decided-by', NF_8)],
    ]);
  });

  it('an element the case does not call for gives no reason: no SPOC, no spoc reason', () => {
    const withoutSpoc = scenario('appeal-outcome');
    const notice = unwrap(noticeContent(withoutSpoc, 'restriction-decision', TEP));
    expect(notice.elements.map((e) => e.id)).not.toContain('spoc');
    expect(setsOut(notice).map(([, text]) => text.split("'")[1])).not.toContain('spoc');
  });
});

describe('the settings the letter rests on', () => {
  it('TEP-11.2: the last day to appeal is counted under the policy’s appeal window', () => {
    expect(drawn('restriction-decision').reasons).toContainEqual(
      expect.objectContaining({
        rule: 'TEP-11.2',
        text: "The last day to appeal, 2026-03-16, is counted under the policy's appeal window.",
      }),
    );
  });

  it('TEP-11.3: with no internal appeal, the decision is final and the Ombudsman signposted, and no window is counted', () => {
    const notice = drawn('restriction-decision', NO_APPEAL);
    expect(texts(notice)).toEqual(
      expect.arrayContaining([
        'The policy gives no internal appeal against this decision: the decision is final.',
        'A final decision cannot be appealed against; a customer who remains dissatisfied is signposted to the Housing Ombudsman.',
      ]),
    );
    expect(texts(notice).filter((t) => t.includes('appeal window'))).toEqual([]);
    expect(notice.elements.find((e) => e.id === 'appeal-deadline')?.rule).toBe('TEP-11.3');
  });

  it('a decision final because its appeal was decided does not claim the policy has no appeal', () => {
    const outcome = drawn('appeal-outcome');
    expect(texts(outcome)).not.toContain(
      'The policy gives no internal appeal against this decision: the decision is final.',
    );
    expect(texts(outcome).filter((t) => t.includes('appeal window'))).toEqual([]);
  });

  it('TEP-7: a letter listing what can always be reported says so; a warning listing only complaints does not', () => {
    const exclusions = 'The letter lists what can always be reported, whatever the restriction.';
    expect(texts(drawn('restriction-decision'))).toContain(exclusions);
    expect(texts(drawn('spoc-change'))).toContain(exclusions);
    expect(texts(drawn('written-warning'))).not.toContain(exclusions);
    expect(drawn('written-warning').elements.find((e) => e.id === 'always-reportable')?.rule).toBe('NF-3');
  });
});

describe('the notice’s own fields', () => {
  it.each(KINDS)('%s: no reason twice, the case and customer named', (kind) => {
    const notice = drawn(kind);
    const keys = notice.reasons.map((r) => `${r.rule} ${r.text}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([notice.caseId, notice.customerId]).toEqual(['case-1', 'cust-1']);
  });

  it('the restriction it concerns is its subject; a warning before any restriction has none', () => {
    expect(drawn('restriction-decision').subject).toBe('r-1');
    expect('subject' in drawn('written-warning')).toBe(false);
  });
});

describe('options.date: the date on the letter', () => {
  const decision = scenario('restriction-decision');

  it('never before the decision it tells', () => {
    const error = refusal(
      noticeContent(decision, 'restriction-decision', TEP, { date: '2026-03-01' }),
      'INVALID_INPUT',
    );
    expect(error).toEqual({
      code: 'INVALID_INPUT',
      message:
        'Invalid input. options.date: expected a date on or after the decision the letter tells (2026-03-02).',
      issues: [
        {
          path: 'options.date',
          message: 'expected a date on or after the decision the letter tells (2026-03-02)',
        },
      ],
    });
  });

  it('a decision letter bears the date the case records: the last day to appeal counts from it', () => {
    const error = refusal(
      noticeContent(decision, 'restriction-decision', TEP, { date: '2026-03-03' }),
      'INVALID_INPUT',
    );
    expect(error.issues).toEqual([
      {
        path: 'options.date',
        message:
          'expected the decision letter date the case records (2026-03-02): the last day to appeal counts from it',
      },
    ]);
    expect(unwrap(noticeContent(decision, 'restriction-decision', TEP, { date: '2026-03-02' })).date).toBe(
      '2026-03-02',
    );
  });

  it('a warning, which no appeal counts from, may be dated later than recorded', () => {
    const notice = unwrap(
      noticeContent(scenario('breach-warning'), 'breach-warning', TEP, { date: '2026-04-09' }),
    );
    expect(notice.date).toBe('2026-04-09');
  });
});

describe('bad input', () => {
  it('a state of an unknown schema version is refused as such, before anything else', () => {
    const result = noticeContent({ schemaVersion: 9 } as never, 'nonsense' as never, TEP);
    expect(result.ok ? undefined : result.error.code).toBe('UNSUPPORTED_SCHEMA_VERSION');
  });

  it('each bad input is named by its path', () => {
    expect(badPaths(noticeContent(scenario('restriction-decision'), 'nonsense' as never, TEP))).toEqual([
      'kind',
    ]);
    const paths = badPaths(
      noticeContent({} as never, 'restriction-decision', TEP, { date: 'soon' } as never),
    ).map((path) => path.split(/[.[]/)[0]);
    expect(new Set(paths)).toEqual(new Set(['state', 'options']));
  });
});

describe('what the letter names, and the policy version it is drawn under', () => {
  it('a case replayed without an opening names no case or customer: the keys are left out, not undefined', () => {
    const notice = unwrap(noticeContent(unnamedCase(), 'restriction-decision', TEP));
    expect(Object.keys(notice)).toEqual(['kind', 'subject', 'date', 'elements', 'reasons']);
  });

  it('a list of policy versions: the one in effect at the case’s last event (issue 10)', () => {
    const later: Policy = { ...TEP, effectiveFrom: '2027-01-01', appeal: null };
    const state = scenario('restriction-decision');
    expect(noticeContent(state, 'restriction-decision', [TEP, later])).toEqual(
      noticeContent(state, 'restriction-decision', TEP),
    );
  });
});

describe('TEP-11.2: a variation’s letter date, when the appeal counts from it', () => {
  const drawnOn = (name: string, date: string) => {
    const { state, kind, policy } = (LETTERS[name] as () => Letter)();
    return noticeContent(state, kind, policy, { date });
  };

  it('a variation with a new decision letter of the same day bears that date and no other', () => {
    expect(refusal(drawnOn('restriction-variation', '2026-04-02'), 'INVALID_INPUT').issues).toEqual([
      {
        path: 'options.date',
        message:
          'expected the decision letter date the case records (2026-04-01): the last day to appeal counts from it',
      },
    ]);
  });

  it('a variation with no new letter opens no appeal: a later date is the officer’s to give', () => {
    expect(unwrap(drawnOn('restriction-variation.no-new-letter', '2026-04-06')).date).toBe('2026-04-06');
  });
});
