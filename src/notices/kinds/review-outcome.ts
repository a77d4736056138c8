import { describeDate } from '../../calendar/zone.js';
import { nextReviewDue } from '../../case/deadlines.js';
import type { RestrictionRecord } from '../../case/state.js';
import { ok } from '../../shared/result.js';
import { adjustmentsOffer, lastDecision, nominatedPersonOffer } from '../elements.js';
import { dating, element, type NoticeKindRules, notApplicable, when } from '../kind.js';
import type { NoticeElement } from '../schema.js';
import { SH_3, TEP_5_2, TEP_7, TEP_10 } from '../sentences.js';
import { CHANGES_TO_FOLLOW, stillApplying, variedSince } from './pending-variation.js';
import { termsOf } from './shared.js';

/**
 * The outcome of a case review (TEP-10): the measures remain, are adjusted, or are removed, and
 * the customer is written to in every instance. Where a restriction remains, its terms and next
 * review are told again.
 */

const TEP_2_4 =
  'TEP 2: "We will continually review the equality impact assessment because the customer’s health and personal circumstances may change at any given time. Reviews should be undertaken aligned to when the case is regularly reviewed every six months."';

const OUTCOME_WORDS = {
  continue: 'The limits on how you can contact us stay in place, as they are.',
  vary: 'We are going to change the limits on how you can contact us.',
  lift: 'We have removed the limits on how you can contact us. You can contact us in the usual way again.',
} as const;

/**
 * A restriction lifted at the review's own instant under another outcome: the letter tells what
 * happened, that it was lifted, never a change to follow (`obligations` owes none: it is not current).
 */
const LIFTED_AT_ONCE_WORDS = {
  continue: OUTCOME_WORDS.lift,
  vary: 'We have removed the limits on how you can contact us, rather than change them. You can contact us in the usual way again.',
} as const;

export const reviewOutcome: NoticeKindRules = {
  kind: 'review-outcome',
  title: 'The outcome of our review of your case',
  requires: [
    { element: 'decision-and-reasons', rule: 'TEP-10', sentence: TEP_10 },
    { element: 'measures', rule: 'TEP-5.2', sentence: TEP_5_2, when: when.restrictionRemains },
    { element: 'last-day-in-force', rule: 'TEP-5.2', sentence: TEP_5_2, when: when.restrictionRemains },
    { element: 'next-review', rule: 'TEP-10', sentence: TEP_10, when: when.restrictionRemains },
    { element: 'always-reportable', rule: 'TEP-7', sentence: TEP_7, when: when.restrictionRemains },
    // TEP-2.4: the EIA is reviewed with each case review; a change of circumstances triggers one.
    { element: 'adjustments-offer', rule: 'TEP-2.4', sentence: TEP_2_4 },
    { element: 'nominated-person-offer', rule: 'SH-3', sentence: SH_3 },
  ],
  compose(context) {
    const { state } = context;
    const review = state.reviews.at(-1);
    if (review === undefined) {
      return { ok: false, error: notApplicable('review-outcome', 'the case has not been reviewed') };
    }
    const reviewedMs = Date.parse(review.at);
    const reviewed = (r: RestrictionRecord): boolean =>
      Date.parse(r.imposedAt) <= reviewedMs &&
      (r.liftedAt === undefined || Date.parse(r.liftedAt) >= reviewedMs) &&
      (r.endsAt === null || Date.parse(r.endsAt) > reviewedMs);
    const named =
      context.restrictionId === undefined
        ? undefined
        : state.restrictions.find((r) => r.id === context.restrictionId);
    if (context.restrictionId !== undefined && (named === undefined || !reviewed(named))) {
      return {
        ok: false,
        error: notApplicable(
          'review-outcome',
          `restriction '${context.restrictionId}' was not in force at the last review`,
          'options.restrictionId',
        ),
      };
    }
    const restriction = named ?? state.restrictions.filter(reviewed).at(-1);
    const remains =
      restriction !== undefined &&
      review.outcome !== 'lift' &&
      (restriction.liftedAt === undefined || Date.parse(restriction.liftedAt) > reviewedMs);
    const adjustments = adjustmentsOffer(state);
    // TEP-10: the next review as it stood at the review told; a lift since then (which
    // `caseDeadlines` counts: no review is due once lifted) does not reach back into this letter.
    const nextReviewAsReviewed = (told: NoticeElement[], r: RestrictionRecord): NoticeElement[] =>
      r.liftedAt === undefined
        ? told
        : told.map((each) =>
            each.id === 'next-review'
              ? {
                  ...each,
                  value:
                    nextReviewDue(
                      r,
                      state.reviews
                        .filter((done) => Date.parse(done.at) <= reviewedMs)
                        .map((done) => done.on),
                      context.policy,
                    ) ?? null,
                }
              : each,
          );
    // TEP-10: a 'vary' outcome's changed arrangements are made by a later restriction-varied;
    // until then the letter says they follow in writing, and gives the present ones as still applying.
    const varied = restriction !== undefined && variedSince(restriction, review.at);
    const terms =
      remains && restriction !== undefined
        ? nextReviewAsReviewed(termsOf(context, restriction), restriction)
        : [];
    const liftedAtOnce = restriction !== undefined && review.outcome !== 'lift' && !remains;
    const vary =
      review.outcome !== 'vary' || liftedAtOnce
        ? []
        : varied
          ? ['We have made the change: the new arrangements are set out below.']
          : remains
            ? [CHANGES_TO_FOLLOW]
            : [];
    return ok({
      ...(restriction === undefined ? {} : { subject: restriction.id }),
      date: context.date ?? review.letterDate ?? review.on,
      dating: dating(review.on, review.letterDate),
      elements: [
        element(
          'decision-and-reasons',
          [
            `We reviewed your case on ${describeDate(review.on)}.`,
            review.outcome !== 'lift' && liftedAtOnce
              ? LIFTED_AT_ONCE_WORDS[review.outcome]
              : OUTCOME_WORDS[review.outcome],
            ...vary,
          ],
          'TEP-10',
        ),
        ...(review.outcome === 'vary' && !varied ? stillApplying(terms) : terms),
        { ...adjustments, rule: 'TEP-2.4' as const },
        nominatedPersonOffer(),
      ],
      reasons: lastDecision(state, ['case-reviewed'])?.reasons ?? [],
      facts: { hasSpoc: state.spoc !== undefined, restrictionRemains: remains },
    });
  },
};
