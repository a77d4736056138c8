import { daysBetween } from '../calendar/civil-date.js';
import { describeDate } from '../calendar/zone.js';
import type { CaseEvent } from '../case/events.js';
import { civilDateOf, instantMs, latestDate, protectedStaff } from '../case/facts.js';
import { actorNotReported } from '../case/guards.js';
import { applyLenient } from '../case/lenient.js';
import { type LogStep, readLog } from '../case/log.js';
import { type Obligation, type ObligationKind, obligationsTrusted } from '../case/obligations.js';
import { applyVoid, openingInstant } from '../case/replay.js';
import { type CaseState, newCase, type OpenCaseInput, type RestrictionRecord } from '../case/state.js';
import { TRANSITIONS } from '../case/transitions.js';
import { exclusionReason } from '../contact/exclusions.js';
import type { Policy } from '../policy/schema.js';
import { policyReason } from '../policy/settings.js';
import { type PolicyVersions, versionFor } from '../policy/versions.js';
import type { CivilDate, Instant } from '../shared/dates.js';
import type { Reason } from '../shared/reason.js';
import { type Failure, ok, type Result } from '../shared/result.js';
import type { AuditContact, AuditFinding, CaseAudit } from './finding.js';
import {
  type FindingSeverity,
  LETTERS,
  obligationSeverity,
  refusalSeverity,
  severityWords,
} from './severity.js';

/**
 * The audit's fold: a case's history applied leniently (case/lenient.ts), with every departure
 * from the policy kept as a finding. Three kinds of departure are looked for:
 * - a step the strict machine would refuse (each refusal, with its code, rule and reasons);
 * - something owed (an obligation: a review, a letter, a decision) met late, or never met;
 * - what the machine does not judge at a step: a reported member of staff acting on the case
 *   (SC-2), and, from the contact log, an excluded report refused (TEP-7) or a contact with a
 *   reported member of staff (SC-2).
 * The log is read as `replay` reads it (`readLog`): retries are no-ops, voided events are left
 * out, each void is recorded (`applyVoid`), and every step, obligation and contact is judged under
 * the policy version in effect at its instant (`versionFor`).
 */

/** An event of the history, with its position in the list the caller gave. */
export interface IndexedEvent {
  readonly index: number;
  readonly event: CaseEvent;
}

/** What the fold needs besides the events: the audit's date, the opening, the contact log. */
export interface AuditSettings {
  readonly asOf: Instant;
  readonly opening?: OpenCaseInput;
  readonly contacts?: readonly AuditContact[];
}

/** An instant of the audit: as milliseconds, the version in effect, and the day in its zone. */
interface Moment {
  readonly atMs: number;
  readonly version: Policy;
  /** Every version, for what is counted from an earlier day (NF-8). */
  readonly versions: PolicyVersions;
  readonly today: CivilDate;
}

/** The moment of an instant, under the version of the policy in effect then. */
function momentAt(policy: PolicyVersions, at: Instant): Moment {
  const version = versionFor(policy, at);
  return { atMs: instantMs(at), version, versions: policy, today: civilDateOf(at, version.timeZone) };
}

/** One overdue obligation being followed until it is met or the audit's date. */
interface Owed {
  readonly obligation: Obligation;
  /** The last day it was seen still owed. */
  lastSeenOn: CivilDate;
}

/**
 * One debt however its due date moves: a review or a decision is the same obligation while it
 * stays owed (its due date may be worked out again); each letter is owed for one decision.
 */
const keyOf = (o: Obligation): string =>
  LETTERS.includes(o.kind) ? `${o.kind}|${o.subject ?? ''}|${o.dueOn}` : `${o.kind}|${o.subject ?? ''}`;

const KIND_WORDS = (kind: ObligationKind): string =>
  kind.replaceAll('-', ' ').replace('eia', 'EIA').replace('spoc', 'SPOC');

/** A finding, with its severity's words after its own. */
function finding(
  fields: Omit<AuditFinding, 'severityBasis' | 'rule' | 'citation' | 'severity'>,
  cause: Reason,
  severity: FindingSeverity,
): AuditFinding {
  return {
    ...fields,
    rule: cause.rule,
    citation: cause.citation,
    severity,
    severityBasis: severityWords(severity),
  };
}

/** The last day a restriction was in force before `on`, when it had ended by then. */
function endedBefore(restriction: RestrictionRecord, on: CivilDate): CivilDate | undefined {
  const { liftedOn, lastDayInForce } = restriction;
  const last =
    liftedOn !== undefined && (lastDayInForce === null || liftedOn < lastDayInForce)
      ? liftedOn
      : lastDayInForce;
  return last !== null && last < on ? last : undefined;
}

/** TEP-8, TEP-10: how many days after its last day in force a restriction was acted on, if that is why the step was refused. */
function daysPastLastDay(state: CaseState, event: CaseEvent, on: CivilDate): number | undefined {
  const named = 'restrictionId' in event ? event.restrictionId : undefined;
  const ends = state.restrictions
    .filter((r) => named === undefined || r.id === named)
    .map((r) => endedBefore(r, on))
    .filter((day): day is CivilDate => day !== undefined);
  const last = latestDate(ends);
  return last === undefined ? undefined : daysBetween(last, on);
}

/** The finding for one refusal of the strict machine at event `index`. */
function refusalFinding(
  failure: Failure,
  { index, event }: IndexedEvent,
  on: CivilDate,
  state: CaseState,
  policy: Policy,
): AuditFinding {
  const cause =
    failure.reasons?.[0] ?? policyReason(policy, 'NF-8', 'Every decision says who decided, and when.');
  const pastEnd = failure.code === 'NO_ACTIVE_RESTRICTION' ? daysPastLastDay(state, event, on) : undefined;
  const text =
    pastEnd === undefined
      ? `Event ${index} (${event.type}, ${describeDate(on)}), which the policy would refuse: ${failure.message}`
      : `Event ${index} (${event.type}, ${describeDate(on)}) acted on a restriction ${pastEnd} day(s) after its last day in force: ${failure.message}`;
  return finding(
    {
      kind: 'refused-step',
      code: failure.code,
      ...(failure.reasons !== undefined && { reasons: failure.reasons }),
      index,
      on,
      ...(pastEnd !== undefined && { daysLate: pastEnd }),
      text,
    },
    cause,
    refusalSeverity(failure.code, event.type),
  );
}

/** The finding for something owed met late (by event `index`) or never met. */
function obligationFinding(
  owed: Obligation,
  met: { index: number; event: CaseEvent; on: CivilDate } | undefined,
  lastSeenOn: CivilDate,
): AuditFinding {
  const what = `${KIND_WORDS(owed.kind)}${owed.subject === undefined ? '' : ` (${owed.subject})`}, due ${describeDate(owed.dueOn)}`;
  const cause = owed.reasons[0] as Reason;
  if (met !== undefined) {
    const daysLate = daysBetween(owed.dueOn, met.on);
    return finding(
      {
        kind: 'met-late',
        obligation: owed.kind,
        index: met.index,
        on: met.on,
        dueOn: owed.dueOn,
        daysLate,
        ...(owed.subject !== undefined && { subject: owed.subject }),
        text: `The ${what}, was ${daysLate} day(s) late: event ${met.index} (${met.event.type}, ${describeDate(met.on)}) ended it. ${cause.text}`,
      },
      cause,
      obligationSeverity(owed.kind, 'late', owed.subject),
    );
  }
  const daysLate = daysBetween(owed.dueOn, lastSeenOn);
  return finding(
    {
      kind: 'never-met',
      obligation: owed.kind,
      on: owed.dueOn,
      dueOn: owed.dueOn,
      daysLate,
      ...(owed.subject !== undefined && { subject: owed.subject }),
      text: `The ${what}, was never met: still owed ${daysLate} day(s) later, on ${describeDate(lastSeenOn)}. ${cause.text}`,
    },
    cause,
    obligationSeverity(owed.kind, 'never', owed.subject),
  );
}

/**
 * SC-2: a record made by a member of staff the resident has reported, while the protection is in
 * force, of a kind the machine does not refuse (an incident: the evidence is kept whoever records
 * it). A concern: the record is not independent, and may mean the two were in contact.
 */
function protectedActorFinding(
  { index, event }: IndexedEvent,
  on: CivilDate,
  staffId: string,
  policy: Policy,
): AuditFinding {
  const cause = policyReason(
    policy,
    'SC-2',
    `Once a resident reports a member of staff's conduct, that member of staff has no further contact with the resident until the resident is satisfied with the outcome: ${staffId} recorded event ${index} (${event.type}) while the protection was in force; check that they were not in contact with the resident.`,
  );
  return finding(
    { kind: 'protected-staff-acted', index, on, subject: staffId, text: cause.text },
    cause,
    'concern',
  );
}

/** TEP-7 and SC-2 in the contact log: an excluded report not taken, a contact with a reported member of staff. */
function contactFindings(
  contacts: readonly AuditContact[],
  state: CaseState,
  versions: PolicyVersions,
  asOfMs: number,
): AuditFinding[] {
  const found: AuditFinding[] = [];
  contacts.forEach((contact, contactIndex) => {
    const { atMs, version: policy, today: on } = momentAt(versions, contact.at);
    if (atMs > asOfMs) return;
    const id = contact.id === undefined ? '' : ` '${contact.id}'`;
    if (policy.exclusions.includes(contact.subject) && contact.handled !== 'taken') {
      const cause = exclusionReason(policy, contact.subject);
      found.push(
        finding(
          {
            kind: 'exclusion-refused',
            contactIndex,
            on,
            text: `Contact ${contactIndex}${id} (${contact.subject}, ${describeDate(on)}) was ${contact.handled}: ${cause.text}`,
          },
          cause,
          'maladministration-risk',
        ),
      );
    }
    const staffId = contact.staffId;
    if (staffId !== undefined && contact.handled !== 'declined' && protectedStaff(state, atMs).has(staffId)) {
      const cause = policyReason(
        policy,
        'SC-2',
        `Once a resident reports a member of staff's conduct, that member of staff has no further contact with the resident until the resident is satisfied with the outcome: ${staffId} had contact${id} on ${describeDate(on)}.`,
      );
      found.push(
        finding(
          { kind: 'protected-staff-contact', contactIndex, on, subject: staffId, text: cause.text },
          cause,
          'maladministration-risk',
        ),
      );
    }
  });
  return found;
}

/**
 * Follows what is owed through the history: each check sees the obligations overdue at an
 * instant; one seen before and gone after an event was ended by it, late; one gone between two
 * checks, or still there at the audit's date, was never met.
 */
class OwedLedger {
  private readonly owed = new Map<string, Owed>();
  readonly findings: AuditFinding[] = [];

  /** What is overdue at a moment, under the version in effect then. */
  private overdue(state: CaseState, moment: Moment, withMarkers = false): Result<Obligation[]> {
    const listed = obligationsTrusted(
      state,
      moment.version,
      moment.versions,
      moment.atMs,
      moment.today,
      withMarkers,
    );
    return listed.ok ? ok(listed.value.filter((o) => o.overdue)) : listed;
  }

  /**
   * Sees what is overdue at an instant: new items are followed, items gone were never met.
   * Warning markers (NF-9, notes at most) are looked at only at the audit's date (`withMarkers`):
   * a marker reviewed late is not reported, one still unreviewed is.
   */
  see(state: CaseState, moment: Moment, withMarkers = false): Result<void> {
    const now = this.overdue(state, moment, withMarkers);
    if (!now.ok) return now;
    const { today } = moment;
    const keys = new Set<string>();
    for (const obligation of now.value) {
      const key = keyOf(obligation);
      keys.add(key);
      const known = this.owed.get(key);
      if (known === undefined) this.owed.set(key, { obligation, lastSeenOn: today });
      else known.lastSeenOn = today;
    }
    for (const [key, gone] of this.owed) {
      if (keys.has(key)) continue;
      this.findings.push(obligationFinding(gone.obligation, undefined, gone.lastSeenOn));
      this.owed.delete(key);
    }
    return ok(undefined);
  }

  /** After event `index`: what it ended was met late. */
  settle(state: CaseState, moment: Moment, met: IndexedEvent): Result<void> {
    const now = this.overdue(state, moment);
    if (!now.ok) return now;
    const keys = new Set(now.value.map(keyOf));
    for (const [key, gone] of this.owed) {
      if (keys.has(key)) continue;
      this.findings.push(obligationFinding(gone.obligation, { ...met, on: moment.today }, gone.lastSeenOn));
      this.owed.delete(key);
    }
    return ok(undefined);
  }

  /** At the audit's date: whatever is still owed was never met. */
  close(): void {
    for (const { obligation, lastSeenOn } of this.owed.values()) {
      this.findings.push(obligationFinding(obligation, undefined, lastSeenOn));
    }
    this.owed.clear();
  }
}

/** Restrictions that reached the end of their last day in (fromMs, toMs]: the instants just before each end. */
function endsBetween(state: CaseState, fromMs: number, toMs: number): number[] {
  const ends: number[] = [];
  for (const restriction of state.restrictions) {
    if (restriction.endsAt === null || restriction.liftedAt !== undefined) continue;
    const lastMoment = instantMs(restriction.endsAt) - 1;
    if (lastMoment > fromMs && lastMoment < toMs) ends.push(lastMoment);
  }
  return ends.sort((a, b) => a - b);
}

/**
 * The log as it stood at the audit's date: a void dated after `asOf` is not yet on it, so the
 * event it voids is folded (and the void itself left out with a note, as any event after `asOf`).
 */
function asItStoodAt(steps: readonly LogStep[], events: readonly CaseEvent[], asOfMs: number): LogStep[] {
  const undone = new Map<number, string>();
  for (const step of steps) {
    if (step.kind === 'void' && instantMs(step.event.at) > asOfMs)
      undone.set(step.voided.index, step.voided.fingerprint);
  }
  if (undone.size === 0) return [...steps];
  return steps.map((step) => {
    const fingerprint = undone.get(step.index);
    if (step.kind !== 'voided' || fingerprint === undefined) return step;
    return { kind: 'apply', index: step.index, event: events[step.index] as CaseEvent, fingerprint };
  });
}

/** NF-8: an event dated after the audit's date, left out. */
function afterAsOfFinding({ index, event }: IndexedEvent, moment: Moment): AuditFinding {
  const cause = policyReason(moment.version, 'NF-8', 'Every decision says who decided, and when.');
  return finding(
    {
      kind: 'after-as-of',
      index,
      on: moment.today,
      text: `Event ${index} (${event.type}) is dated ${describeDate(moment.today)}, after the audit's date: it is left out (a mistyped date?).`,
    },
    cause,
    'note',
  );
}

/**
 * The audit of a validated history, folded leniently from the opening. The log is read as `replay`
 * reads it (`readLog`): a retry is a no-op, a voided event is left out (its findings with it), a
 * void is recorded in the trail as `replay` records it (`applyVoid`); every step, obligation and
 * contact is judged under the policy version in effect at its instant. An event (a void included)
 * dated after `asOf` is left out with a note; a void so dated is not yet on the log, so the event
 * it voids is folded. Findings carry each event's position in `events`; `root` names the list in
 * paths (`events`, `cases[3].events`).
 *
 * Refuses a log whose ids do not hold together (`EVENT_ID_CONFLICT`, `VOIDED_EVENT_NOT_FOUND`,
 * `EVENT_ALREADY_VOIDED`, `EVENT_NOT_VOIDABLE`, with `error.index`), and a date the policy's
 * calendar cannot hold (`obligations`' own refusal).
 *
 * @example
 * auditTrusted([incident, restriction], { id: tep.id, versions: [tep] }, { asOf: '2026-12-01T00:00:00Z' })
 * // => { ok: true, value: { findings: [{ kind: 'refused-step', code: 'EIA_REQUIRED', index: 1, rule: 'TEP-2.3', ... }], state, obligations } }
 */
export function auditTrusted(
  events: readonly CaseEvent[],
  policy: PolicyVersions,
  settings: AuditSettings,
  root = 'events',
): Result<CaseAudit> {
  const log = readLog(events, root);
  if (!log.ok) return log;
  const { asOf, opening, contacts = [] } = settings;
  const asOfMs = instantMs(asOf);
  // As replay opens it (at the first event neither voided nor a void), from what was on the log by asOf.
  const onTheLog = events.filter((event) => instantMs(event.at) <= asOfMs);
  let state =
    opening === undefined
      ? newCase(onTheLog.length === 0 ? asOf : openingInstant(onTheLog))
      : newCase(opening.openedAt, { caseId: opening.caseId, customerId: opening.customerId });
  const findings: AuditFinding[] = [];
  const ledger = new OwedLedger();
  let lastMs = instantMs(state.openedAt);
  const seeEndsUntil = (toMs: number): Result<void> => {
    for (const end of endsBetween(state, lastMs, toMs)) {
      const seen = ledger.see(state, momentAt(policy, new Date(end).toISOString()));
      if (!seen.ok) return seen;
    }
    return ok(undefined);
  };

  for (const step of asItStoodAt(log.value, events, asOfMs)) {
    if (step.kind === 'retry' || step.kind === 'voided') continue;
    const { index, event } = step;
    const entry: IndexedEvent = { index, event };
    const moment = momentAt(policy, event.at);
    const { atMs, version, today: on } = moment;
    if (atMs > asOfMs) {
      findings.push(afterAsOfFinding(entry, moment));
      continue;
    }
    if (step.kind === 'void') {
      state = applyVoid(state, step.event, step.voided, version, step.fingerprint);
      continue;
    }
    if (atMs >= lastMs) {
      const ended = seeEndsUntil(atMs);
      if (!ended.ok) return ended;
      const before = ledger.see(state, moment);
      if (!before.ok) return before;
    }
    // Steps the machine refuses to a reported member of staff are found as refused steps (SC-2);
    // the rest (an incident they recorded) are found here.
    if (!(TRANSITIONS[event.type].guards as readonly unknown[]).includes(actorNotReported)) {
      for (const staffId of [event.by, ...(event.jointlyWith ?? []).map((d) => d.by)]) {
        if (protectedStaff(state, atMs).has(staffId))
          findings.push(protectedActorFinding(entry, on, staffId, version));
      }
    }
    const taken = applyLenient(state, event, version, policy, `${root}[${index}]`, step.fingerprint);
    for (const refusal of taken.refusals) findings.push(refusalFinding(refusal, entry, on, state, version));
    if (!taken.applied) continue;
    state = taken.state;
    lastMs = atMs;
    const after = ledger.settle(state, moment, entry);
    if (!after.ok) return after;
  }
  const atEnd = momentAt(policy, asOf);
  const ended = seeEndsUntil(asOfMs);
  if (!ended.ok) return ended;
  const seen = ledger.see(state, atEnd, true);
  if (!seen.ok) return seen;
  ledger.close();
  const owed = obligationsTrusted(state, atEnd.version, policy, asOfMs, atEnd.today);
  if (!owed.ok) return owed;
  const all = [...findings, ...ledger.findings, ...contactFindings(contacts, state, policy, asOfMs)];
  all.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : (a.index ?? -1) - (b.index ?? -1)));
  return ok({ findings: all, state, obligations: owed.value });
}
