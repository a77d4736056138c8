// validateNotice: what a drafted letter lacks, and the dates it gets wrong against the case.
import { describe, expect, it } from 'vitest';
import { type Notice, noticeContent, validateNotice } from '../../src/index.js';
import { TEP } from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';
import { SCENARIOS, scenario } from './cases.js';

const KINDS = Object.keys(SCENARIOS) as Notice['kind'][];
const drawn = (kind: Notice['kind']): Notice => unwrap(noticeContent(scenario(kind), kind, TEP));
const without = (notice: Notice, id: string): Notice => ({
  ...notice,
  elements: notice.elements.filter((e) => e.id !== id),
});
const stating = (notice: Notice, id: string, value: string | null): Notice => ({
  ...notice,
  elements: notice.elements.map((e) => (e.id === id ? { ...e, value } : e)),
});

describe('a notice the library drew has nothing missing or wrong', () => {
  it.each(KINDS)('%s', (kind) => {
    const notice = drawn(kind);
    expect(unwrap(validateNotice(notice, kind, TEP, scenario(kind)))).toEqual({ missing: [], wrong: [] });
    expect(unwrap(validateNotice(notice, kind, TEP))).toEqual({ missing: [], wrong: [] });
  });
});

describe('each required element, left out, is missing with its rule', () => {
  const expected: Record<Notice['kind'], [string, string][]> = {
    'written-warning': [
      ['behaviour-and-evidence', 'HO-5'],
      ['decision-and-reasons', 'TEP-4.4'],
      ['what-happens-next', 'TEP-4.4'],
      ['always-reportable', 'NF-3'],
      ['adjustments-offer', 'SH-3'],
      ['nominated-person-offer', 'SH-3'],
    ],
    'restriction-decision': [
      ['behaviour-and-evidence', 'NF-1'],
      ['decision-and-reasons', 'TEP-5.2'],
      ['measures', 'TEP-5.2'],
      ['spoc', 'TEP-5.2'],
      ['starts-on', 'TEP-5.2'],
      ['last-day-in-force', 'TEP-5.2'],
      ['next-review', 'TEP-10'],
      ['appeal-deadline', 'TEP-11.2'],
      ['how-to-appeal', 'HO-6'],
      ['always-reportable', 'TEP-7'],
      ['adjustments-offer', 'SH-3'],
      ['nominated-person-offer', 'SH-3'],
      ['decided-by', 'NF-8'],
    ],
    'restriction-variation': [
      ['decision-and-reasons', 'TEP-9'],
      ['measures', 'TEP-5.2'],
      ['spoc', 'TEP-5.2'],
      ['last-day-in-force', 'TEP-5.2'],
      ['next-review', 'TEP-10'],
      ['appeal-deadline', 'TEP-11.2'],
      ['how-to-appeal', 'HO-6'],
      ['always-reportable', 'TEP-7'],
      ['adjustments-offer', 'SH-3'],
      ['nominated-person-offer', 'SH-3'],
      ['decided-by', 'NF-8'],
    ],
    'review-outcome': [
      ['decision-and-reasons', 'TEP-10'],
      ['measures', 'TEP-5.2'],
      ['last-day-in-force', 'TEP-5.2'],
      ['next-review', 'TEP-10'],
      ['always-reportable', 'TEP-7'],
      ['adjustments-offer', 'TEP-2.4'],
      ['nominated-person-offer', 'SH-3'],
    ],
    'appeal-outcome': [
      ['decision-and-reasons', 'TEP-11.2'],
      ['fact-sheet', 'TEP-11.2'],
      ['decided-by', 'NF-4'],
      ['ombudsman-signpost', 'TEP-11.3'],
      ['measures', 'TEP-5.2'],
      ['last-day-in-force', 'TEP-5.2'],
      ['next-review', 'TEP-10'],
      ['always-reportable', 'TEP-7'],
    ],
    'reconsideration-outcome': [
      ['decision-and-reasons', 'TEP-11.1'],
      ['ombudsman-signpost', 'TEP-11.3'],
    ],
    'breach-warning': [
      ['behaviour-and-evidence', 'TEP-8'],
      ['decision-and-reasons', 'TEP-8'],
      ['measures', 'TEP-8'],
      ['what-happens-next', 'TEP-8'],
      ['always-reportable', 'TEP-7'],
    ],
    'spoc-change': [
      ['spoc', 'TEP-6'],
      ['starts-on', 'TEP-6'],
      ['decision-and-reasons', 'TEP-6'],
      ['spoc-change-request', 'SH-4'],
    ],
    'restriction-lifted': [
      ['decision-and-reasons', 'TEP-10'],
      ['last-day-in-force', 'TEP-10'],
    ],
  };
  for (const kind of KINDS) {
    it.each(expected[kind])(`${kind}: %s (%s)`, (id, rule) => {
      const check = unwrap(validateNotice(without(drawn(kind), id), kind, TEP, scenario(kind)));
      expect(check.missing).toEqual([{ element: id, rule, message: expect.stringContaining(`'${id}'`) }]);
      expect(check.wrong).toEqual([]);
    });
  }

  it('an element present but empty is missing too', () => {
    const check = unwrap(
      validateNotice(stating(drawn('written-warning'), 'what-happens-next', ' '), 'written-warning', TEP),
    );
    expect(check.missing.map((m) => m.element)).toEqual(['what-happens-next']);
    expect(check.missing[0]?.message).toMatch(/it is empty/);
  });

  it('without the state, the SPOC is not asked for (it depends on the case)', () => {
    const check = unwrap(
      validateNotice(without(drawn('restriction-decision'), 'spoc'), 'restriction-decision', TEP),
    );
    expect(check.missing).toEqual([]);
  });

  it('the message quotes the sentence that requires the element', () => {
    const check = unwrap(
      validateNotice(without(drawn('appeal-outcome'), 'fact-sheet'), 'appeal-outcome', TEP),
    );
    expect(check.missing[0]?.message).toMatch(/a fact sheet with an accompanying letter must be sent/);
  });
});

describe('given the state, stated dates that disagree with the case are wrong', () => {
  const state = scenario('restriction-decision');
  const notice = drawn('restriction-decision');
  const wrongOf = (changed: Notice) =>
    unwrap(validateNotice(changed, 'restriction-decision', TEP, state)).wrong;

  it('an appeal deadline earlier than the true one (TEP-11.2)', () => {
    expect(wrongOf(stating(notice, 'appeal-deadline', '2026-03-10'))).toEqual([
      {
        element: 'appeal-deadline',
        rule: 'TEP-11.2',
        message: expect.stringMatching(/Tuesday 10 March 2026.*Monday 16 March 2026/),
      },
    ]);
  });

  it('a later appeal deadline is not wrong: the customer keeps what they were told', () => {
    expect(wrongOf(stating(notice, 'appeal-deadline', '2026-03-20'))).toEqual([]);
  });

  it('a review date later than due (TEP-10), but not an earlier one', () => {
    expect(wrongOf(stating(notice, 'next-review', '2026-10-01'))).toEqual([
      {
        element: 'next-review',
        rule: 'TEP-10',
        message: expect.stringMatching(/Wednesday 2 September 2026/),
      },
    ]);
    expect(wrongOf(stating(notice, 'next-review', '2026-08-01'))).toEqual([]);
  });

  it('a last day in force or a start that differs (TEP-5.2)', () => {
    expect(
      wrongOf(stating(notice, 'last-day-in-force', '2027-03-02')).map((w) => [w.element, w.rule]),
    ).toEqual([['last-day-in-force', 'TEP-5.2']]);
    expect(wrongOf(stating(notice, 'last-day-in-force', null)).map((w) => w.element)).toEqual([
      'last-day-in-force',
    ]);
    expect(wrongOf(stating(notice, 'starts-on', '2026-03-01')).map((w) => w.element)).toEqual(['starts-on']);
  });

  it('a final decision offered as appealable (TEP-11.3), and an appealable one called final', () => {
    const appealed = scenario('appeal-outcome');
    const variation = { ...notice, kind: 'restriction-decision' as const };
    const check = unwrap(validateNotice(variation, 'restriction-decision', TEP, appealed));
    expect(check.wrong).toEqual([
      { element: 'appeal-deadline', rule: 'TEP-11.3', message: expect.stringMatching(/final/) },
    ]);
    expect(check.missing.map((m) => m.element)).toEqual(['ombudsman-signpost']);
    expect(wrongOf(stating(notice, 'appeal-deadline', 'final')).map((w) => w.rule)).toEqual(['TEP-11.2']);
  });
});

describe('bad input', () => {
  it('a notice that is not an object, an unknown kind, a kind that differs from the notice’s', () => {
    expect(
      refusal(validateNotice('letter' as never, 'written-warning', TEP), 'INVALID_INPUT').issues[0]?.path,
    ).toBe('notice');
    expect(
      refusal(validateNotice(drawn('written-warning'), 'warning' as never, TEP), 'INVALID_INPUT').issues[0]
        ?.path,
    ).toBe('kind');
    expect(
      refusal(validateNotice(drawn('written-warning'), 'breach-warning', TEP), 'INVALID_INPUT').issues[0]
        ?.path,
    ).toBe('notice.kind');
  });

  it('an element id given twice is refused by its path', () => {
    const notice = drawn('restriction-lifted');
    const twice = {
      ...notice,
      elements: [...notice.elements, notice.elements[0] as Notice['elements'][number]],
    };
    expect(refusal(validateNotice(twice, 'restriction-lifted', TEP), 'INVALID_INPUT').issues[0]?.path).toBe(
      'notice.elements[2].id',
    );
  });

  it('a long element id given twice is quoted in the refusal, cut at 60 characters', () => {
    const id = `our-own-${'x'.repeat(70)}`;
    const note = { id, value: 'A note of our own.', rule: 'TEP-9' as const };
    const twice = { ...drawn('restriction-lifted'), elements: [note, note] };
    expect(refusal(validateNotice(twice, 'restriction-lifted', TEP), 'INVALID_INPUT').issues).toEqual([
      {
        path: 'notice.elements[1].id',
        message: `expected each element once: '${id.slice(0, 60)}' appears earlier in the notice`,
      },
    ]);
  });

  it('a subject the case does not hold is NOTICE_NOT_APPLICABLE at notice.subject', () => {
    const notice = { ...drawn('restriction-decision'), subject: 'r-9' };
    const error = refusal(
      validateNotice(notice, 'restriction-decision', TEP, scenario('restriction-decision')),
      'NOTICE_NOT_APPLICABLE',
    );
    expect(error.issues[0]?.path).toBe('notice.subject');
  });

  it('a drafted notice may leave out its reasons', () => {
    const { reasons: _reasons, ...drafted } = drawn('restriction-lifted');
    expect(unwrap(validateNotice(drafted, 'restriction-lifted', TEP)).missing).toEqual([]);
  });
});
