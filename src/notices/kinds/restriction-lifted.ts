import type { DecisionRecord } from '../../case/state.js';
import { ok } from '../../shared/result.js';
import { dating, element, type NoticeKindRules } from '../kind.js';
import { TEP_10 } from '../sentences.js';
import { isRefusal, pickRestriction, recordedLetterDate, sentLetterDate } from './shared.js';

/**
 * The restriction is lifted (TEP-10 "removed"), by a review, an appeal or reconsideration upheld,
 * or a decision to lift: the customer is written to with the outcome.
 */

const HOW_LIFTED: Partial<Record<DecisionRecord['type'], string>> = {
  'restriction-lifted': 'We have decided to lift the limits on how you can contact us.',
  'case-reviewed': 'We reviewed your case and decided to lift the limits on how you can contact us.',
  'appeal-decided': 'Your appeal succeeded, so we have lifted the limits on how you can contact us.',
  'reconsideration-decided':
    'We thought again, as you asked, and have lifted the limits on how you can contact us.',
};

export const restrictionLifted: NoticeKindRules = {
  kind: 'restriction-lifted',
  title: 'The limits on your contact are lifted',
  requires: [
    { element: 'decision-and-reasons', rule: 'TEP-10', sentence: TEP_10 },
    // The day it ended, the "removed" of TEP 10: the last day it applied.
    { element: 'last-day-in-force', rule: 'TEP-10', sentence: TEP_10 },
  ],
  compose(context) {
    const { state } = context;
    const restriction = pickRestriction(
      context,
      'restriction-lifted',
      (r) => r.liftedAt !== undefined,
      (r) => r.liftedAt ?? '',
      'lifted',
    );
    if (isRefusal(restriction)) return { ok: false, error: restriction };
    const liftedMs = Date.parse(restriction.liftedAt as string);
    const record = [...state.decisions]
      .reverse()
      .find((d) => Date.parse(d.at) === liftedMs && d.type in HOW_LIFTED);
    const liftedOn = restriction.liftedOn as string;
    return ok({
      subject: restriction.id,
      date: sentLetterDate(context, 'restriction-lifted', restriction.liftedAt as string, liftedOn),
      dating: dating(
        liftedOn,
        recordedLetterDate(context, 'restriction-lifted', restriction.liftedAt as string),
      ),
      elements: [
        element(
          'decision-and-reasons',
          [
            HOW_LIFTED[record?.type ?? 'restriction-lifted'] as string,
            'You can contact us in the usual way again.',
          ],
          'TEP-10',
        ),
        element('last-day-in-force', liftedOn, 'TEP-10'),
      ],
      reasons: record?.reasons ?? [],
      facts: { restrictionRemains: false },
    });
  },
};
