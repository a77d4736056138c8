import { describeDate } from '../../calendar/zone.js';
import { latestDate } from '../../case/facts.js';
import { reason } from '../../shared/reason.js';
import { ok } from '../../shared/result.js';
import {
  adjustmentsOffer,
  dayOf,
  decidedBy,
  decidersOfRecord,
  lastDecision,
  nominatedPersonOffer,
} from '../elements.js';
import { dating, element, type NoticeKindRules, when } from '../kind.js';
import { NF_8, TEP_5_2, TEP_7, TEP_10 } from '../sentences.js';
import {
  APPEAL_REQUIREMENTS,
  appealLapsedBy,
  appealOf,
  appealOpenFor,
  datesOf,
  isRefusal,
  letterDate,
  OFFER_REQUIREMENTS,
  pickRestriction,
  termsOf,
} from './shared.js';

/**
 * A change to a restriction's terms (TEP-9, TEP-10 "adjusted"): the new arrangements, how long
 * they last, the next review, and whether the change can be appealed: a variation that carries
 * out a decided appeal opens no new appeal (TEP-11.3); one with no new decision letter opens none
 * either, and once the old letter's time to appeal has passed the letter says so (TEP-11.2).
 */

const TEP_9 =
  'TEP 9: "It is important that the customer is kept updated about decisions and changes made when following this procedure."';

export const restrictionVariation: NoticeKindRules = {
  kind: 'restriction-variation',
  title: 'Change to the limits on your contact',
  requires: [
    { element: 'decision-and-reasons', rule: 'TEP-9', sentence: TEP_9 },
    // The changed arrangements are the restriction's arrangements: TEP-5.2 applies to them again.
    { element: 'measures', rule: 'TEP-5.2', sentence: TEP_5_2 },
    { element: 'spoc', rule: 'TEP-5.2', sentence: TEP_5_2, when: when.hasSpoc },
    { element: 'last-day-in-force', rule: 'TEP-5.2', sentence: TEP_5_2 },
    { element: 'next-review', rule: 'TEP-10', sentence: TEP_10 },
    // A variation carrying out a decided appeal opens no new appeal (TEP-11.3).
    ...APPEAL_REQUIREMENTS,
    { element: 'always-reportable', rule: 'TEP-7', sentence: TEP_7 },
    ...OFFER_REQUIREMENTS,
    { element: 'decided-by', rule: 'NF-8', sentence: NF_8 },
  ],
  compose(context) {
    const { state, policy } = context;
    const restriction = pickRestriction(
      context,
      'restriction-variation',
      (r) => r.variedAt !== undefined,
      (r) => r.variedAt ?? '',
      'varied',
    );
    if (isRefusal(restriction)) return { ok: false, error: restriction };
    const variedOn = dayOf(restriction.variedAt as string, policy);
    // A variation with a new letter records its date; one without is told the day it was made.
    const recorded = latestDate([restriction.decisionLetterDate, variedOn]) as string;
    const record = lastDecision(state, ['restriction-varied'], restriction.id);
    const lapsed = appealLapsedBy(context, restriction, variedOn);
    return ok({
      subject: restriction.id,
      date: letterDate(context, recorded),
      // TEP-11.2: a variation with a new decision letter opens an appeal counted from that letter's date.
      dating: dating(
        variedOn,
        restriction.decisionLetterDate >= variedOn ? restriction.decisionLetterDate : undefined,
        restriction.decisionLetterDate >= variedOn,
      ),
      elements: [
        element(
          'decision-and-reasons',
          [
            'We have changed the limits on how you can contact us.',
            'The arrangements below replace the ones we told you about before.',
            ...(restriction.adjustments !== undefined && restriction.adjustments.length > 0
              ? [
                  `To take account of your needs, we have made these changes: ${restriction.adjustments.join('; ')}.`,
                ]
              : []),
            ...(restriction.lengthJustification === undefined || restriction.months === null
              ? []
              : [
                  `The arrangements last ${restriction.months} months because ${restriction.lengthJustification}.`,
                ]),
          ],
          'TEP-9',
        ),
        ...termsOf(context, restriction),
        // TEP-11.2: with no new letter the window still counts from the old one; once it has
        // passed by the day of the change, the letter says so (as `appeal-received` refuses).
        ...appealOf(context, restriction, variedOn),
        adjustmentsOffer(state),
        nominatedPersonOffer(),
        decidedBy(record === undefined ? restriction.decidedBy : decidersOfRecord(record)),
      ],
      reasons: lapsed
        ? [
            ...(record?.reasons ?? []),
            reason(
              'TEP-11.2',
              `The variation comes with no new decision letter, so the time to appeal still counts from the letter dated ${describeDate(restriction.decisionLetterDate)}: it ended on ${describeDate(datesOf(context, restriction).appealLastDay as string)}, before the variation, and an appeal now is out of time.`,
            ),
          ]
        : (record?.reasons ?? []),
      facts: {
        hasSpoc: state.spoc !== undefined,
        appealOpen: appealOpenFor(context, restriction, variedOn),
        appealLapsed: lapsed,
        restrictionRemains: true,
      },
    });
  },
};
