import { describeDate } from '../calendar/zone.js';
import { readState, validateAll } from '../case/apply.js';
import type { CaseState } from '../case/state.js';
import { PolicySchema } from '../policy/schema.js';
import { type PolicyOrName, presetOrGiven } from '../policy/versions.js';
import { CivilDateSchema } from '../shared/dates.js';
import { type Failure, ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import { composeNotice } from './content.js';
import { type LetterDating, type NoticeFacts, requiredElements } from './kind.js';
import { NOTICE_KINDS } from './kinds/index.js';
import {
  type NoticeCheck,
  type NoticeElement,
  type NoticeInput,
  type NoticeKind,
  NoticeKindSchema,
  type NoticeProblem,
  NoticeSchema,
  type NoticeValue,
} from './schema.js';

/** The kinds whose `subject` is a restriction's id. */
const RESTRICTION_KINDS: readonly NoticeKind[] = NoticeKindSchema.options.filter(
  (kind) => kind !== 'written-warning' && kind !== 'spoc-change',
);

/** Elements whose `null` says something (no last day: open-ended; no review before it ends). */
const NULL_MEANS_SOMETHING = new Set(['last-day-in-force', 'next-review']);

/** Whether a value states nothing: absent, blank, an empty list or blank lines, or a `null` where `null` says nothing. */
function empty(id: string, value: NoticeValue): boolean {
  if (value === null) return !NULL_MEANS_SOMETHING.has(id);
  if (typeof value === 'string') return value.trim() === '';
  return value.every((line) => line.trim() === '');
}

const isDate = (value: NoticeValue): value is string =>
  typeof value === 'string' && CivilDateSchema.safeParse(value).success;

const shown = (value: NoticeValue): string =>
  value === null ? 'none' : isDate(value) ? describeDate(value) : `'${String(value).slice(0, 60)}'`;

/** What a stated date gets wrong against the case's, or nothing. */
function wrongDate(stated: NoticeElement, expected: NoticeElement): NoticeProblem | undefined {
  const s = stated.value;
  const e = expected.value;
  const problem = (message: string): NoticeProblem => ({ element: stated.id, rule: expected.rule, message });
  switch (stated.id) {
    case 'appeal-deadline':
      if (isDate(e) && !isDate(s)) {
        return problem(
          `The letter gives no last day to appeal (${shown(s)}), but the customer may appeal until ${describeDate(e)}.`,
        );
      }
      if (isDate(e) && isDate(s) && s < e) {
        return problem(
          `The letter gives ${describeDate(s)} as the last day to appeal, earlier than the true last day, ${describeDate(e)}: a customer who relies on it loses part of their right of appeal.`,
        );
      }
      if (Array.isArray(e) && isDate(s)) {
        return problem(
          `The letter offers an appeal until ${describeDate(s)}, but the time to appeal has passed: ${e[0]}`,
        );
      }
      if (!isDate(e) && isDate(s)) {
        return problem(
          `The letter offers an appeal until ${describeDate(s)}, but the decision is final: ${String(e)}.`,
        );
      }
      return undefined;
    case 'next-review':
      if (isDate(e) && (!isDate(s) || s > e)) {
        return problem(
          `The letter gives the next review as ${shown(s)}, later than it is due, ${describeDate(e)}.`,
        );
      }
      return undefined;
    case 'last-day-in-force':
    case 'starts-on':
      if (s !== e && !(isDate(s) && isDate(e) && s === e)) {
        const what = stated.id === 'starts-on' ? 'the first day' : 'the last day in force';
        return problem(`The letter gives ${what} as ${shown(s)}; the case gives ${shown(e)}.`);
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * What a notice gets wrong about the case it is checked against: another case or customer
 * (TEP-9: a letter is of the case it tells), or a date other than the letter date the case
 * records (before the decision, where none is recorded).
 */
function wrongRecord(given: NoticeInput, state: CaseState, dating: LetterDating): NoticeProblem[] {
  const found: NoticeProblem[] = [];
  for (const field of ['caseId', 'customerId'] as const) {
    const stated = given[field];
    const truth = state[field];
    if (stated !== undefined && truth !== undefined && stated !== truth) {
      found.push({
        element: field,
        rule: 'TEP-9',
        message: `The letter names ${field === 'caseId' ? 'case' : 'customer'} '${stated}', but the case is ${field === 'caseId' ? '' : 'of customer '}'${truth}': it was drawn from another case.`,
      });
    }
  }
  if (dating.recorded !== undefined && given.date !== dating.recorded) {
    found.push({
      element: 'date',
      rule: dating.appealCountsFrom === true ? 'TEP-11.2' : 'TEP-9',
      message: `The letter is dated ${describeDate(given.date)}, but the case records its letter as dated ${describeDate(dating.recorded)}${dating.appealCountsFrom === true ? ': the last day to appeal counts from that date' : ''}.`,
    });
  } else if (given.date < dating.decidedOn) {
    found.push({
      element: 'date',
      rule: 'TEP-9',
      message: `The letter is dated ${describeDate(given.date)}, before the decision it tells (${describeDate(dating.decidedOn)}).`,
    });
  }
  return found;
}

/**
 * What a drafted notice lacks or gets wrong. `missing`: each element the kind requires (given the
 * policy, and the case when given) that is absent or says nothing, with the rule requiring it.
 * `wrong` (only with the case's state): each stated date that disagrees with the case under the
 * policy: a last day to appeal earlier than the true one (TEP-11.2), a next review later than
 * due (TEP-10), a start or last day in force that differs (TEP-5.2), or an appeal offered
 * against a final decision (TEP-11.3). A later last day to appeal is not wrong: the customer
 * keeps what they were told.
 *
 * Edge cases: without the state, an element required only in some cases (the SPOC's details,
 * where the customer has one) is not asked for. The notice's `subject` names the restriction it
 * concerns; left out, the one the latest step of the kind concerns. A notice whose `kind` is
 * not the kind asked about is refused (`INVALID_INPUT` at `notice.kind`); a kind the case has
 * nothing to tell is `NOTICE_NOT_APPLICABLE`.
 *
 * @example
 * validateNotice({ ...notice, elements: notice.elements.filter((e) => e.id !== 'how-to-appeal') },
 *   'restriction-decision', presets.tenancyEnforcementProcedure)
 * // => { ok: true, value: { missing: [{ element: 'how-to-appeal', rule: 'HO-6', message: 'The letter must set out …' }], wrong: [] } }
 * validateNotice(withAppealDeadline('2026-03-10'), 'restriction-decision', tep, state)
 * // => { ok: true, value: { missing: [], wrong: [{ element: 'appeal-deadline', rule: 'TEP-11.2',
 * //      message: 'The letter gives Tuesday 10 March 2026 as the last day to appeal, earlier than the true last day, Monday 16 March 2026: …' }] } }
 */
export function validateNotice(
  notice: NoticeInput,
  kind: NoticeKind,
  policy: PolicyOrName,
  state?: CaseState,
): Result<NoticeCheck> {
  const validNotice = validate(NoticeSchema, notice, 'notice');
  const validKind = validate(NoticeKindSchema, kind, 'kind');
  const validPolicy = validate(PolicySchema, presetOrGiven(policy), 'policy');
  const validState = state === undefined ? undefined : readState(state, 'state');
  if (validState !== undefined && !validState.ok && validState.error.code === 'UNSUPPORTED_SCHEMA_VERSION') {
    return validState;
  }
  const failure = validateAll([
    validNotice,
    validKind,
    validPolicy,
    ...(validState === undefined ? [] : [validState]),
  ]);
  if (
    failure !== undefined ||
    !validNotice.ok ||
    !validKind.ok ||
    !validPolicy.ok ||
    validState?.ok === false
  ) {
    return { ok: false, error: failure as Failure };
  }
  const given = validNotice.value;
  if (given.kind !== validKind.value) {
    return {
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: `Invalid input. notice.kind: the notice is a '${given.kind}', not the '${validKind.value}' asked about.`,
        issues: [{ path: 'notice.kind', message: `expected '${validKind.value}', received '${given.kind}'` }],
      },
    };
  }
  const rules = NOTICE_KINDS[validKind.value];
  let facts: NoticeFacts = {};
  let expected: readonly NoticeElement[] = [];
  const wrongAbout: NoticeProblem[] = [];
  if (validState?.ok === true) {
    const restrictionId = RESTRICTION_KINDS.includes(given.kind) ? given.subject : undefined;
    // Composed at the date the case records; the notice's own date is checked against it below.
    const composed = composeNotice(validState.value, given.kind, validPolicy.value, { restrictionId });
    if (!composed.ok) {
      const issues = composed.error.issues.map((issue) =>
        issue.path === 'options.restrictionId' ? { ...issue, path: 'notice.subject' } : issue,
      );
      return { ok: false, error: { ...composed.error, issues } };
    }
    facts = composed.value.composed.facts;
    expected = composed.value.notice.elements;
    wrongAbout.push(...wrongRecord(given, validState.value, composed.value.composed.dating));
  }
  const missing: NoticeProblem[] = [];
  const seen = new Set<string>();
  for (const requirement of requiredElements(rules, validPolicy.value, facts)) {
    if (seen.has(requirement.element)) continue;
    seen.add(requirement.element);
    const found = given.elements.find((e) => e.id === requirement.element);
    if (found !== undefined && !empty(found.id, found.value)) continue;
    missing.push({
      element: requirement.element,
      rule: requirement.rule,
      message: `The letter must set out '${requirement.element}'${found === undefined ? '' : ', and it is empty'}. ${requirement.sentence}`,
    });
  }
  const wrong: NoticeProblem[] = [...wrongAbout];
  for (const stated of given.elements) {
    const truth = expected.find((e) => e.id === stated.id);
    if (truth === undefined) continue;
    const problem = wrongDate(stated, truth);
    if (problem !== undefined) wrong.push(problem);
  }
  return ok({ missing, wrong });
}
