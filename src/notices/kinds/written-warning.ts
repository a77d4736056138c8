import { describeDate } from '../../calendar/zone.js';
import { ok } from '../../shared/result.js';
import {
  adjustmentsOffer,
  alwaysReportableElement,
  evidenceElement,
  lastDecision,
  nominatedPersonOffer,
} from '../elements.js';
import { dating, element, type NoticeKindRules, notApplicable } from '../kind.js';
import { NF_3, SH_3 } from '../sentences.js';
import { letterDate } from './shared.js';

/** The formal written warning (TEP-4.4, HO-5): what it must say, beside the sentences that require it. */

const TEP_4_4 =
  'TEP 4: "Should such behaviour continue, a formal written warning may be sent and placed on the customer’s file. If the behaviour persists after a formal warning, we will fully assess the way in which we communicate with the customer and take steps, as outlined in this procedure, to manage our interaction with the customer."';
const HO_5 =
  'HO "Actions we may take": "Warning the customer about their behaviour and requesting that the customer modifies their behaviour in future contact with us."';

export const writtenWarning: NoticeKindRules = {
  kind: 'written-warning',
  title: 'Formal written warning',
  requires: [
    { element: 'behaviour-and-evidence', rule: 'HO-5', sentence: HO_5 },
    { element: 'decision-and-reasons', rule: 'TEP-4.4', sentence: TEP_4_4 },
    { element: 'what-happens-next', rule: 'TEP-4.4', sentence: TEP_4_4 },
    { element: 'always-reportable', rule: 'NF-3', sentence: NF_3 },
    { element: 'adjustments-offer', rule: 'SH-3', sentence: SH_3 },
    { element: 'nominated-person-offer', rule: 'SH-3', sentence: SH_3 },
  ],
  compose(context) {
    const { state, policy } = context;
    const warning = state.writtenWarnings.at(-1);
    if (warning === undefined) {
      return {
        ok: false,
        error: notApplicable('written-warning', 'no written warning has been issued on the case'),
      };
    }
    const record = lastDecision(state, ['written-warning-issued']);
    const form =
      warning.form === 'recorded-phone-call'
        ? `We gave you this warning by telephone on ${describeDate(warning.letterDate)}, and we have recorded it.`
        : undefined;
    return ok({
      date: letterDate(context, warning.letterDate),
      // The warning is given by its letter: the letter's date is the decision's.
      dating: dating(warning.letterDate, warning.letterDate),
      elements: [
        evidenceElement(state, record?.evidence ?? [], policy, 'HO-5'),
        element(
          'decision-and-reasons',
          [
            'This is a formal written warning about your behaviour towards our staff.',
            'We will keep this warning on your file.',
            'Please change the way you deal with us from now on.',
            ...(form === undefined ? [] : [form]),
          ],
          'TEP-4.4',
        ),
        element(
          'what-happens-next',
          'If the behaviour continues, we may limit how you can contact us. We would write to you first to explain why and how.',
          'TEP-4.4',
        ),
        alwaysReportableElement(policy, true),
        adjustmentsOffer(state),
        nominatedPersonOffer(),
      ],
      reasons: record?.reasons ?? [],
      facts: {},
    });
  },
};
