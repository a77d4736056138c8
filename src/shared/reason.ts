import { RULES, type RuleId } from './rules.js';

/** Where a person reads the source of a decision: the document's own name and heading. */
export interface Citation {
  readonly document: string;
  readonly section: string;
}

/** Why: the rule that applied, one plain-English sentence, and where to read the rule. */
export interface Reason {
  readonly rule: RuleId;
  readonly text: string;
  readonly citation: Citation;
}

/**
 * Builds a reason citing the rule's own source document and heading.
 *
 * @example
 * reason('NF-5', 'The day of the decision letter is not counted.')
 * // => { rule: 'NF-5', text: 'The day of the decision letter is not counted.',
 * //      citation: { document: 'Civil Procedure Rules', section: 'Rule 2.8: Time (clear days)' } }
 */
export function reason(rule: RuleId, text: string, citation: Citation = RULES[rule]): Reason {
  return { rule, text, citation: { document: citation.document, section: citation.section } };
}
