import { ok } from '../../shared/result.js';
import { decidedBy, decidersOfRecord, lastDecision, ombudsmanSignpost } from '../elements.js';
import { dating, element, type NoticeKindRules } from '../kind.js';
import { measuresWords } from '../measures.js';
import { TEP_11_3 } from '../sentences.js';
import { challengeFacts, decidedChallenge, isFailure, OUTCOME_WORDS, remainsAfter } from './challenge.js';
import { CHANGES_TO_FOLLOW, stillApplying, variedSince } from './pending-variation.js';
import { REMAINING_TERMS_REQUIREMENTS, recordedLetterDate, sentLetterDate, termsOf } from './shared.js';

/**
 * The outcome of an appeal (TEP-11.2, TEP-11.3): a letter with a fact sheet, the decision of
 * someone not involved in the decision appealed (NF-4), final, with the Housing Ombudsman
 * signposted.
 */

const TEP_11_2_OUTCOME =
  'TEP 11: "the outcome of the appeal will be advised within 28 days of when the appeal is received. On appeal, a fact sheet with an accompanying letter must be sent to the customer."';
const NF_4 =
  'NF-4: "An appeal is decided by a senior person who was not involved in the decision under appeal."';

/** The outcome when the restriction was lifted at the decision's own instant. */
const LIFTED_AT_ONCE =
  'We have lifted the limits on how you can contact us. You can contact us in the usual way again.';

export const appealOutcome: NoticeKindRules = {
  kind: 'appeal-outcome',
  title: 'The outcome of your appeal',
  requires: [
    { element: 'decision-and-reasons', rule: 'TEP-11.2', sentence: TEP_11_2_OUTCOME },
    { element: 'fact-sheet', rule: 'TEP-11.2', sentence: TEP_11_2_OUTCOME },
    { element: 'decided-by', rule: 'NF-4', sentence: NF_4 },
    { element: 'ombudsman-signpost', rule: 'TEP-11.3', sentence: TEP_11_3 },
    ...REMAINING_TERMS_REQUIREMENTS,
  ],
  compose(context) {
    const { state, policy } = context;
    const decided = decidedChallenge(context, 'appeal-outcome', state.appeals, 'appeal');
    if (isFailure(decided)) return { ok: false, error: decided };
    const { challenge, restriction, decidedOn } = decided;
    const outcome = challenge.outcome ?? 'dismissed';
    const remains = remainsAfter(decided);
    const record = lastDecision(state, ['appeal-decided'], restriction.id);
    const due = context.deadlines.appeals.find(
      (a) => a.restrictionId === challenge.restrictionId && a.receivedOn === challenge.receivedOn,
    );
    const terms = measuresWords(restriction.measures, state.spoc, policy.timeZone);
    // TEP-11.2: a varied appeal's new arrangements are those of the variation carrying it out;
    // before it is recorded, the letter says they follow, and never gives the old ones as new.
    // TEP-11.2: a restriction lifted at the decision's own instant is told as lifted, never as
    // arrangements to follow or set out below (as the review outcome letter tells it).
    const liftedAtOnce =
      outcome !== 'upheld' &&
      restriction.liftedAt !== undefined &&
      Date.parse(restriction.liftedAt) === Date.parse(challenge.decidedAt as string);
    const toFollow =
      outcome === 'varied' && !liftedAtOnce && !variedSince(restriction, challenge.decidedAt as string);
    const words = liftedAtOnce
      ? ['We have decided your appeal.', LIFTED_AT_ONCE]
      : toFollow
        ? [
            'We have decided your appeal.',
            'We have decided to change the limits on how you can contact us.',
            CHANGES_TO_FOLLOW,
          ]
        : ['We have decided your appeal.', OUTCOME_WORDS[outcome]];
    const remaining = remains ? termsOf(context, restriction) : [];
    return ok({
      subject: restriction.id,
      date: sentLetterDate(context, 'appeal-decided', challenge.decidedAt as string, decidedOn),
      dating: dating(decidedOn, recordedLetterDate(context, 'appeal-decided', challenge.decidedAt as string)),
      elements: [
        element('decision-and-reasons', words, 'TEP-11.2'),
        element(
          'fact-sheet',
          [
            ...challengeFacts(decided, due?.decisionDue ?? null),
            `The outcome: your appeal was ${outcome}.`,
            ...(remains
              ? [
                  toFollow
                    ? `The arrangements until the change is made: ${terms.join(' ')}`
                    : `The arrangements now: ${terms.join(' ')}`,
                ]
              : []),
          ],
          'TEP-11.2',
        ),
        {
          ...decidedBy(record === undefined ? [challenge.decidedBy ?? ''] : decidersOfRecord(record)),
          rule: 'NF-4' as const,
        },
        ombudsmanSignpost(),
        ...(toFollow ? stillApplying(remaining) : remaining),
      ],
      reasons: record?.reasons ?? [],
      facts: { hasSpoc: state.spoc !== undefined, appealOpen: false, restrictionRemains: remains },
    });
  },
};
