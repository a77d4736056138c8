import type { CaseEventType } from '../case/events.js';
import type { ObligationKind } from '../case/obligations.js';
import { deepFreeze } from '../shared/freeze.js';
import type { ErrorCode } from '../shared/result.js';

/**
 * How serious an audit finding is. A library default, not a source's: the sources say what must
 * be done, not how grave each failure to do it is. The words below are the ones a finding quotes.
 */

/** `'note'` < `'concern'` < `'maladministration-risk'`. */
export type FindingSeverity = 'note' | 'concern' | 'maladministration-risk';

/**
 * The three severities, least grave first, each with the sentence an officer can quote for it.
 *
 * @example
 * AUDIT_SEVERITIES[2].severity // => 'maladministration-risk'
 */
export const AUDIT_SEVERITIES = deepFreeze([
  {
    severity: 'note',
    words:
      'Library default: a note is a departure in the record rather than in the treatment of the customer (an event out of order, a step recorded under the wrong stage, a letter sent late but sent, an appeal heard out of time in the customer’s favour).',
  },
  {
    severity: 'concern',
    words:
      'Library default: a concern is something owed that was done late or not at all, or a step taken without what the policy asks before it, that did not by itself take away the customer’s protections (a decision or letter late or never sent, a SPOC handover never told, a restriction enforced after its last day).',
  },
  {
    severity: 'maladministration-risk',
    words:
      'Library default: a maladministration risk is a failure the Housing Ombudsman has found to be maladministration, or that removes a protection the policy gives: contact restricted or formal action taken without a current equality impact assessment, without the written warning, without evidence, or with measures found disproportionate; a restriction never reviewed when due; legal steps taken out of order; an appeal decided by whoever imposed the restriction; a reported member of staff acting on or contacting the resident; an excluded report (an emergency, safeguarding, domestic abuse) refused.',
  },
] as const);

/** The refusal codes whose departure is a maladministration risk whatever the step. */
const GRAVE_CODES: readonly ErrorCode[] = [
  'EIA_REQUIRED',
  'WARNING_REQUIRED',
  'EVIDENCE_REQUIRED',
  'DISPROPORTIONATE_MEASURE',
  'LEGAL_STEP_OUT_OF_ORDER',
  'PROTECTION_IN_FORCE',
];

/** The refusal codes whose departure is in the record rather than the treatment. */
const RECORD_CODES: readonly ErrorCode[] = [
  'EVENT_OUT_OF_ORDER',
  'INVALID_TRANSITION',
  'POLICY_NOT_IN_EFFECT',
  'DATE_OUT_OF_RANGE',
  'NOTICE_CHANNEL_NOT_ALLOWED',
  'SERVICE_REQUIRED',
  'RECEIVED_ON_REQUIRED',
  // Heard though out of time: in the customer's favour.
  'APPEAL_OUT_OF_TIME',
];

/** NF-4: deciding a challenge to one's own decision; a SPOC overseeing themselves is a concern. */
const DECISIONS_ON_CHALLENGE: readonly CaseEventType[] = ['appeal-decided', 'reconsideration-decided'];

/**
 * The severity of a step the strict machine refuses, by its refusal code and the event's type.
 *
 * @example
 * refusalSeverity('EIA_REQUIRED', 'restriction-imposed') // => 'maladministration-risk'
 * refusalSeverity('DECIDER_NOT_INDEPENDENT', 'spoc-oversight-reviewed') // => 'concern'
 * refusalSeverity('EVENT_OUT_OF_ORDER', 'case-reviewed') // => 'note'
 */
export function refusalSeverity(code: ErrorCode, type: CaseEventType): FindingSeverity {
  if (GRAVE_CODES.includes(code)) return 'maladministration-risk';
  if (code === 'DECIDER_NOT_INDEPENDENT') {
    return DECISIONS_ON_CHALLENGE.includes(type) ? 'maladministration-risk' : 'concern';
  }
  return RECORD_CODES.includes(code) ? 'note' : 'concern';
}

/** Letters and notices: sent late is a note, never sent a concern. Each is owed for one decision, on its day. */
export const LETTERS: readonly ObligationKind[] = [
  'review-outcome-letter',
  'spoc-change-notice',
  'variation-letter',
  'lift-letter',
  'appeal-outcome-letter',
  'reconsideration-outcome-letter',
  'teams-to-inform',
];

/** Reviews that keep a restriction lawful: late is a concern, never done a maladministration risk. */
const REVIEWS: readonly ObligationKind[] = ['case-review', 'eia-review', 'vary-or-lift'];

/**
 * The severity of something owed (an obligation) met late, or never met by the audit's date.
 *
 * @example
 * obligationSeverity('case-review', 'never', 'r-1') // => 'maladministration-risk'
 * obligationSeverity('eia-review', 'never') // => 'concern' (no restriction rests on it)
 * obligationSeverity('appeal-decision', 'late') // => 'concern'
 * obligationSeverity('lift-letter', 'late') // => 'note'
 */
export function obligationSeverity(
  kind: ObligationKind,
  when: 'late' | 'never',
  restrictionId?: string,
): FindingSeverity {
  if (kind === 'marker-review' || kind === 'marker-removal') return 'note';
  if (LETTERS.includes(kind)) return when === 'late' ? 'note' : 'concern';
  // An EIA gone stale on a case with no restriction is a concern; under a restriction, the restriction has no current EIA.
  if (kind === 'eia-review' && restrictionId === undefined) return 'concern';
  if (REVIEWS.includes(kind)) return when === 'late' ? 'concern' : 'maladministration-risk';
  return 'concern';
}

/** The sentence a finding of this severity quotes. */
export const severityWords = (severity: FindingSeverity): string =>
  (AUDIT_SEVERITIES.find((entry) => entry.severity === severity) as { words: string }).words;
