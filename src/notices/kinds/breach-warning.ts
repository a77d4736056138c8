import { describeDate } from '../../calendar/zone.js';
import { ok } from '../../shared/result.js';
import {
  adjustmentsOffer,
  alwaysReportableElement,
  dayOf,
  evidenceElement,
  lastDecision,
  measuresElement,
} from '../elements.js';
import { dating, element, type NoticeKindRules, notApplicable, when } from '../kind.js';
import { TEP_7 } from '../sentences.js';

/**
 * The warning letter when restrictions are ignored (TEP-8): it advises the customer to stop
 * ignoring them, reminds them of the arrangements, and warns of the action that may follow.
 */

const TEP_8_LETTER =
  'TEP 8: "If the customer continues to disregard contact restrictions and/or acts unreasonably, a warning letter should be sent which advises the customer to refrain from ignoring our restrictions and warns of the potential action we may take if they continue to disregard contact restrictions and/or act unreasonably."';
const TEP_8_STEPS =
  'TEP 8: "the SPOC or colleague responsible should seek legal advice about the next steps which may include formal action such as: Issuing a legal warning letter. Consider potential injunction proceedings ... Consider applying for a civil restraint order ... to begin possession proceeding by issuing a Notice of Seeking Possession."';

export const breachWarning: NoticeKindRules = {
  kind: 'breach-warning',
  title: 'Warning: please keep to the limits on your contact',
  requires: [
    { element: 'behaviour-and-evidence', rule: 'TEP-8', sentence: TEP_8_LETTER },
    { element: 'decision-and-reasons', rule: 'TEP-8', sentence: TEP_8_LETTER },
    // "refrain from ignoring our restrictions": the letter says what they are.
    { element: 'measures', rule: 'TEP-8', sentence: TEP_8_LETTER, when: when.restrictionRemains },
    { element: 'what-happens-next', rule: 'TEP-8', sentence: TEP_8_STEPS },
    { element: 'always-reportable', rule: 'TEP-7', sentence: TEP_7 },
  ],
  compose(context) {
    const { state, policy } = context;
    const warning = state.breachWarnings.at(-1);
    if (warning === undefined) {
      return {
        ok: false,
        error: notApplicable('breach-warning', 'no breach warning has been issued on the case'),
      };
    }
    const warnedMs = Date.parse(warning.at);
    const breaches = state.breaches.filter((breach) => Date.parse(breach.at) <= warnedMs);
    const restrictionId = context.restrictionId ?? breaches.at(-1)?.restrictionId;
    const restriction = state.restrictions.find((r) => r.id === restrictionId);
    if (context.restrictionId !== undefined && restriction === undefined) {
      return {
        ok: false,
        error: notApplicable(
          'breach-warning',
          `the case holds no restriction '${context.restrictionId}'`,
          'options.restrictionId',
        ),
      };
    }
    const incidents = evidenceElement(
      state,
      breaches.flatMap((breach) => (breach.incidentId === undefined ? [] : [breach.incidentId])),
      policy,
      'TEP-8',
    );
    const lines = [
      ...breaches.map(
        (breach) =>
          `${describeDate(dayOf(breach.at, policy))}: you contacted us in a way the limits on your contact do not allow.`,
      ),
      ...(incidents.value as string[]),
    ];
    const remains = restriction !== undefined && restriction.liftedAt === undefined;
    return ok({
      ...(restriction === undefined ? {} : { subject: restriction.id }),
      date: context.date ?? warning.letterDate,
      // The warning is given by its letter: the letter's date is the decision's.
      dating: dating(warning.letterDate, warning.letterDate),
      elements: [
        element('behaviour-and-evidence', lines, 'TEP-8'),
        element(
          'decision-and-reasons',
          [
            'You have not kept to the limits we set on how you can contact us.',
            'Please stop ignoring them. They are set out again below.',
          ],
          'TEP-8',
        ),
        ...(remains ? [{ ...measuresElement(restriction, state, policy), rule: 'TEP-8' as const }] : []),
        element(
          'what-happens-next',
          [
            'If you keep ignoring the limits, we will take legal advice.',
            'We may then send you a legal warning letter, or apply to court for an injunction or a civil restraint order.',
            'If these do not work, we may start possession proceedings by serving a Notice of Seeking Possession. This could mean you lose your home.',
          ],
          'TEP-8',
        ),
        alwaysReportableElement(policy),
        adjustmentsOffer(state),
      ],
      reasons: lastDecision(state, ['breach-warning-issued'])?.reasons ?? [],
      facts: { hasSpoc: state.spoc !== undefined, restrictionRemains: remains },
    });
  },
};
