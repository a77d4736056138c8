import { ok } from '../../shared/result.js';
import { alwaysReportableElement, lastDecision } from '../elements.js';
import { dating, element, type NoticeKindRules, notApplicable } from '../kind.js';

/**
 * A change of single point of contact (TEP-6): the customer must be told, even of a temporary
 * change for a short period; a change of SPOC can be requested (SH-4).
 */

const TEP_6 =
  'TEP 6: "Where responsibility is temporarily transferred to another colleague, the customer must be informed of the change in SPOC, even if that is only for a short period of time."';
const SH_4 =
  'SH: "all involved staff would be supported throughout the process and a change of personnel can be requested if required."';

export const spocChange: NoticeKindRules = {
  kind: 'spoc-change',
  title: 'A new single point of contact',
  requires: [
    { element: 'spoc', rule: 'TEP-6', sentence: TEP_6 },
    { element: 'starts-on', rule: 'TEP-6', sentence: TEP_6 },
    { element: 'decision-and-reasons', rule: 'TEP-6', sentence: TEP_6 },
    { element: 'spoc-change-request', rule: 'SH-4', sentence: SH_4 },
  ],
  compose(context) {
    const { state, policy } = context;
    const spoc = state.spoc;
    if (spoc?.handover === undefined) {
      return {
        ok: false,
        error: notApplicable('spoc-change', 'the single point of contact has not been handed over'),
      };
    }
    return ok({
      subject: spoc.staffId,
      date: context.date ?? spoc.handover.customerInformedOn ?? spoc.handover.on,
      dating: dating(spoc.handover.on, spoc.handover.customerInformedOn),
      elements: [
        element(
          'decision-and-reasons',
          spoc.temporary
            ? 'Your single point of contact has changed for a short time. We will tell you when this changes again.'
            : 'Your single point of contact has changed.',
          'TEP-6',
        ),
        element(
          'spoc',
          `${spoc.name} is now your single point of contact. Please send all your enquiries and messages to them.`,
          'TEP-6',
        ),
        element('starts-on', spoc.handover.on, 'TEP-6'),
        element(
          'spoc-change-request',
          'If you would like a different single point of contact, you can ask us.',
          'SH-4',
        ),
        ...(state.restrictions.some((r) => r.liftedAt === undefined)
          ? [alwaysReportableElement(policy)]
          : []),
      ],
      reasons: lastDecision(state, ['spoc-handover'], spoc.staffId)?.reasons ?? [],
      facts: { hasSpoc: true },
    });
  },
};
