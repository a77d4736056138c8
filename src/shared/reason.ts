import { z } from 'zod';
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

const RULE_IDS = Object.keys(RULES) as [RuleId, ...RuleId[]];

/**
 * A reason as every decision gives it and a case stores it: `{ rule, text, citation: { document,
 * section } }`, the rule ID from the rulebook (`RULES`).
 *
 * @example
 * ReasonSchema.safeParse(reason('NF-5', 'The day of the letter is not counted.')).success // => true
 */
export const ReasonSchema = z.strictObject({
  rule: z.enum(RULE_IDS),
  text: z.string(),
  citation: z.strictObject({ document: z.string(), section: z.string() }),
});
