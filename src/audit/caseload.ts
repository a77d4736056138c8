import { z } from 'zod';
import { daysBetween } from '../calendar/civil-date.js';
import { civilDateOf } from '../case/facts.js';
import type { ObligationKind } from '../case/obligations.js';
import { type OpenCaseInput, OpenCaseInputSchema } from '../case/state.js';
import { type PolicyInput, readPolicy, versionFor } from '../policy/versions.js';
import { type CivilDate, CivilDateSchema, InstantSchema } from '../shared/dates.js';
import { describeValue } from '../shared/describe.js';
import type { ErrorCode, Failure, Result } from '../shared/result.js';
import { fail, ok } from '../shared/result.js';
import { RULES, type RuleId } from '../shared/rules.js';
import { validate } from '../shared/validate.js';
import { readHistory } from './case.js';
import { type AuditContact, AuditContactSchema, type CaseAudit } from './finding.js';
import { auditTrusted } from './fold.js';
import type { FindingSeverity } from './severity.js';

/**
 * The audit of a whole caseload, in bounded memory: each case is audited and forgotten; only the
 * counts, the `top` worst cases, the `top` oldest unmet obligations and the first `top` malformed
 * cases are kept, however many cases there are.
 */

/**
 * How many worst cases, oldest unmet obligations and malformed cases a caseload audit keeps: a
 * library default (a board report's page), not a source's number; `options.top` sets another.
 *
 * @example
 * CASELOAD_TOP_DEFAULT // => 20
 */
export const CASELOAD_TOP_DEFAULT = 20;

/**
 * One case of the caseload: its id, its history, and optionally its opening and contact log.
 *
 * @example
 * CaseloadCaseSchema.safeParse({ caseId: 'case-1', events: [] }).success // => true
 * CaseloadCaseSchema.safeParse({ caseId: '', events: [] }).success // => false (a case needs its id)
 */
export const CaseloadCaseSchema = z.strictObject({
  caseId: z.string().min(1),
  events: z.array(z.unknown(), { error: 'expected a list of case events' }),
  opening: OpenCaseInputSchema.optional(),
  contacts: z.array(AuditContactSchema).optional(),
});

/**
 * `auditCaseload`'s options: the audit's date, and how many of each list to keep.
 *
 * @example
 * CaseloadOptionsSchema.safeParse({ asOf: '2027-03-31T23:00:00Z', top: 10 }).success // => true
 * CaseloadOptionsSchema.safeParse({ asOf: '2027-03-31' }).success // => false (an instant, not a date)
 */
export const CaseloadOptionsSchema = z.strictObject({
  asOf: InstantSchema,
  top: z.int().min(1).max(1000).optional(),
});
/** `auditCaseload`'s options. */
export type CaseloadOptions = z.infer<typeof CaseloadOptionsSchema>;

const Count = z.int().min(0);
const SeverityCountsSchema = z.strictObject({
  note: Count,
  concern: Count,
  'maladministration-risk': Count,
});
/** Findings counted by severity. */
export type SeverityCounts = z.infer<typeof SeverityCountsSchema>;

const RuleIdSchema = z.enum(Object.keys(RULES) as [RuleId, ...RuleId[]]);

/**
 * What a caseload audit returns: plain JSON, so a board report can be drawn from a stored one.
 *
 * @example
 * // a caseload audit stored as JSON, read back for a board report
 * CaseloadAuditSchema.safeParse(JSON.parse(stored)).success // => true
 * CaseloadAuditSchema.safeParse({ asOf: '2027-03-31T23:00:00Z' }).success // => false (the counts and lists are required)
 */
export const CaseloadAuditSchema = z.strictObject({
  asOf: InstantSchema,
  /** The audit's date, in the policy's zone. */
  asOfDay: CivilDateSchema,
  cases: z.strictObject({
    audited: Count,
    withFindings: Count,
    withMaladministrationRisk: Count,
    malformed: Count,
  }),
  bySeverity: SeverityCountsSchema,
  byRule: z.partialRecord(RuleIdSchema, SeverityCountsSchema),
  /** The worst cases first: most maladministration risks, then concerns, then notes. */
  worst: z.array(
    z.strictObject({
      caseId: z.string(),
      counts: SeverityCountsSchema,
      /** The rules of its gravest findings, most frequent first. */
      rules: z.array(RuleIdSchema),
    }),
  ),
  /** The obligations overdue longest at the audit's date, oldest first. */
  oldestUnmet: z.array(
    z.strictObject({
      caseId: z.string(),
      kind: z.string(),
      dueOn: CivilDateSchema,
      daysOverdue: Count,
      rule: RuleIdSchema,
      subject: z.string().optional(),
    }),
  ),
  /** The first malformed cases, by case id (or position), with why. */
  malformed: z.array(
    z.strictObject({
      caseId: z.string().optional(),
      position: Count,
      index: Count.optional(),
      code: z.string(),
      message: z.string(),
    }),
  ),
});
/** A caseload audit. */
export type CaseloadAudit = z.infer<typeof CaseloadAuditSchema>;
type Worst = CaseloadAudit['worst'][number];
type Unmet = CaseloadAudit['oldestUnmet'][number];

const zero = (): SeverityCounts => ({ note: 0, concern: 0, 'maladministration-risk': 0 });

/** Worse first: more maladministration risks, then concerns, then notes; then by case id. */
const worseFirst = (a: Worst, b: Worst): number =>
  b.counts['maladministration-risk'] - a.counts['maladministration-risk'] ||
  b.counts.concern - a.counts.concern ||
  b.counts.note - a.counts.note ||
  (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0);

const olderFirst = (a: Unmet, b: Unmet): number =>
  a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0;

/** Keeps the `top` first of a list under `order`: an insertion into a short sorted list. */
function keepTop<T>(list: T[], item: T, top: number, order: (a: T, b: T) => number): void {
  if (list.length >= top && order(item, list[list.length - 1] as T) >= 0) return;
  let at = list.length;
  while (at > 0 && order(item, list[at - 1] as T) < 0) at--;
  list.splice(at, 0, item);
  if (list.length > top) list.pop();
}

/** The rules of a case's gravest findings, most frequent first. */
function gravestRules(audit: CaseAudit): RuleId[] {
  const order: FindingSeverity[] = ['maladministration-risk', 'concern', 'note'];
  const gravest = order.find((severity) => audit.findings.some((f) => f.severity === severity));
  const tally = new Map<RuleId, number>();
  for (const f of audit.findings) if (f.severity === gravest) tally.set(f.rule, (tally.get(f.rule) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule]) => rule);
}

/** The running totals of a caseload audit. */
interface Tally {
  readonly result: CaseloadAudit;
  readonly top: number;
}

function addMalformed(tally: Tally, position: number, caseId: string | undefined, error: Failure): void {
  const { result, top } = tally;
  result.cases.malformed++;
  if (result.malformed.length >= top) return;
  result.malformed.push({
    ...(caseId !== undefined && { caseId }),
    position,
    ...(error.index !== undefined && { index: error.index }),
    code: error.code,
    message: error.message,
  });
}

function addAudit(tally: Tally, caseId: string, audit: CaseAudit, asOfDay: CivilDate): void {
  const { result, top } = tally;
  result.cases.audited++;
  const counts = zero();
  for (const found of audit.findings) {
    counts[found.severity]++;
    result.bySeverity[found.severity]++;
    const rule = result.byRule[found.rule] ?? zero();
    rule[found.severity]++;
    result.byRule[found.rule] = rule;
  }
  if (audit.findings.length > 0) {
    result.cases.withFindings++;
    keepTop(result.worst, { caseId, counts, rules: gravestRules(audit) }, top, worseFirst);
  }
  if (counts['maladministration-risk'] > 0) result.cases.withMaladministrationRisk++;
  for (const owed of audit.obligations) {
    if (!owed.overdue) continue;
    const cause = owed.reasons[0];
    if (cause === undefined) continue;
    keepTop(
      result.oldestUnmet,
      {
        caseId,
        kind: owed.kind satisfies ObligationKind,
        dueOn: owed.dueOn,
        daysOverdue: daysBetween(owed.dueOn, asOfDay),
        rule: cause.rule,
        ...(owed.subject !== undefined && { subject: owed.subject }),
      },
      top,
      olderFirst,
    );
  }
}

/** A malformed case's id, when it has one to name it by. */
const caseIdOf = (item: unknown): string | undefined =>
  typeof item === 'object' && item !== null && typeof (item as { caseId?: unknown }).caseId === 'string'
    ? (item as { caseId: string }).caseId
    : undefined;

/** A refusal for a caseload whose reading failed (a database cursor that throws), at the position reached. */
function readingFailed(error: unknown, position: number): Result<never> {
  const why = error instanceof Error ? error.message : describeValue(error);
  return fail('INVALID_INPUT', `Invalid input. cases[${position}]: reading the caseload failed: ${why}`, [
    { path: `cases[${position}]`, message: `expected a case, but reading the caseload failed: ${why}` },
  ]);
}

/** The next case of the caseload, or the refusal when reading it throws: never an exception. */
function nextCase(iterator: Iterator<unknown>, position: number): Result<IteratorResult<unknown>> {
  try {
    return ok(iterator.next());
  } catch (error) {
    return readingFailed(error, position);
  }
}

const isIterable = (value: unknown): value is Iterable<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';

/**
 * Audits every case of a caseload (`auditCase` on each) and keeps, in bounded memory, what a
 * compliance team reports: counts of findings per severity and per rule (`byRule: { [rule]:
 * { note, concern, 'maladministration-risk' } }`), the `top` worst cases (most maladministration
 * risks, then concerns, then notes), the `top` obligations overdue longest at `asOf`, and how many
 * cases were audited, had findings, or were malformed. `cases` is any iterable (an array, or a
 * generator reading a database cursor) of `{ caseId, events, opening?, contacts? }`; a malformed
 * case is counted and listed by its case id (the first `top` of them, with `error.index` for a
 * malformed event), and the audit goes on: so is a case whose log's ids do not hold together
 * (`EVENT_ID_CONFLICT`, `VOIDED_EVENT_NOT_FOUND`, `EVENT_ALREADY_VOIDED`, `EVENT_NOT_VOIDABLE`).
 * `policy` is a `PolicyInput` (a policy, a list of its versions, a preset's name): each case is
 * judged as `auditCase` judges it, each step under the version in effect on its day; `asOfDay` is
 * read in the zone of the version in effect at `asOf`. `top` defaults to `CASELOAD_TOP_DEFAULT` (20).
 *
 * Refuses (`INVALID_INPUT` or `POLICY_VERSIONS_INVALID`, naming the path) only a policy or options that are malformed,
 * `cases` that is not an iterable, or a caseload whose reading throws (a database cursor that
 * fails: the path names the position reached).
 *
 * @example
 * auditCaseload([{ caseId: 'c-1', events: history1 }, { caseId: 'c-2', events: 'lost' }],
 *   'tenancy-enforcement-procedure', { asOf: '2026-11-01T12:00:00Z' })
 * // => { ok: true, value: { asOf: '2026-11-01T12:00:00Z', asOfDay: '2026-11-01',
 * //      cases: { audited: 1, withFindings: 1, withMaladministrationRisk: 1, malformed: 1 },
 * //      bySeverity: { note: 0, concern: 1, 'maladministration-risk': 2 },
 * //      byRule: { 'TEP-2.3': { note: 0, concern: 0, 'maladministration-risk': 1 }, ... },
 * //      worst: [{ caseId: 'c-1', counts: { ... }, rules: ['TEP-2.3', 'TEP-10'] }],
 * //      oldestUnmet: [{ caseId: 'c-1', kind: 'case-review', dueOn: '2026-09-02', daysOverdue: 60, rule: 'TEP-10', subject: 'r-1' }],
 * //      malformed: [{ caseId: 'c-2', position: 1, code: 'INVALID_INPUT', message: '...' }] } }
 */
export function auditCaseload(
  cases: Iterable<{
    caseId: string;
    events: readonly unknown[];
    opening?: OpenCaseInput;
    contacts?: readonly AuditContact[];
  }>,
  policy: PolicyInput,
  options: CaseloadOptions,
): Result<CaseloadAudit> {
  const validPolicy = readPolicy(policy);
  if (!validPolicy.ok) return validPolicy;
  const validOptions = validate(CaseloadOptionsSchema, options, 'options');
  if (!validOptions.ok) return validOptions;
  if (!isIterable(cases) || typeof cases === 'string') {
    return fail(
      'INVALID_INPUT',
      `Invalid input. cases: expected an iterable of cases, received ${describeValue(cases)}.`,
      [
        {
          path: 'cases',
          message: `expected an iterable of { caseId, events }, received ${describeValue(cases)}`,
        },
      ],
    );
  }
  const rules = validPolicy.value;
  const { asOf, top = CASELOAD_TOP_DEFAULT } = validOptions.value;
  const asOfDay = civilDateOf(asOf, versionFor(rules, asOf).timeZone);
  const tally: Tally = {
    top,
    result: {
      asOf,
      asOfDay,
      cases: { audited: 0, withFindings: 0, withMaladministrationRisk: 0, malformed: 0 },
      bySeverity: zero(),
      byRule: {},
      worst: [],
      oldestUnmet: [],
      malformed: [],
    },
  };
  let iterator: Iterator<unknown>;
  try {
    iterator = cases[Symbol.iterator]();
  } catch (error) {
    return readingFailed(error, 0);
  }
  let position = 0;
  for (let item = nextCase(iterator, 0); ; item = nextCase(iterator, position)) {
    if (!item.ok) return item;
    if (item.value.done === true) break;
    const at = position++;
    const valid = validate(CaseloadCaseSchema, item.value.value, `cases[${at}]`);
    const caseId = caseIdOf(item.value.value);
    if (!valid.ok) {
      addMalformed(tally, at, caseId, valid.error);
      continue;
    }
    const history = readHistory(valid.value.events, `cases[${at}].events`);
    if (!history.ok) {
      addMalformed(tally, at, caseId, history.error);
      continue;
    }
    const { opening, contacts } = valid.value;
    if (history.value.length === 0 && opening === undefined) {
      addMalformed(tally, at, caseId, {
        code: 'INVALID_INPUT' satisfies ErrorCode,
        message: `Invalid input. cases[${at}].events: expected at least one event when no opening is given.`,
        issues: [],
      });
      continue;
    }
    const audit = auditTrusted(
      history.value,
      rules,
      { asOf, ...(opening !== undefined && { opening }), ...(contacts !== undefined && { contacts }) },
      `cases[${at}].events`,
    );
    if (!audit.ok) addMalformed(tally, at, caseId, audit.error);
    else addAudit(tally, valid.value.caseId, audit.value, asOfDay);
  }
  return ok(tally.result);
}
