import type { RestrictionRecord } from '../../case/state.js';
import type { NoticeElement } from '../schema.js';

/**
 * TEP-10, TEP-11.2: an appeal decided `'varied'`, or a review with outcome `'vary'`, changes the
 * arrangements by a later `restriction-varied`. Until that is recorded, the letter telling the
 * decision cannot set out the new arrangements: it says they follow in writing once made, and
 * gives the present ones as what still applies until then, never as the new ones.
 */

/**
 * Whether the restriction was varied on or after the decision made at `decidedAt`: a variation
 * recorded at the decision's own instant carries it out (as `obligations` counts it).
 */
export const variedSince = (restriction: RestrictionRecord, decidedAt: string): boolean =>
  restriction.variedAt !== undefined && Date.parse(restriction.variedAt) >= Date.parse(decidedAt);

/** The sentence telling the customer the changed arrangements follow in writing. */
export const CHANGES_TO_FOLLOW =
  'We will write to you with the changed arrangements once they are made. Until then, the arrangements below still apply.';

/** The terms, with the measures introduced as the ones that still apply until the change is made. */
export function stillApplying(terms: readonly NoticeElement[]): NoticeElement[] {
  return terms.map((each) =>
    each.id === 'measures' && Array.isArray(each.value)
      ? { ...each, value: ['Until the changed arrangements are made, these still apply:', ...each.value] }
      : each,
  );
}
