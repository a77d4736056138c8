import { readState, validateAll } from '../case/apply.js';
import { caseDeadlinesTrusted } from '../case/queries.js';
import type { CaseState } from '../case/state.js';
import { finalDecisionReasons } from '../deadlines/appeal.js';
import { type Policy, PolicySchema } from '../policy/schema.js';
import { policyReason, settingReason } from '../policy/settings.js';
import {
  fieldOf,
  onlyVersion,
  type PolicyInput,
  type PolicyVersions,
  presetOrGiven,
  readPolicy,
} from '../policy/versions.js';
import type { Reason } from '../shared/reason.js';
import { type Failure, ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import { type Composed, type LetterDating, type NoticeKindRules, requiredElements } from './kind.js';
import { NOTICE_KINDS } from './kinds/index.js';
import {
  NOTICE_ELEMENT_IDS,
  type Notice,
  type NoticeElement,
  type NoticeKind,
  NoticeKindSchema,
  type NoticeOptions,
  NoticeOptionsSchema,
} from './schema.js';

/** The order elements take in a letter: the decision first, the ways to challenge it last. */
const LETTER_ORDER: readonly string[] = [
  'decision-and-reasons',
  'behaviour-and-evidence',
  'spoc',
  'measures',
  'starts-on',
  'last-day-in-force',
  'next-review',
  'fact-sheet',
  'decided-by',
  'what-happens-next',
  'always-reportable',
  'adjustments-offer',
  'nominated-person-offer',
  'spoc-change-request',
  'appeal-deadline',
  'how-to-appeal',
  'reconsideration',
  'ombudsman-signpost',
];
const rank = (id: string): number => {
  const at = LETTER_ORDER.indexOf(id);
  return at === -1 ? LETTER_ORDER.length + NOTICE_ELEMENT_IDS.length : at;
};

/** Each element's requirement as a reason: the rule and the sentence that require it (the Catala habit). */
function requirementReasons(rules: NoticeKindRules, composed: Composed, policy: Policy): Reason[] {
  const reasons: Reason[] = [];
  for (const requirement of requiredElements(rules, policy, composed.facts)) {
    if (!composed.elements.some((e) => e.id === requirement.element)) continue;
    reasons.push(
      policyReason(
        policy,
        requirement.rule,
        `The letter sets out '${requirement.element}': ${requirement.sentence}`,
      ),
    );
  }
  const appeal = composed.elements.find((e) => e.id === 'appeal-deadline');
  if (appeal !== undefined && appeal.rule === 'TEP-11.2' && typeof appeal.value === 'string') {
    reasons.push(
      settingReason(
        policy,
        'appeal.window',
        `The last day to appeal, ${appeal.value}, is counted under the policy's appeal window.`,
      ),
    );
  } else if (appeal !== undefined && policy.appeal === null) {
    reasons.push(...finalDecisionReasons(policy));
  }
  if (composed.elements.some((e) => e.id === 'always-reportable' && e.rule === 'TEP-7')) {
    reasons.push(
      settingReason(
        policy,
        'exclusions',
        'The letter lists what can always be reported, whatever the restriction.',
      ),
    );
  }
  return reasons;
}

/** Reasons without repeats, in order. */
function distinct(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.rule}\u0000${r.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What is wrong with a date on a letter, or nothing (docs/notices.md, "The date on a letter"): a
 * letter is never dated before the decision it tells; a letter the appeal window counts from (a
 * decision letter) bears the date the case records for it, and no other.
 */
export function wrongLetterDate(date: string, dating: LetterDating): string | undefined {
  if (date < dating.decidedOn) {
    return `expected a date on or after the decision the letter tells (${dating.decidedOn})`;
  }
  if (dating.appealCountsFrom === true && dating.recorded !== undefined && date !== dating.recorded) {
    return `expected the decision letter date the case records (${dating.recorded}): the last day to appeal counts from it`;
  }
  return undefined;
}

/** A kind's content on validated input: the composed notice, or `NOTICE_NOT_APPLICABLE`. */
export function composeNotice(
  state: CaseState,
  kind: NoticeKind,
  policy: Policy,
  options: { restrictionId?: string | undefined; date?: string | undefined },
  versions: PolicyVersions = onlyVersion(policy),
): Result<{ notice: Notice; composed: Composed }> {
  const deadlines = caseDeadlinesTrusted(state, versions);
  if (!deadlines.ok) return deadlines;
  const rules = NOTICE_KINDS[kind];
  const composed = rules.compose({
    state,
    policy,
    deadlines: deadlines.value,
    ...(options.restrictionId === undefined ? {} : { restrictionId: options.restrictionId }),
    ...(options.date === undefined ? {} : { date: options.date }),
  });
  if (!composed.ok) return composed;
  const refused =
    options.date === undefined ? undefined : wrongLetterDate(options.date, composed.value.dating);
  if (refused !== undefined) {
    return {
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: `Invalid input. options.date: ${refused}.`,
        issues: [{ path: 'options.date', message: refused }],
      },
    };
  }
  const elements: NoticeElement[] = [...composed.value.elements].sort((a, b) => rank(a.id) - rank(b.id));
  const notice: Notice = {
    kind,
    ...(state.caseId === undefined ? {} : { caseId: state.caseId }),
    ...(state.customerId === undefined ? {} : { customerId: state.customerId }),
    ...(composed.value.subject === undefined ? {} : { subject: composed.value.subject }),
    date: composed.value.date,
    elements,
    reasons: distinct([...composed.value.reasons, ...requirementReasons(rules, composed.value, policy)]),
  };
  return ok({ notice, composed: composed.value });
}

/**
 * The content of a letter the policy requires, drawn from the case: structured data for the
 * landlord's own template. Each element has a stable id, a value (a sentence, a civil date, a
 * list of sentences, or `null`), and the rule that requires it; `reasons` carries the decision's
 * own reasons and, for each element, the rule and source sentence requiring it.
 *
 * Kinds: `written-warning`, `restriction-decision`, `restriction-variation`, `review-outcome`,
 * `appeal-outcome`, `reconsideration-outcome`, `breach-warning`, `spoc-change`,
 * `restriction-lifted`. Dates come from `caseDeadlines` under the policy given (the last day to
 * appeal, the next review): of a list of versions, the one in effect at the case's last event,
 * except the last day to appeal, under the version in effect on the decision letter's date (NF-8). `options.restrictionId` picks the restriction (by default the one the
 * latest step of the kind concerns); `options.date` is the date on the letter (by default the
 * letter date the case records for the step, else the day of the step: never the clock).
 *
 * Edge cases: a kind with nothing to tell (no restriction varied, no appeal decided) is refused
 * `NOTICE_NOT_APPLICABLE` with the path `kind` (or `options.restrictionId` for a restriction that
 * lacks it). Under a policy with no internal appeal, `appeal-deadline` says the decision is final
 * and `ombudsman-signpost` is added (TEP-11.3). An open-ended restriction's `last-day-in-force`
 * is `null`.
 *
 * @example
 * noticeContent(state, 'restriction-decision', presets.tenancyEnforcementProcedure)
 * // => { ok: true, value: { kind: 'restriction-decision', caseId: 'case-1', customerId: 'cust-1',
 * //      subject: 'r-1', date: '2026-03-02', elements: [
 * //        { id: 'decision-and-reasons', value: ['We have decided to limit how you can contact us. …', …], rule: 'TEP-5.2' },
 * //        { id: 'measures', value: ['Please contact us in writing only: by email, letter or web form.'], rule: 'TEP-5.2' },
 * //        { id: 'last-day-in-force', value: '2027-03-01', rule: 'TEP-5.2' },
 * //        { id: 'appeal-deadline', value: '2026-03-16', rule: 'TEP-11.2' }, … ], reasons: [...] } }
 * noticeContent(openedCase, 'appeal-outcome', presets.tenancyEnforcementProcedure)
 * // => { ok: false, error: { code: 'NOTICE_NOT_APPLICABLE', issues: [{ path: 'kind', message: 'no appeal has been decided on the case' }] } }
 */
export function noticeContent(
  state: CaseState,
  kind: NoticeKind,
  policy: PolicyInput,
  options?: NoticeOptions,
): Result<Notice> {
  const validState = readState(state, 'state');
  if (!validState.ok && validState.error.code === 'UNSUPPORTED_SCHEMA_VERSION') return validState;
  const validKind = validate(NoticeKindSchema, kind, 'kind');
  const validPolicy = validate(PolicySchema, presetOrGiven(policy, fieldOf(state, 'lastEventAt')), 'policy');
  const validOptions = validate(NoticeOptionsSchema, options ?? {}, 'options');
  const failure = validateAll([validState, validKind, validPolicy, validOptions]);
  if (failure !== undefined || !validState.ok || !validKind.ok || !validPolicy.ok || !validOptions.ok) {
    return { ok: false, error: failure as Failure };
  }
  // A list of versions the door accepted is one `readPolicy` reads: the dates a letter states
  // that run from an earlier day are counted under the version in effect then (NF-8).
  const listed = Array.isArray(policy) ? readPolicy(policy) : undefined;
  const versions = listed?.ok === true ? listed.value : onlyVersion(validPolicy.value);
  const composed = composeNotice(
    validState.value,
    validKind.value,
    validPolicy.value,
    validOptions.value,
    versions,
  );
  return composed.ok ? ok(composed.value.notice) : composed;
}
