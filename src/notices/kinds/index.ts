import type { NoticeKindRules } from '../kind.js';
import type { NoticeKind } from '../schema.js';
import { appealOutcome } from './appeal-outcome.js';
import { breachWarning } from './breach-warning.js';
import { reconsiderationOutcome } from './reconsideration-outcome.js';
import { restrictionDecision } from './restriction-decision.js';
import { restrictionLifted } from './restriction-lifted.js';
import { restrictionVariation } from './restriction-variation.js';
import { reviewOutcome } from './review-outcome.js';
import { spocChange } from './spoc-change.js';
import { writtenWarning } from './written-warning.js';

/** Every kind of letter, by its name: one file each, its required elements beside their sentences. */
export const NOTICE_KINDS: Readonly<Record<NoticeKind, NoticeKindRules>> = {
  'written-warning': writtenWarning,
  'restriction-decision': restrictionDecision,
  'restriction-variation': restrictionVariation,
  'review-outcome': reviewOutcome,
  'appeal-outcome': appealOutcome,
  'reconsideration-outcome': reconsiderationOutcome,
  'breach-warning': breachWarning,
  'spoc-change': spocChange,
  'restriction-lifted': restrictionLifted,
};
