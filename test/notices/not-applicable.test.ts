// NOTICE_NOT_APPLICABLE, word for word: a letter the case has nothing to tell names what is missing,
// at `kind`, or at `options.restrictionId` for a restriction named that lacks it.
import { describe, expect, it } from 'vitest';
import { type Notice, noticeContent } from '../../src/index.js';
import { caseAfter, LADDER, TEP } from '../case/fixtures.js';
import { refusal } from '../helpers.js';
import { scenario } from './cases.js';
import { LETTERS, type Letter } from './letters.js';

const refused = (from: Notice['kind'], kind: Notice['kind'], restrictionId?: string) =>
  refusal(
    noticeContent(scenario(from), kind, TEP, restrictionId === undefined ? {} : { restrictionId }),
    'NOTICE_NOT_APPLICABLE',
  );

describe('a letter with nothing to tell', () => {
  it.each([
    ['written-warning', 'appeal-outcome', 'no appeal has been decided on the case'],
    [
      'restriction-decision',
      'reconsideration-outcome',
      'no request to reconsider has been decided on the case',
    ],
    ['restriction-decision', 'breach-warning', 'no breach warning has been issued on the case'],
    ['restriction-decision', 'restriction-variation', 'no restriction on the case has been varied'],
    ['written-warning', 'review-outcome', 'the case has not been reviewed'],
    ['written-warning', 'restriction-decision', 'no restriction on the case has been imposed'],
    ['restriction-decision', 'restriction-lifted', 'no restriction on the case has been lifted'],
    ['restriction-decision', 'spoc-change', 'the single point of contact has not been handed over'],
  ] as const)('from the %s case, a %s: "%s"', (from, kind, why) => {
    expect(refused(from, kind)).toEqual({
      code: 'NOTICE_NOT_APPLICABLE',
      message: `No '${kind}' notice can be drawn from this case: ${why}.`,
      issues: [{ path: 'kind', message: why }],
    });
  });

  it('a restriction named that the case does not hold, or that lacks the step', () => {
    expect(refused('breach-warning', 'breach-warning', 'r-9').issues).toEqual([
      { path: 'options.restrictionId', message: "the case holds no restriction 'r-9'" },
    ]);
    expect(refused('appeal-outcome', 'appeal-outcome', 'r-9').issues).toEqual([
      { path: 'options.restrictionId', message: "no appeal on restriction 'r-9' has been decided" },
    ]);
  });

  it.each([
    ['breach-warning', 'breach-warning', 'r-9', "the case holds no restriction 'r-9'"],
    ['restriction-decision', 'restriction-decision', 'r-9', "the case holds no restriction 'r-9'"],
    ['restriction-decision', 'restriction-lifted', 'r-1', "restriction 'r-1' has not been lifted"],
    ['restriction-decision', 'restriction-variation', 'r-1', "restriction 'r-1' has not been varied"],
    ['review-outcome', 'review-outcome', 'r-9', "restriction 'r-9' was not in force at the last review"],
  ] as const)('from the %s case, a %s on %s: "%s"', (from, kind, restrictionId, why) => {
    expect(refused(from, kind, restrictionId)).toEqual({
      code: 'NOTICE_NOT_APPLICABLE',
      message: `No '${kind}' notice can be drawn from this case: ${why}.`,
      issues: [{ path: 'options.restrictionId', message: why }],
    });
  });

  it('TEP-10: a restriction imposed after the last review was not reviewed, so no review letter tells it', () => {
    const { state } = (LETTERS['review-outcome.before-a-new-restriction'] as () => Letter)();
    expect(
      refusal(noticeContent(state, 'review-outcome', TEP, { restrictionId: 'r-2' }), 'NOTICE_NOT_APPLICABLE')
        .issues,
    ).toEqual([
      { path: 'options.restrictionId', message: "restriction 'r-2' was not in force at the last review" },
    ]);
  });

  it('a written warning letter needs a warning issued: a case before one has none to tell', () => {
    expect(
      refusal(noticeContent(caseAfter(LADDER.slice(0, 4)), 'written-warning', TEP), 'NOTICE_NOT_APPLICABLE'),
    ).toEqual({
      code: 'NOTICE_NOT_APPLICABLE',
      message:
        "No 'written-warning' notice can be drawn from this case: no written warning has been issued on the case.",
      issues: [{ path: 'kind', message: 'no written warning has been issued on the case' }],
    });
  });
});
