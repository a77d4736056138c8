import type { LocalTime, ZoneClock } from '../calendar/zone-clock.js';
import type { Policy } from '../policy/schema.js';
import { policyReason } from '../policy/settings.js';
import type { Reason } from '../shared/reason.js';
import type { Measure, Restriction, Spoc } from '../shared/restriction.js';
import type { RuleId } from '../shared/rules.js';
import {
  CHANNEL_BITS,
  CHANNEL_WORDS,
  CORRESPONDENCE_CHANNELS,
  describeChannels,
  maskOf,
  WRITTEN_CHANNELS,
} from './channels.js';
import type { ContactAttempt, ContactBreach } from './schema.js';
import {
  describeWeek,
  isWithin,
  WEEKDAY_NAMES,
  WEEKDAY_NUMBER,
  type Week,
  weekOfDays,
  weekOfWindows,
} from './windows.js';

/**
 * Every measure the gate knows (TEP-5.3, SH-1): how it is compiled once, and how one contact is
 * assessed against it. A new measure is added to `MeasureSchema` (shared/restriction.ts), then
 * here, in `compileMeasure` and `assessMeasure`; the exhaustiveness checks point at both.
 *
 * | measure               | applies to                          | a contact breaks it when         | route          |
 * |-----------------------|-------------------------------------|----------------------------------|----------------|
 * | single-channel        | both directions                     | another channel                  | the channel    |
 * | written-only          | both directions                     | not email, letter or web form    | those channels |
 * | spoc-only             | both directions                     | not with the SPOC                | the SPOC       |
 * |   SPOC barred (SC-2)  | both directions                     | with no one, or someone barred   | avoidStaff     |
 * | call-windows          | phone, both directions              | outside every window             | next window    |
 * | specified-days        | inbound                             | on another day                   | next such day  |
 * | nominated-person      | both directions                     | not via the nominated person     | that person    |
 * | no-contact-on-issue   | both directions, that issue         | always (NF-3: not a complaint)   | none: decline  |
 * | return-correspondence | inbound correspondence              | always (NF-3: not a complaint)   | none: decline; |
 * |                       |                                     |                                  | other routes   |
 * |                       |                                     |                                  | avoid writing  |
 * | no-contact            | both directions, every channel      | always (NF-3: not a complaint)   | none: decline  |
 * | service-scope         | narrows the restriction: its other measures bind only contacts about the services |
 * |                       | named, or not saying which service (compiled on the restriction, see gate.ts)     |
 * | call-length-limit     | phone, both directions              | durationMinutes over the limit   | the limit      |
 * |                       | (allowed calls carry the limit in `conditions`)                                   |
 * | witness-present       | in person, both directions          | witnessPresent not true          | a witness      |
 */

/** A measure compiled for the hot path, with its breach record and reason built once and frozen. */
export type CompiledMeasure = { readonly breach: ContactBreach; readonly reason: Reason } & (
  | { readonly kind: 'single-channel' | 'written-only'; readonly mask: number }
  | { readonly kind: 'spoc-only'; readonly spoc: Spoc; readonly standIn: Reason }
  | { readonly kind: 'call-windows' | 'specified-days'; readonly week: Week }
  | { readonly kind: 'nominated-person'; readonly personId: string }
  | { readonly kind: 'no-contact-on-issue'; readonly issueId: string; readonly waived: Reason }
  | { readonly kind: 'return-correspondence'; readonly mask: number; readonly waived: Reason }
  | { readonly kind: 'no-contact'; readonly waived: Reason }
  | { readonly kind: 'service-scope'; readonly services: readonly string[] }
  | { readonly kind: 'call-length-limit'; readonly minutes: number; readonly notice: Reason }
  | { readonly kind: 'witness-present'; readonly notice: Reason }
);

/** Freezes a reason and its citation, built once at compile time; each decision gets its own copy. */
export function frozen(built: Reason): Reason {
  Object.freeze(built.citation);
  return Object.freeze(built);
}

const NF3_NOT_STOPPED =
  'a restriction may channel how a complaint is made, but never stops the customer making or escalating a complaint, or going to the Ombudsman';

/** Compiles one measure of a validated restriction. */
export function compileMeasure(measure: Measure, restriction: Restriction, policy: Policy): CompiledMeasure {
  const id = restriction.id;
  const zone = policy.timeZone;
  // The landlord's own text for each rule, where the policy gives it (citations.rules).
  const cite = (rule: RuleId, text: string) => policyReason(policy, rule, text);
  const breach: ContactBreach = Object.freeze({ restrictionId: id, measure: measure.kind });
  const because = (rule: RuleId, text: string) =>
    frozen(cite(rule, `This contact breaks restriction ${id}: ${text}`));
  switch (measure.kind) {
    case 'single-channel': // SH-1: a single method of communication
      return {
        kind: measure.kind,
        breach,
        mask: CHANNEL_BITS[measure.channel],
        reason: because(
          'SH-1',
          `contact is by one method of communication only, ${CHANNEL_WORDS[measure.channel]}.`,
        ),
      };
    case 'written-only': // TEP-5.3: only accept contact in writing
      return {
        kind: measure.kind,
        breach,
        mask: maskOf(WRITTEN_CHANNELS),
        reason: because(
          'TEP-5.3',
          `contact is accepted in writing only (${describeChannels(WRITTEN_CHANNELS)}).`,
        ),
      };
    case 'spoc-only': {
      // TEP-6: all enquiries and communication are channelled via the SPOC. The gate's schema
      // refuses a spoc-only measure on a restriction without one.
      const spoc = restriction.spoc as Spoc;
      return {
        kind: measure.kind,
        breach,
        spoc,
        reason: because(
          'TEP-6',
          `all contact is channelled through the single point of contact, ${spoc.name} (${spoc.staffId}).`,
        ),
        // SC-2: a SPOC under a conduct protection for this resident may not act, so another
        // colleague stands in for them.
        standIn: because(
          'TEP-6',
          `all contact is channelled through the single point of contact, ${spoc.name} (${spoc.staffId}), who may have no contact with this resident while a conduct complaint about them is open (SC-2): another colleague must take or make this contact in their place.`,
        ),
      };
    }
    case 'call-windows': {
      // TEP-5.3: only take calls at pre-arranged dates and times
      const week = weekOfWindows(measure.windows);
      return {
        kind: measure.kind,
        breach,
        week,
        reason: because(
          'TEP-5.3',
          `calls are taken only at pre-arranged times, ${describeWeek(week)} (${zone} time).`,
        ),
      };
    }
    case 'specified-days': {
      // SH-1: the customer can only make contact on a specified day
      const names = [...new Set(measure.days)]
        .sort((a, b) => WEEKDAY_NUMBER[a] - WEEKDAY_NUMBER[b])
        .map((day) => WEEKDAY_NAMES[WEEKDAY_NUMBER[day]]);
      const list = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
      return {
        kind: measure.kind,
        breach,
        week: weekOfDays(measure.days),
        reason: because('SH-1', `the customer can only make contact on ${list} (${zone} time).`),
      };
    }
    case 'nominated-person': // SH-1: a nominated person acts on the customer's behalf
      return {
        kind: measure.kind,
        breach,
        personId: measure.personId,
        reason: because(
          'SH-1',
          `contact goes through the person the customer nominated, ${measure.personId}.`,
        ),
      };
    case 'no-contact-on-issue': // SH-1: no further communication on a particular issue
      return {
        kind: measure.kind,
        breach,
        issueId: measure.issueId,
        reason: because('SH-1', `there is no further communication on issue ${measure.issueId}.`),
        waived: frozen(
          cite(
            'NF-3',
            `Restriction ${id} ends communication on issue ${measure.issueId}, but not a complaint about it: ${NF3_NOT_STOPPED}.`,
          ),
        ),
      };
    case 'return-correspondence': // TEP-5.3: return correspondence
      return {
        kind: measure.kind,
        breach,
        mask: maskOf(CORRESPONDENCE_CHANNELS),
        reason: because('TEP-5.3', 'correspondence is returned, not answered.'),
        waived: frozen(
          cite('NF-3', `Restriction ${id} returns correspondence, but not a complaint: ${NF3_NOT_STOPPED}.`),
        ),
      };
    case 'no-contact': // HO-5: stop all communication with a customer
      return {
        kind: measure.kind,
        breach,
        reason: because('HO-5', 'all communication with the customer has stopped, in either direction.'),
        waived: frozen(
          cite(
            'NF-3',
            `Restriction ${id} stops all communication with the customer, but not a complaint or an approach to the Ombudsman: ${NF3_NOT_STOPPED}.`,
          ),
        ),
      };
    case 'service-scope': // the restriction's other measures bind contacts about these services only
      return {
        kind: measure.kind,
        breach,
        services: measure.services,
        reason: because(
          'TEP-5.3',
          `it applies to contacts about ${measure.services.join(', ')}, and this contact does not say which service it is about (service), so it is held to it.`,
        ),
      };
    case 'call-length-limit': // TEP-5.3 "restricting the frequency of contact"; HO-4 clear warnings before ending a call
      return {
        kind: measure.kind,
        breach,
        minutes: measure.minutes,
        reason: because(
          'TEP-5.3',
          `calls last no longer than ${measure.minutes} minutes, and this one is planned or expected to last longer: keep it to ${measure.minutes} minutes.`,
        ),
        notice: frozen(
          cite(
            'HO-4',
            `Restriction ${id} limits calls to ${measure.minutes} minutes: end this call at ${measure.minutes} minutes, giving the customer a clear warning before ending it.`,
          ),
        ),
      };
    case 'witness-present': // TEP-5.3 "take other action that we consider appropriate"
      return {
        kind: measure.kind,
        breach,
        reason: because(
          'TEP-5.3',
          'meetings and visits in person take place only with a witness, a second colleague, present.',
        ),
        notice: frozen(
          cite(
            'TEP-5.3',
            `Restriction ${id} requires a witness at meetings in person: the witness stays present throughout.`,
          ),
        ),
      };
    default:
      return unhandled(measure);
  }
}

/** What one contact has shown against the measures in force so far. Reused between contacts. */
export interface Assessment {
  contact: ContactAttempt;
  at: number;
  channelBit: number;
  inbound: boolean;
  /** NF-3: a complaint or an approach to the Ombudsman. */
  channelled: boolean;
  clock: ZoneClock;
  /** The contact's local time, once something asked for it. */
  now: LocalTime | null;
  breaches: ContactBreach[] | null;
  reasons: Reason[] | null;
  /** NF-3 notes: measures that would have stopped a complaint. */
  waived: Reason[] | null;
  /** A breach no route can carry: the contact is declined unless an exclusion or NF-3 applies. */
  hard: boolean;
  /** Channels every channel measure permits. */
  channels: number;
  channelLimited: boolean;
  /** The SPOC every spoc-only measure names, leaving out SPOCs barred by a protection. */
  spoc: Spoc | null;
  spocConflict: boolean;
  /** SC-2: staff under a protection binding this contact (its instant and its resident). */
  barred: string[];
  /** SC-2: the staff ids of SPOCs in force that `barred` names; another colleague stands in. */
  barredSpocs: string[];
  personId: string | null;
  personConflict: boolean;
  /** Weeks of the call windows in force; they bind a phone call. */
  callWeeks: Week[];
  /** Weeks of the specified days in force; they bind an inbound contact. */
  dayWeeks: Week[];
  /** The shortest call-length limit in force (minutes), and its notice; they bind a call. */
  callLimit: number | null;
  callLimitNotice: Reason | null;
  /** A witness-present measure's notice, when one is in force; it binds a meeting in person. */
  witnessNotice: Reason | null;
}

/** The contact's local time, read once. */
export function nowOf(a: Assessment): LocalTime {
  if (a.now === null) a.now = a.clock.localTime(a.at);
  return a.now;
}

function breach(
  a: Assessment,
  measure: CompiledMeasure,
  hard: boolean,
  because: Reason = measure.reason,
): void {
  if (a.breaches === null) {
    a.breaches = [];
    a.reasons = [];
  }
  // A fresh record: every decision is the caller's own to keep or change.
  a.breaches.push({ restrictionId: measure.breach.restrictionId, measure: measure.breach.measure });
  a.reasons?.push(because);
  if (hard) a.hard = true;
}

function waive(a: Assessment, note: Reason): void {
  if (a.waived === null) a.waived = [];
  a.waived.push(note);
}

/**
 * A measure that stops the contact outright: a breach no route can carry, except that a complaint
 * or an approach to the Ombudsman is never stopped (NF-3), and gets a note saying so instead.
 */
function stop(a: Assessment, measure: CompiledMeasure & { readonly waived: Reason }): void {
  if (a.channelled) waive(a, measure.waived);
  else breach(a, measure, true);
}

const PHONE = CHANNEL_BITS.phone;
const IN_PERSON = CHANNEL_BITS['in-person'];

/** Assesses a contact against one measure of a restriction in force, adding what it finds to `a`. */
export function assessMeasure(measure: CompiledMeasure, a: Assessment): void {
  switch (measure.kind) {
    case 'single-channel':
    case 'written-only':
      a.channels &= measure.mask;
      a.channelLimited = true;
      if ((a.channelBit & measure.mask) === 0) breach(a, measure, false);
      return;
    case 'spoc-only': {
      const by = a.contact.staffId;
      if (a.barred.length > 0 && a.barred.includes(measure.spoc.staffId)) {
        // SC-2 over TEP-6: the SPOC may not act for this resident, so any colleague not barred
        // stands in for them; the route never names them.
        if (!a.barredSpocs.includes(measure.spoc.staffId)) a.barredSpocs.push(measure.spoc.staffId);
        if (by === undefined || a.barred.includes(by)) breach(a, measure, false, measure.standIn);
        return;
      }
      if (a.spoc === null) a.spoc = measure.spoc;
      else if (a.spoc.staffId !== measure.spoc.staffId) a.spocConflict = true;
      if (by !== measure.spoc.staffId) breach(a, measure, false);
      return;
    }
    case 'call-windows':
      a.callWeeks.push(measure.week);
      if (a.channelBit === PHONE) {
        const now = nowOf(a);
        if (!isWithin(measure.week, now.weekday, now.minute)) breach(a, measure, false);
      }
      return;
    case 'specified-days':
      if (!a.inbound) return;
      a.dayWeeks.push(measure.week);
      {
        const now = nowOf(a);
        if (!isWithin(measure.week, now.weekday, now.minute)) breach(a, measure, false);
      }
      return;
    case 'nominated-person':
      if (a.personId === null) a.personId = measure.personId;
      else if (a.personId !== measure.personId) a.personConflict = true;
      if (a.contact.via !== measure.personId) breach(a, measure, false);
      return;
    case 'no-contact-on-issue':
      if (a.contact.issueId === measure.issueId) stop(a, measure);
      return;
    case 'return-correspondence':
      if (!a.inbound) return;
      if (a.channelled) {
        if ((a.channelBit & measure.mask) !== 0) waive(a, measure.waived);
        return;
      }
      // Correspondence is returned, so no route sends the customer to it.
      a.channels &= ~measure.mask;
      a.channelLimited = true;
      if ((a.channelBit & measure.mask) !== 0) breach(a, measure, true);
      return;
    case 'no-contact':
      // HO-5: no contact at all, so no route; the exclusions (TEP-7) still lift it, as every breach.
      stop(a, measure);
      return;
    case 'service-scope':
      // Compiled on the restriction (gate.ts): a contact about another service never reaches here.
      return;
    case 'call-length-limit':
      if (a.callLimit === null || measure.minutes < a.callLimit) {
        a.callLimit = measure.minutes;
        a.callLimitNotice = measure.notice;
      }
      if (a.channelBit === PHONE && (a.contact.durationMinutes ?? 0) > measure.minutes) {
        breach(a, measure, false);
      }
      return;
    case 'witness-present':
      a.witnessNotice = measure.notice;
      if (a.channelBit === IN_PERSON && a.contact.witnessPresent !== true) breach(a, measure, false);
      return;
    default:
      unhandled(measure);
  }
}

/** The exhaustiveness check: a measure kind added to the schema and not handled fails to compile. */
function unhandled(value: never): never {
  throw new Error(`Unhandled measure: ${JSON.stringify(value)}`);
}
