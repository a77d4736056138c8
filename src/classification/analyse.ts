import { z } from 'zod';
import { localClock, startOfDay } from '../calendar/zone.js';
import { checkInEffect } from '../policy/effective.js';
import { DEFAULT_POLICY } from '../policy/presets.js';
import { type Policy, PolicySchema, type SettingPath } from '../policy/schema.js';
import { allCitedUnder, settingReason } from '../policy/settings.js';
import { fieldOf, type PolicyInput, withPresetPolicy } from '../policy/versions.js';
import { type Instant, InstantSchema } from '../shared/dates.js';
import { describeValue } from '../shared/describe.js';
import { checkInput } from '../shared/guard.js';
import type { BehaviourCode } from '../shared/incident.js';
import { LIMITS } from '../shared/limits.js';
import { type Reason, reason } from '../shared/reason.js';
import { type Failure, type Issue, ok, type Result } from '../shared/result.js';
import { combineFailures, invalidInput, isPlainObject, validate, validateEach } from '../shared/validate.js';
import type { ContactSubject } from '../shared/vocabulary.js';
import { BEHAVIOURS } from './behaviours.js';
import { type ContactLogEntry, ContactLogEntrySchema, isPlainLogEntry } from './contacts.js';
import { instantMs, timeOrder } from './instants.js';
import { DAY_MS, episodes } from './windows.js';

/**
 * The patterns of persistence `analyseContacts` looks for, in the order findings are listed.
 *
 * @example
 * FindingKindSchema.options[0] // => 'high-volume-in-a-day'
 */
export const FindingKindSchema = z.enum([
  /** Many contacts within a rolling 24 hours of elapsed time (HO-2.3, TEP-3.2). */
  'high-volume-in-a-day',
  /** Many contacts within a rolling 7 × 24 hours of elapsed time (HO-2.3, TEP-3.2). */
  'high-volume-in-a-week',
  /** Contacts pursuing a resolved or closed issue without new information (TEP-3.3). */
  'repeated-contact-on-closed-issue',
  /** Documents already sent, sent again (TEP-3.3). */
  'duplicate-documents',
  /** Office visits without an appointment (TEP-3.3). */
  'unannounced-visits',
  /** Long calls repeating the same points (HO-2.3). */
  'long-repetitive-calls',
  /** Copying the landlord into emails to others (HO-2.3): `copiedIn: true` on an email. */
  'excessive-copying-in',
]);
/** A pattern of persistence, e.g. `'unannounced-visits'`. */
export type FindingKind = z.infer<typeof FindingKindSchema>;

/** A pattern found in a contact log, with the contacts that prove it. */
export interface Finding {
  readonly kind: FindingKind;
  /** The behaviour code an officer would log for it (see `BEHAVIOURS`). */
  readonly behaviour: BehaviourCode;
  /** The evidence: ids of the counted contacts that make the pattern, earliest first. */
  readonly contactIds: readonly string[];
  /** `at` of the first and last contact of the evidence, as given. */
  readonly from: Instant;
  readonly to: Instant;
  /** The issue pursued, for `'repeated-contact-on-closed-issue'`. */
  readonly issueId?: string;
  readonly reasons: readonly Reason[];
}

/** An inbound contact that never counts towards persistence, and why. */
export interface ExcludedContact {
  readonly contactId: string;
  /** `'exclusion'`: its subject is one of the policy's exclusions (TEP-7). `'landlord-response-overdue'`: it chases a late response. */
  readonly because: 'exclusion' | 'landlord-response-overdue';
}

/** What `analyseContacts` found, and what it counted. */
export interface ContactAnalysis {
  readonly findings: readonly Finding[];
  /** Inbound contacts at or before `asOf` that count towards persistence. */
  readonly counted: number;
  /** Inbound contacts at or before `asOf` that never count, in time order. */
  readonly excluded: readonly ExcludedContact[];
  /**
   * Contacts not looked at: the landlord's own (outbound), those after `asOf`, and those before
   * the policy took effect (before local midnight starting `policy.effectiveFrom`, either direction).
   */
  readonly ignored: { readonly outbound: number; readonly afterAsOf: number; readonly beforePolicy: number };
  readonly reasons: readonly Reason[];
}

/** The options of `analyseContacts`: the policy whose thresholds apply (default: `DEFAULT_POLICY`), and the moment to analyse as of. */
export interface AnalyseContactsOptions {
  readonly policy?: PolicyInput;
  readonly asOf: Instant;
}

const OptionsSchema = z.strictObject({ policy: PolicySchema.optional(), asOf: InstantSchema });

interface Settings {
  readonly policy: Policy;
  readonly asOf: Instant;
}

function validOptions(options: unknown): Result<Settings> {
  if (!isPlainObject(options)) {
    return invalid([
      {
        path: 'options',
        message: `expected an object { policy?, asOf }, received ${describeValue(options)}`,
      },
    ]);
  }
  // Strict: a misspelt option ('polcy') is named, never silently replaced by the default.
  const valid = validate(OptionsSchema, withPresetPolicy(options, fieldOf(options, 'asOf')), '');
  if (!valid.ok) return valid;
  const { policy = DEFAULT_POLICY, asOf } = valid.value;
  const asOfDate = localClock(asOf, policy.timeZone).date;
  const inEffect = checkInEffect(policy, asOfDate, 'The analysis date');
  return inEffect.ok ? ok({ policy, asOf }) : inEffect;
}

function invalid<T>(issues: readonly Issue[]): Result<T> {
  return invalidInput(issues);
}

/**
 * The contact log at the door: a list of no more than `LIMITS.maxContacts` entries of plain data,
 * each then checked on its own, so a log of bad entries costs one pass and a small refusal.
 */
/** Values one log entry may add to the input's budget (`LIMITS.maxNodes`): more than a full entry has. */
const NODES_PER_CONTACT = 16;

/** Whether every entry, holes included (a hole is no entry), is plainly valid. */
function allPlain(contacts: readonly unknown[]): boolean {
  for (let i = 0; i < contacts.length; i++) if (!isPlainLogEntry(contacts[i])) return false;
  return true;
}

function validLog(contacts: unknown): Result<ContactLogEntry[]> {
  if (!Array.isArray(contacts))
    return invalid([{ path: 'contacts', message: 'expected the contact log as an array of contacts' }]);
  // In place, by hand: a log whose every entry is plainly valid is used as it is, with no copy.
  if (contacts.length <= LIMITS.maxContacts && allPlain(contacts)) return ok(contacts as ContactLogEntry[]);
  const shape = checkInput(contacts, 'contacts', {
    maxListLength: LIMITS.maxContacts,
    maxNodes: LIMITS.maxNodes + NODES_PER_CONTACT * contacts.length,
  });
  if (shape !== undefined) return { ok: false, error: shape };
  return validateEach(ContactLogEntrySchema, contacts, 'contacts');
}

/**
 * Finds the patterns of persistence in a customer's contact log (TEP-3.2, TEP-3.3, HO-2.3),
 * each with the contacts that prove it and reasons citing the source and the policy's threshold.
 *
 * - Only inbound contacts at or before `asOf`, and on or after the day the policy took effect
 *   (`ignored.beforePolicy` counts those before it), count. Contacts whose subject is one of the
 *   policy's exclusions (urgent repairs, safeguarding, domestic abuse, ... : TEP-7), and
 *   contacts chasing a response the landlord owes and is late with
 *   (`landlordResponseOverdue: true`), never count: they are listed in `excluded`.
 * - Volume: `thresholds.contactsInADay` or more within any 24 hours, `thresholds.contactsInAWeek`
 *   or more within any 7 × 24 hours, by any channel (HO-1). Windows that share a contact merge
 *   into one finding whose evidence is every contact in a qualifying window.
 * - A resolved or closed issue pursued without new information: `thresholds.contactsOnClosedIssue`
 *   or more contacts on it, however far apart; a contact on the issue bringing new information
 *   (`newInformation: true`) starts the count again.
 * - Duplicate documents (`duplicateOf`), visits without `appointment: true`, calls of
 *   `thresholds.longCall.minutes` or more without new information, and emails that copy the
 *   landlord in (`copiedIn: true` on `channel: 'email'`): each `count` or more within
 *   `withinDays` × 24 hours.
 * - "Per day" and "within N days" are rolling windows of elapsed time, not calendar days: the
 *   first and last contact are less than N × 24 hours apart, so a clock change never stretches
 *   or shrinks one.
 * - The log may be in any order: it is sorted by time (stably; the input is not touched).
 * - A finding is evidence for an officer to weigh "despite reasonable attempts to resolve a
 *   matter" (TEP-3.3), not a decision.
 * - Bad input is `INVALID_INPUT` naming every bad path (`contacts[3].at`, `asOf`); ids must be
 *   unique, and a `duplicateOf` naming a contact in the log must name an earlier one. Linear in the log's length after sorting; for logs validated when they were
 *   stored, `analyseContactsTrusted` skips the (slower) validation of each entry.
 *
 * @example
 * analyseContacts(
 *   [1, 2, 3, 4, 5].map((n) => ({ id: `c${n}`, at: `2026-03-02T0${n}:00:00Z`, channel: 'phone',
 *     direction: 'inbound', subject: 'complaint' })),
 *   { asOf: '2026-03-03T00:00:00Z' },
 * )
 * // => { ok: true, value: {
 * //      findings: [{ kind: 'high-volume-in-a-day', behaviour: 'high-volume-communication',
 * //        contactIds: ['c1', 'c2', 'c3', 'c4', 'c5'], from: '2026-03-02T01:00:00Z', to: '2026-03-02T05:00:00Z',
 * //        reasons: [{ rule: 'TEP-3.2', ... }, ..., { rule: 'HO-2.3', text: '5 counted contacts fell within 24 hours (a rolling 24 hours ...' }] }],
 * //      counted: 5, excluded: [], ignored: { outbound: 0, afterAsOf: 0, beforePolicy: 0 }, reasons: [{ rule: 'HO-1', ... }] } }
 *
 * analyseContacts([{ id: 'c1', channel: 'phone', direction: 'inbound', subject: 'general' }], { asOf: '2026-03-03T00:00:00Z' })
 * // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'contacts[0].at', ... }] } }
 */
export function analyseContacts(
  contacts: readonly z.input<typeof ContactLogEntrySchema>[],
  options: AnalyseContactsOptions,
): Result<ContactAnalysis> {
  const settings = validOptions(options);
  const log = validLog(contacts);
  if (!log.ok || !settings.ok) {
    return invalidTogether(log, settings);
  }
  const issues = entryIssues(log.value);
  if (issues.length > 0) return invalid(issues);
  return analyseValid(log.value, settings.value);
}

/**
 * What the schema cannot see: ids used twice (found by sorting a copy, far cheaper than hashing
 * a million strings; named precisely only when there is one), a document duplicating itself, and
 * a document duplicating a later contact in the log (ids outside the log are allowed).
 */
function entryIssues(log: readonly ContactLogEntry[]): Issue[] {
  const issues: Issue[] = [];
  const ids = log.map((entry) => entry.id).sort();
  let repeated = false;
  for (let i = 1; i < ids.length && !repeated; i++) repeated = ids[i] === ids[i - 1];
  if (repeated) {
    const firstUse = new Map<string, number>();
    log.forEach((entry, i) => {
      const earlier = firstUse.get(entry.id);
      if (earlier === undefined) firstUse.set(entry.id, i);
      else
        issues.push({
          path: `contacts[${i}].id`,
          message: `duplicate id '${entry.id}', already used by contacts[${earlier}]`,
        });
    });
  }
  // Only ids some entry duplicates are looked up, so a log without duplicates costs one pass.
  const duplicated = new Set<string>();
  for (const entry of log) if (entry.duplicateOf !== undefined) duplicated.add(entry.duplicateOf);
  const originalAt = new Map<string, string>();
  if (duplicated.size > 0) {
    for (const entry of log) {
      if (duplicated.has(entry.id) && !originalAt.has(entry.id)) originalAt.set(entry.id, entry.at);
    }
  }
  log.forEach((entry, i) => {
    if (entry.duplicateOf === undefined) return;
    if (entry.duplicateOf === entry.id) {
      issues.push({
        path: `contacts[${i}].duplicateOf`,
        message: 'expected the id of another contact, not its own',
      });
      return;
    }
    const original = originalAt.get(entry.duplicateOf);
    if (original !== undefined && instantMs(original) > instantMs(entry.at)) {
      issues.push({
        path: `contacts[${i}].duplicateOf`,
        message: `expected the id of an earlier contact: '${entry.duplicateOf}' is at ${original}, after this one (${entry.at})`,
      });
    }
  });
  return issues;
}

/** One failure listing the issues of both inputs; a non-validation refusal of the options stands alone. */
function invalidTogether<A, B>(log: Result<A>, settings: Result<B>): Result<never> {
  if (!settings.ok && settings.error.code !== 'INVALID_INPUT') return settings as Result<never>;
  const failures = [log, settings].flatMap((result) => (result.ok ? [] : [result.error]));
  return { ok: false, error: combineFailures(failures) as Failure };
}

/**
 * `analyseContacts` for a log already validated against `ContactLogEntrySchema` (for example
 * when it was stored): the options are still validated, each entry is not, which is most of
 * the cost on large logs. An entry whose `at` cannot be read is still refused, naming its path,
 * and so is a `null` entry or an empty slot of a sparse array (`contacts[3]`); anything else
 * wrong with an entry is the caller's promise broken, and the answer is unspecified (ids are not
 * checked for uniqueness, nor `duplicateOf` for order). The log is never mutated.
 *
 * @example
 * analyseContactsTrusted(storedLog, { policy, asOf: '2026-03-03T00:00:00Z' })
 * // => the same answer as analyseContacts(storedLog, { policy, asOf }) for a valid log
 */
export function analyseContactsTrusted(
  contacts: readonly ContactLogEntry[],
  options: AnalyseContactsOptions,
): Result<ContactAnalysis> {
  const settings = validOptions(options);
  if (!settings.ok) return settings;
  if (!Array.isArray(contacts))
    return invalid([{ path: 'contacts', message: 'expected the contact log as an array' }]);
  try {
    return analyseValid(contacts, settings.value);
  } catch {
    // The caller's promise broken (a Symbol for a duration, ...): still a refusal, never an exception.
    return invalid([
      {
        path: 'contacts',
        message:
          'expected entries already valid against ContactLogEntrySchema (use analyseContacts to find which is not)',
      },
    ]);
  }
}

/** A run of counted contacts on one closed issue, with no new information among them (TEP-3.3). */
interface ClosedRun {
  /** Positions in time order. */
  readonly evidence: number[];
  /** The run started after a contact on the issue brought new information. */
  readonly afterNewInformation: boolean;
}

/** Which subset of counted contacts a windowed pattern looks at, and its threshold. */
interface WindowedPattern {
  readonly kind: FindingKind;
  readonly behaviour: BehaviourCode;
  readonly setting: SettingPath;
  readonly count: number;
  readonly withinDays: number;
  readonly series: number[];
  /** How the threshold reads in a reason: the evidence, then the policy's rule. */
  readonly describe: (peak: number) => string;
}

/**
 * Contacts at the same instant, in a fixed order whatever the log's: one bringing new information
 * first (TEP-3.3: it starts the count on a closed issue again, so the others at that instant count
 * after it), then by id. The log's own order never changes an answer. Linear; a log with no two
 * contacts at one instant is returned as it is.
 */
function newInformationFirst(
  inTime: readonly ContactLogEntry[],
  times: Float64Array,
): readonly ContactLogEntry[] {
  let out: ContactLogEntry[] | undefined;
  for (let start = 0; start < inTime.length; ) {
    let end = start + 1;
    while (end < inTime.length && times[end] === times[start]) end++;
    if (end - start > 1) {
      out ??= [...inTime];
      const group = out
        .slice(start, end)
        .sort(
          (a, b) =>
            Number(b.newInformation === true) - Number(a.newInformation === true) ||
            (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        );
      for (let k = 0; k < group.length; k++) out[start + k] = group[k] as ContactLogEntry;
    }
    start = end;
  }
  return out ?? inTime;
}

function analyseValid(
  contacts: readonly ContactLogEntry[],
  { policy, asOf }: Settings,
): Result<ContactAnalysis> {
  const n = contacts.length;
  const ms = new Float64Array(n);
  const badTimes: Issue[] = [];
  for (let i = 0; i < n; i++) {
    const entry = contacts[i] as ContactLogEntry | null | undefined;
    if (entry === null || entry === undefined) {
      badTimes.push({
        path: `contacts[${i}]`,
        message: 'expected a contact, received null or an empty slot',
      });
      ms[i] = Number.NaN;
      continue;
    }
    const at = entry.at;
    const time = typeof at === 'string' ? instantMs(at) : Number.NaN;
    if (Number.isNaN(time))
      badTimes.push({
        path: `contacts[${i}].at`,
        message: 'expected an ISO 8601 instant with Z or an offset',
      });
    ms[i] = time;
  }
  if (badTimes.length > 0) return invalid(badTimes);
  // From here on, positions are in time order: the windows then read times sequentially.
  const order = timeOrder(ms);
  const byTime = order === null ? contacts : Array.from(order, (i) => contacts[i] as ContactLogEntry);
  const times = order === null ? ms : Float64Array.from(order, (i) => ms[i] as number);
  const inTime = newInformationFirst(byTime, times);
  const asOfMs = instantMs(asOf);
  const policyStartMs = instantMs(startOfDay(policy.effectiveFrom, policy.timeZone));

  const excludedSubjects = new Set<ContactSubject>(policy.exclusions);
  const t = policy.thresholds;
  const excluded: ExcludedContact[] = [];
  const excludedSubjectsSeen = new Set<ContactSubject>();
  let overdue = 0;
  let outbound = 0;
  let afterAsOf = 0;
  let beforePolicy = 0;
  const counted: number[] = [];
  const visits: number[] = [];
  const longCalls: number[] = [];
  const duplicates: number[] = [];
  const copies: number[] = [];
  // TEP-3.3: the current run of contacts on each closed issue since new information last came in.
  const closedRuns = new Map<string, ClosedRun>();
  const finishedRuns: (ClosedRun & { readonly issueId: string })[] = [];

  // One pass in time order sorts every contact into what it can be evidence of.
  for (let i = 0; i < n; i++) {
    const c = inTime[i] as ContactLogEntry;
    if ((times[i] as number) > asOfMs) {
      afterAsOf = n - i; // in time order, every contact from here on is later still
      break;
    }
    if ((times[i] as number) < policyStartMs) {
      beforePolicy++; // in time order, a prefix: the policy did not apply to them
      continue;
    }
    if (c.direction !== 'inbound') {
      outbound++;
      continue;
    }
    // TEP-7: an exclusion is always received and acted on, so it is never persistence.
    if (excludedSubjects.has(c.subject)) {
      excluded.push({ contactId: c.id, because: 'exclusion' });
      excludedSubjectsSeen.add(c.subject);
      continue;
    }
    if (c.landlordResponseOverdue === true) {
      excluded.push({ contactId: c.id, because: 'landlord-response-overdue' });
      overdue++;
      continue;
    }
    counted.push(i);
    const bringsNothingNew = c.newInformation !== true;
    if (c.channel === 'in-person' && c.appointment !== true) visits.push(i);
    if (c.channel === 'phone' && bringsNothingNew && (c.durationMinutes ?? 0) >= t.longCall.minutes)
      longCalls.push(i);
    if (c.duplicateOf !== undefined) duplicates.push(i);
    // HO-2.3: "copying us into emails to other parties".
    if (c.copiedIn === true && c.channel === 'email') copies.push(i);
    if (c.issueId === undefined) continue;
    if (!bringsNothingNew) {
      // TEP-3.3: "without presenting any new significant information": new information starts the count again.
      const run = closedRuns.get(c.issueId);
      if (run !== undefined && run.evidence.length >= t.contactsOnClosedIssue) {
        finishedRuns.push({ ...run, issueId: c.issueId });
      }
      closedRuns.set(c.issueId, { evidence: [], afterNewInformation: true });
    } else if (c.issueStatus === 'resolved' || c.issueStatus === 'closed') {
      const run = closedRuns.get(c.issueId);
      if (run === undefined) closedRuns.set(c.issueId, { evidence: [i], afterNewInformation: false });
      else run.evidence.push(i);
    }
  }
  for (const [issueId, run] of closedRuns) {
    if (run.evidence.length >= t.contactsOnClosedIssue) finishedRuns.push({ ...run, issueId });
  }
  finishedRuns.sort((a, b) => (a.evidence[0] as number) - (b.evidence[0] as number));

  const patterns: WindowedPattern[] = [
    {
      kind: 'high-volume-in-a-day',
      behaviour: 'high-volume-communication',
      setting: 'thresholds.contactsInADay',
      count: t.contactsInADay,
      withinDays: 1,
      series: counted,
      describe: (peak) =>
        `${peak} counted contacts fell within 24 hours (a rolling 24 hours of elapsed time, not a calendar day); the policy treats ${t.contactsInADay} or more in a day as a high number.`,
    },
    {
      kind: 'high-volume-in-a-week',
      behaviour: 'high-volume-communication',
      setting: 'thresholds.contactsInAWeek',
      count: t.contactsInAWeek,
      withinDays: 7,
      series: counted,
      describe: (peak) =>
        `${peak} counted contacts fell within 7 days (a rolling 7 × 24 hours of elapsed time, not calendar days); the policy treats ${t.contactsInAWeek} or more in a week as a high number.`,
    },
    {
      kind: 'duplicate-documents',
      behaviour: 'irrelevant-or-duplicate-documents',
      setting: 'thresholds.duplicateDocuments',
      count: t.duplicateDocuments.count,
      withinDays: t.duplicateDocuments.withinDays,
      series: duplicates,
      describe: (peak) =>
        `${peak} documents already sent were sent again within ${t.duplicateDocuments.withinDays} days; the policy’s threshold is ${t.duplicateDocuments.count}.`,
    },
    {
      kind: 'unannounced-visits',
      behaviour: 'unannounced-office-visits',
      setting: 'thresholds.unannouncedVisits',
      count: t.unannouncedVisits.count,
      withinDays: t.unannouncedVisits.withinDays,
      series: visits,
      describe: (peak) =>
        `${peak} office visits without an appointment within ${t.unannouncedVisits.withinDays} days; the policy’s threshold is ${t.unannouncedVisits.count}.`,
    },
    {
      kind: 'long-repetitive-calls',
      behaviour: 'long-repetitive-calls',
      setting: 'thresholds.longCall',
      count: t.longCall.count,
      withinDays: t.longCall.withinDays,
      series: longCalls,
      describe: (peak) =>
        `${peak} calls of ${t.longCall.minutes} minutes or more, bringing no new information, within ${t.longCall.withinDays} days; the policy’s threshold is ${t.longCall.count}.`,
    },
    {
      kind: 'excessive-copying-in',
      behaviour: 'excessive-copying-in',
      setting: 'thresholds.copyingIn',
      count: t.copyingIn.count,
      withinDays: t.copyingIn.withinDays,
      series: copies,
      describe: (peak) =>
        `${peak} emails to others copied the landlord in within ${t.copyingIn.withinDays} days (rolling, of elapsed time); the policy’s threshold is ${t.copyingIn.count}.`,
    },
  ];

  const byKind = new Map<FindingKind, Finding[]>();
  for (const pattern of patterns) {
    const sources = sourceReasons(pattern.behaviour);
    const found: Finding[] = [];
    for (const episode of episodes(pattern.series, times, pattern.withinDays * DAY_MS, pattern.count)) {
      const evidence = pattern.series.slice(episode.start, episode.end + 1);
      found.push(
        findingOf(pattern.kind, pattern.behaviour, inTime, evidence, [
          ...sources,
          settingReason(policy, pattern.setting, pattern.describe(episode.peak)),
        ]),
      );
    }
    byKind.set(pattern.kind, found);
  }

  const closedFindings: Finding[] = [];
  const closedSources = sourceReasons('repeats-resolved-issue');
  for (const { issueId, evidence, afterNewInformation } of finishedRuns) {
    const since = afterNewInformation ? ', since the last contact bringing new information' : '';
    closedFindings.push({
      ...findingOf('repeated-contact-on-closed-issue', 'repeats-resolved-issue', inTime, evidence, [
        ...closedSources,
        settingReason(
          policy,
          'thresholds.contactsOnClosedIssue',
          `${evidence.length} counted contacts pursued issue ${issueId} after it was resolved or closed${since}, none bringing new information; the policy’s threshold is ${t.contactsOnClosedIssue}.`,
        ),
      ]),
      issueId,
    });
  }
  byKind.set('repeated-contact-on-closed-issue', closedFindings);

  // The landlord's own text for each rule, where its policy gives one (citations.rules).
  const findings = FindingKindSchema.options
    .flatMap((kind) => byKind.get(kind) ?? [])
    .map((finding) => ({ ...finding, reasons: allCitedUnder(policy, finding.reasons) }));
  return ok({
    findings,
    counted: counted.length,
    excluded,
    ignored: { outbound, afterAsOf, beforePolicy },
    reasons: allCitedUnder(
      policy,
      summaryReasons(policy, excludedSubjectsSeen, excluded.length - overdue, overdue, beforePolicy),
    ),
  });
}

/** The behaviour's own source sentences, as reasons. */
function sourceReasons(code: BehaviourCode): Reason[] {
  const row = BEHAVIOURS[code];
  return row.sources.map((source) =>
    reason(source.rule, `${row.label}: the source says "${source.sentence}"`),
  );
}

function findingOf(
  kind: FindingKind,
  behaviour: BehaviourCode,
  contacts: readonly ContactLogEntry[],
  evidence: readonly number[],
  reasons: Reason[],
): Finding {
  const contactIds = evidence.map((i) => (contacts[i] as ContactLogEntry).id);
  const first = contacts[evidence[0] as number] as ContactLogEntry;
  const last = contacts[evidence[evidence.length - 1] as number] as ContactLogEntry;
  return { kind, behaviour, contactIds, from: first.at, to: last.at, reasons };
}

function summaryReasons(
  policy: Policy,
  subjects: ReadonlySet<ContactSubject>,
  byExclusion: number,
  overdue: number,
  beforePolicy: number,
): Reason[] {
  const out = [
    reason(
      'HO-1',
      'Contacts by every channel count: telephone, face to face, letters, email, social media and other digital channels.',
    ),
  ];
  if (byExclusion > 0) {
    out.push(
      settingReason(
        policy,
        'exclusions',
        `${byExclusion} ${byExclusion === 1 ? 'contact was' : 'contacts were'} about ${[...subjects].join(', ')}: under the policy’s exclusions these are always received and acted on, and never count towards persistence.`,
      ),
    );
  }
  if (beforePolicy > 0) {
    out.push(
      reason(
        'HO-1',
        `${beforePolicy} ${beforePolicy === 1 ? 'contact was' : 'contacts were'} made before the policy '${policy.id}' took effect on ${policy.effectiveFrom}, so ${beforePolicy === 1 ? 'it is' : 'they are'} not counted.`,
        { document: policy.name, section: `effectiveFrom: ${policy.effectiveFrom}` },
      ),
    );
  }
  if (overdue > 0) {
    out.push(
      reason(
        'TEP-3.3',
        `${overdue} ${overdue === 1 ? 'contact chased' : 'contacts chased'} a response the landlord owed and was late with: that is not persistence "despite reasonable attempts to resolve a matter", so ${overdue === 1 ? 'it never counts' : 'they never count'}.`,
      ),
    );
  }
  return out;
}
