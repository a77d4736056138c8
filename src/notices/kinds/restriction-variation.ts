import { latestDate } from '../../case/facts.js';
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
  appealOf,
  appealOpenFor,
  isRefusal,
  letterDate,
  OFFER_REQUIREMENTS,
  pickRestriction,
  termsOf,
} from './shared.js';

/**
 * A change to a restriction's terms (TEP-9, TEP-10 "adjusted"): the new arrangements, how long
 * they last, the next review, and whether the change can be appealed: a variation that carries
 * out a decided appeal opens no new appeal (TEP-11.3).
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
        ...appealOf(context, restriction),
        adjustmentsOffer(state),
        nominatedPersonOffer(),
        decidedBy(record === undefined ? restriction.decidedBy : decidersOfRecord(record)),
      ],
      reasons: record?.reasons ?? [],
      facts: {
        hasSpoc: state.spoc !== undefined,
        appealOpen: appealOpenFor(context, restriction),
        restrictionRemains: true,
      },
    });
  },
};
