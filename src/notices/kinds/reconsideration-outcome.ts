import { ok } from '../../shared/result.js';
import { decidedBy, decidersOfRecord, lastDecision, ombudsmanSignpost } from '../elements.js';
import { dating, element, type NoticeKindRules } from '../kind.js';
import { TEP_11_1, TEP_11_3 } from '../sentences.js';
import { challengeFacts, decidedChallenge, isFailure, OUTCOME_WORDS, remainsAfter } from './challenge.js';
import { REMAINING_TERMS_REQUIREMENTS, recordedLetterDate, sentLetterDate, termsOf } from './shared.js';

/**
 * The outcome of a request to reconsider a restriction (TEP-11.1): a senior officer's decision,
 * final (TEP-11.3), with the Housing Ombudsman signposted.
 */

export const reconsiderationOutcome: NoticeKindRules = {
  kind: 'reconsideration-outcome',
  title: 'Our decision on your request to think again',
  requires: [
    { element: 'decision-and-reasons', rule: 'TEP-11.1', sentence: TEP_11_1 },
    { element: 'ombudsman-signpost', rule: 'TEP-11.3', sentence: TEP_11_3 },
    ...REMAINING_TERMS_REQUIREMENTS,
  ],
  compose(context) {
    const { state } = context;
    const decided = decidedChallenge(
      context,
      'reconsideration-outcome',
      state.reconsiderations,
      'request to reconsider',
    );
    if (isFailure(decided)) return { ok: false, error: decided };
    const { challenge, restriction, decidedOn } = decided;
    const remains = remainsAfter(decided);
    const record = lastDecision(state, ['reconsideration-decided'], restriction.id);
    const due = context.deadlines.reconsiderations.find(
      (r) => r.restrictionId === challenge.restrictionId && r.receivedOn === challenge.receivedOn,
    );
    return ok({
      subject: restriction.id,
      date: sentLetterDate(context, 'reconsideration-decided', challenge.decidedAt as string, decidedOn),
      dating: dating(
        decidedOn,
        recordedLetterDate(context, 'reconsideration-decided', challenge.decidedAt as string),
      ),
      elements: [
        element(
          'decision-and-reasons',
          [
            'You asked us to think again about the limits on how you can contact us. A senior officer has looked at your request.',
            OUTCOME_WORDS[challenge.outcome ?? 'dismissed'],
            ...challengeFacts(decided, due?.decisionDue ?? null),
          ],
          'TEP-11.1',
        ),
        {
          ...decidedBy(record === undefined ? [challenge.decidedBy ?? ''] : decidersOfRecord(record)),
          rule: 'TEP-11.1' as const,
        },
        ombudsmanSignpost(),
        ...(remains ? termsOf(context, restriction) : []),
      ],
      reasons: record?.reasons ?? [],
      facts: { hasSpoc: state.spoc !== undefined, appealOpen: false, restrictionRemains: remains },
    });
  },
};
