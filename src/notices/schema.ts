import { z } from 'zod';
import { CivilDateSchema } from '../shared/dates.js';
import { deepFreeze } from '../shared/freeze.js';
import type { Reason } from '../shared/reason.js';
import { ReasonSchema } from '../shared/reason.js';
import { RULES, type RuleId } from '../shared/rules.js';

/**
 * A notice as data (docs/notices.md): structured content for the landlord's own
 * template, each element with a stable id, a value from the case, and the rule that requires it.
 */

/**
 * Every kind of letter the policy requires.
 *
 * @example
 * NoticeKindSchema.options.length // => 9
 * NoticeKindSchema.safeParse('restriction-decision').success // => true
 */
export const NoticeKindSchema = z.enum([
  'written-warning',
  'restriction-decision',
  'restriction-variation',
  'review-outcome',
  'appeal-outcome',
  'reconsideration-outcome',
  'breach-warning',
  'spoc-change',
  'restriction-lifted',
]);
/** A kind of letter, e.g. `'restriction-decision'`. */
export type NoticeKind = z.infer<typeof NoticeKindSchema>;

/**
 * The element ids the library fills. Stable strings: new ones are added, none is ever renamed.
 *
 * @example
 * NOTICE_ELEMENT_IDS.includes('appeal-deadline') // => true
 */
export const NOTICE_ELEMENT_IDS = deepFreeze([
  'behaviour-and-evidence',
  'decision-and-reasons',
  'measures',
  'spoc',
  'starts-on',
  'last-day-in-force',
  'next-review',
  'appeal-deadline',
  'how-to-appeal',
  'reconsideration',
  'always-reportable',
  'adjustments-offer',
  'nominated-person-offer',
  'fact-sheet',
  'ombudsman-signpost',
  'what-happens-next',
  'decided-by',
  'spoc-change-request',
] as const);
/** An element id the library fills, e.g. `'measures'`. */
export type NoticeElementId = (typeof NOTICE_ELEMENT_IDS)[number];

const RULE_IDS = Object.keys(RULES) as [RuleId, ...RuleId[]];
const Id = z.string().min(1);

/**
 * An element's value: plain data. A sentence, a civil date (`'YYYY-MM-DD'`), a list of sentences,
 * or `null` where the case has nothing to state (an open-ended restriction's last day in force).
 *
 * @example
 * NoticeValueSchema.safeParse(['Contact us only in writing.']).success // => true
 * NoticeValueSchema.safeParse({ date: '2026-03-16' }).success // => false
 */
export const NoticeValueSchema = z.union([z.string(), z.array(z.string()), z.null()]);
/** A sentence, a civil date, a list of sentences, or `null`. */
export type NoticeValue = z.infer<typeof NoticeValueSchema>;

/**
 * One element of a notice: its stable id, its value, and the rule that requires it.
 *
 * @example
 * NoticeElementSchema.parse({ id: 'appeal-deadline', value: '2026-03-16', rule: 'TEP-11.2' }) // => the same object
 */
export const NoticeElementSchema = z.strictObject({
  id: Id,
  value: NoticeValueSchema,
  rule: z.enum(RULE_IDS),
});
/** One element of a notice: `{ id, value, rule }`. */
export interface NoticeElement {
  /** A stable id (`NOTICE_ELEMENT_IDS`), or the landlord's own for an element of their template. */
  readonly id: string;
  readonly value: NoticeValue;
  /** The rule that requires the element. */
  readonly rule: RuleId;
}

/**
 * A notice: what `noticeContent` answers, and what `validateNotice` and `renderNotice` take. A
 * notice drafted elsewhere may leave out `reasons` (read as none), `caseId`, `customerId` and
 * `subject`. Element ids are unique within a notice.
 *
 * @example
 * NoticeSchema.safeParse({ kind: 'restriction-lifted', date: '2026-09-02',
 *   elements: [{ id: 'decision-and-reasons', value: 'We have lifted the restriction.', rule: 'TEP-10' }] }).success // => true
 */
export const NoticeSchema = z
  .strictObject({
    kind: NoticeKindSchema,
    caseId: Id.optional(),
    customerId: Id.optional(),
    /** What the notice concerns: the restriction's id, or the new SPOC's staff id for a SPOC change. */
    subject: Id.optional(),
    /** The date on the letter. */
    date: CivilDateSchema,
    elements: z.array(NoticeElementSchema),
    reasons: z.array(ReasonSchema).default([]),
  })
  .check((ctx) => {
    const seen = new Set<string>();
    ctx.value.elements.forEach((element, index) => {
      if (seen.has(element.id)) {
        ctx.issues.push({
          code: 'custom',
          input: element.id,
          path: ['elements', index, 'id'],
          message: `expected each element once: '${element.id.slice(0, 60)}' appears earlier in the notice`,
        });
      }
      seen.add(element.id);
    });
  })
  .meta({
    description:
      'A notice: the content of a letter the policy requires, each element with the rule requiring it. Beyond the schema, the library checks that no element id appears twice.',
  });

/** A notice: `{ kind, caseId?, customerId?, subject?, date, elements, reasons }`. */
export interface Notice {
  readonly kind: NoticeKind;
  readonly caseId?: string;
  readonly customerId?: string;
  /** What the notice concerns: the restriction's id, or the new SPOC's staff id for a SPOC change. */
  readonly subject?: string;
  /** The date on the letter, `'YYYY-MM-DD'`. */
  readonly date: string;
  readonly elements: readonly NoticeElement[];
  /** Why each element is there, and the reasons of the decision the notice tells. */
  readonly reasons: readonly Reason[];
}

/** A notice as a caller may give it: `reasons` may be left out. */
export type NoticeInput = Omit<Notice, 'reasons'> & { readonly reasons?: readonly Reason[] };

/**
 * The options of `noticeContent`: which restriction the notice concerns (by default the one the
 * latest step of its kind concerns), and the date on the letter (by default the date the case
 * records for the decision's letter, else the day of the decision: never the clock).
 *
 * @example
 * NoticeOptionsSchema.parse({ restrictionId: 'r-1', date: '2026-03-02' }) // => the same object
 */
export const NoticeOptionsSchema = z.strictObject({
  restrictionId: Id.optional(),
  date: CivilDateSchema.optional(),
});
/** `{ restrictionId?, date? }`. */
export type NoticeOptions = z.input<typeof NoticeOptionsSchema>;

/**
 * How `renderNotice` writes a notice: plain text, Markdown, or HTML (every value escaped).
 *
 * @example
 * RenderOptionsSchema.parse({ format: 'html' }) // => { format: 'html' }
 */
export const RenderOptionsSchema = z.strictObject({ format: z.enum(['text', 'markdown', 'html']) });
/** `{ format: 'text' | 'markdown' | 'html' }`. */
export type RenderOptions = z.infer<typeof RenderOptionsSchema>;

/** One thing a drafted notice lacks or gets wrong: the element, the rule, and a sentence. */
export interface NoticeProblem {
  readonly element: string;
  readonly rule: RuleId;
  readonly message: string;
}

/** What `validateNotice` finds: required elements missing, and stated dates that disagree with the case. */
export interface NoticeCheck {
  readonly missing: readonly NoticeProblem[];
  readonly wrong: readonly NoticeProblem[];
}
