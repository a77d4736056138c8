import { describeDate } from '../../calendar/zone.js';
import type { CaseState, RestrictionRecord } from '../../case/state.js';
import { statedWords } from '../../shared/describe.js';
import { ok } from '../../shared/result.js';
import {
  adjustmentsOffer,
  decidedBy,
  decidersOfRecord,
  evidenceElement,
  lastDecision,
  nominatedPersonOffer,
  reconsiderationElements,
} from '../elements.js';
import { dating, element, type NoticeKindRules, when } from '../kind.js';
import { NF_1, NF_8, TEP_5_2, TEP_7, TEP_10 } from '../sentences.js';
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
 * The decision to restrict contact (TEP-5.2, HO-6): the reasons, the arrangements, the SPOC, how
 * long it lasts, how to appeal, and what can always still be reported. It states the
 * restriction's current terms: after a variation, the variation's letter tells what changed.
 */

/** Why contact is restricted now, in the customer's terms: the warning, or why there was none (TEP-5.1, TEP-4.5). */
function whyNow(state: CaseState, restriction: RestrictionRecord): string {
  if (restriction.warningSkippedBecause !== undefined) {
    return `We have not sent you a written warning first, because the behaviour was so serious: ${statedWords(restriction.warningSkippedBecause)}.`;
  }
  const warning = state.writtenWarnings
    .filter((w) => Date.parse(w.at) <= Date.parse(restriction.imposedAt))
    .at(-1);
  return warning === undefined
    ? 'We have looked at what happened and decided this is needed.'
    : `We gave you a written warning on ${describeDate(warning.letterDate)}, and the behaviour continued.`;
}

/** The decision and its reasons, in short sentences (TEP-5.2 "the reasons for our decision"). */
export function decisionWords(state: CaseState, restriction: RestrictionRecord): string[] {
  const lines = [
    'We have decided to limit how you can contact us. This is because of your behaviour towards our staff, set out below.',
    whyNow(state, restriction),
  ];
  if (state.eia !== undefined) {
    lines.push(
      `Before deciding, we looked at your needs and circumstances (our equality assessment of ${describeDate(state.eia.completedOn)}).`,
    );
  }
  if (restriction.adjustments !== undefined && restriction.adjustments.length > 0) {
    lines.push(
      `To take account of your needs, we have made these changes: ${restriction.adjustments.join('; ')}.`,
    );
  }
  if (restriction.justification !== undefined)
    lines.push(`We have decided this is still fair because ${statedWords(restriction.justification)}.`);
  if (restriction.lengthJustification !== undefined && restriction.months !== null) {
    lines.push(
      `The arrangements last ${restriction.months} months because ${restriction.lengthJustification}.`,
    );
  }
  return lines;
}

export const restrictionDecision: NoticeKindRules = {
  kind: 'restriction-decision',
  title: 'Decision to restrict contact',
  requires: [
    // NF-1: the incidents it rests on; TEP-5.2: "the reasons for our decision".
    { element: 'behaviour-and-evidence', rule: 'NF-1', sentence: NF_1 },
    { element: 'decision-and-reasons', rule: 'TEP-5.2', sentence: TEP_5_2 },
    // TEP-5.2: "the details of the restricted contact arrangements".
    { element: 'measures', rule: 'TEP-5.2', sentence: TEP_5_2 },
    // TEP-5.2: "including details of the SPOC"; TEP 6: a SPOC "would (but not in all cases)" be named.
    { element: 'spoc', rule: 'TEP-5.2', sentence: TEP_5_2, when: when.hasSpoc },
    // TEP-5.2: "the length of time that the restriction will be in place".
    { element: 'starts-on', rule: 'TEP-5.2', sentence: TEP_5_2 },
    { element: 'last-day-in-force', rule: 'TEP-5.2', sentence: TEP_5_2 },
    { element: 'next-review', rule: 'TEP-10', sentence: TEP_10 },
    // TEP-11.2, HO-6 while it can be appealed; TEP-11.3 once final.
    ...APPEAL_REQUIREMENTS,
    { element: 'always-reportable', rule: 'TEP-7', sentence: TEP_7 },
    ...OFFER_REQUIREMENTS,
    { element: 'decided-by', rule: 'NF-8', sentence: NF_8 },
  ],
  compose(context) {
    const { state, policy } = context;
    const restriction = pickRestriction(
      context,
      'restriction-decision',
      () => true,
      (r) => r.imposedAt,
      'imposed',
    );
    if (isRefusal(restriction)) return { ok: false, error: restriction };
    const record = lastDecision(state, ['restriction-imposed'], restriction.id);
    return ok({
      subject: restriction.id,
      date: letterDate(context, restriction.decisionLetterDate),
      // TEP-11.2: the appeal window counts from the decision letter's date, so it is the only date it may bear.
      // The decision is made by its letter (decisionDatesHold): its date is the decision's day.
      dating: dating(restriction.decisionLetterDate, restriction.decisionLetterDate, true),
      elements: [
        evidenceElement(state, restriction.evidence, policy),
        element('decision-and-reasons', decisionWords(state, restriction), 'TEP-5.2'),
        ...termsOf(context, restriction, true),
        ...appealOf(context, restriction),
        ...reconsiderationElements(policy),
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
