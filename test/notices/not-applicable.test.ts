// NOTICE_NOT_APPLICABLE, word for word: a letter the case has nothing to tell names what is missing,
// at `kind`, or at `options.restrictionId` for a restriction named that lacks it.
import { describe, expect, it } from 'vitest';
import { type Notice, noticeContent } from '../../src/index.js';
import { TEP } from '../case/fixtures.js';
import { refusal } from '../helpers.js';
import { scenario } from './cases.js';

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
});
