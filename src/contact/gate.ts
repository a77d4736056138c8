import type { z } from 'zod';
import { describeDate, endOfDay, startOfDay } from '../calendar/zone.js';
import { clockOf, type LocalTime, parseInstant, type ZoneClock } from '../calendar/zone-clock.js';
import type { Policy } from '../policy/schema.js';
import { policyReason } from '../policy/settings.js';
import { fieldOf, type PolicyInput, withPresetPolicy } from '../policy/versions.js';
import { statedWords } from '../shared/describe.js';
import { checkInput } from '../shared/guard.js';
import type { Reason } from '../shared/reason.js';
import type { Protection, Restriction } from '../shared/restriction.js';
import { type Failure, ok, type Result } from '../shared/result.js';
import type { RuleId } from '../shared/rules.js';
import { combineFailures, invalidInput, isAccepted, validate } from '../shared/validate.js';
import type { ContactSubject } from '../shared/vocabulary.js';
import { ALL_CHANNELS, CHANNEL_BITS, channelsOf } from './channels.js';
import { plainContact } from './door.js';
import { CHANNELLED_SUBJECTS, exclusionReason } from './exclusions.js';
import {
  type Assessment,
  assessMeasure,
  type CompiledMeasure,
  compileMeasure,
  frozen,
  nowOf,
} from './measures.js';
import {
  type ContactAttempt,
  ContactAttemptSchema,
  type ContactBreach,
  type ContactDecision,
  type ContactGateInput,
  ContactGateInputSchema,
  type ContactRoute,
} from './schema.js';
import { isWithinAll, nextPermittedWindow, type Week } from './windows.js';

/**
 * The contact gate (TEP-5 to TEP-7, SH-1, SC-2, NF-3): may this call, email, letter or visit go
 * ahead under the restrictions in force, and if not, where should it go? Everything that can be
 * worked out before a contact arrives is worked out once, in `compileContactGate`: the instants
 * each restriction is in force, the exclusions, the call windows by weekday, every reason's text.
 * `checkTrusted` then reads the contact and does the least it can.
 *
 * Order of precedence, strictest first:
 * 1. SC-2: a protected staff member's outbound contact is declined, whatever the subject.
 * 2. SC-2: an inbound contact reaching a protected staff member is never allowed as made: an
 *    excluded subject is taken (`'allow-exclusion'`) and another colleague acts on it as soon as
 *    possible; anything else is redirected to another colleague (`route.avoidStaff`), or declined
 *    where the measures in force leave no route (never a complaint: NF-3).
 * 3. No restriction in force at the contact's instant: allow.
 * 4. Within every measure in force: allow. A SPOC under a protection (SC-2) is never the route:
 *    any colleague not barred stands in for them (TEP-6), and the reasons say so.
 * 5. TEP-7: an excluded subject is allowed (`'allow-exclusion'`), through any channel.
 * 6. A breach no route can carry (no contact on the issue, returned correspondence): decline,
 *    unless NF-3 waived it for a complaint.
 * 7. Otherwise redirect to the route every measure in force permits; where none exists, decline,
 *    or for a complaint or the Ombudsman (NF-3), take it as made (`'allow-exclusion'`).
 *
 * Every decision is built fresh, its reasons and records copied from the compiled ones: a caller
 * may keep or change it without touching the gate or any other decision.
 */

/** A compiled gate: check contacts against the restrictions, policy and protections it was built from. */
export interface ContactGate {
  /**
   * Validates a contact at the door, then checks it: a Result error naming each bad path.
   *
   * @example
   * gate.check({ at: '2026-05-04T09:30:00+01:00', direction: 'inbound', channel: 'fax', subject: 'general' })
   * // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'contact.channel', … }] } }
   */
  check(contact: ContactAttempt): Result<ContactDecision>;
  /**
   * Checks a contact already validated against `ContactAttemptSchema`, with no validation and as
   * little allocation as the answer needs. Given anything else, its answer is undefined: use
   * `check` for untrusted input. The decision is a fresh plain object on every call (its arrays,
   * reasons, breach records and route included), so the caller may change it freely.
   *
   * @example
   * // The gate of compileContactGate's example (R1: spoc-only, Sam Patel):
   * gate.checkTrusted({ at: '2026-05-04T09:30:00+01:00', direction: 'inbound', channel: 'phone',
   *   subject: 'general', staffId: 's-9' })
   * // => { outcome: 'redirect', route: { spoc: { staffId: 's-1', name: 'Sam Patel' } },
   * //      breaches: [{ restrictionId: 'R1', measure: 'spoc-only' }], reasons: [{ rule: 'TEP-6', … }] }
   */
  checkTrusted(contact: ContactAttempt): ContactDecision;
}

interface CompiledRestriction {
  readonly id: string;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly measures: readonly CompiledMeasure[];
  readonly within: Reason;
  /** The services its service-scope measures name (in every one), or null: every contact. */
  readonly scope: readonly string[] | null;
  /** A contact about another service: the restriction does not bind it. */
  readonly outOfScope: Reason | null;
  /** A contact not saying which service it is about: the restriction binds it. */
  readonly unscoped: Reason | null;
}

interface CompiledProtection {
  readonly staffId: string;
  readonly residentId: string | undefined;
  readonly since: number;
  /** When the resident was satisfied with the outcome; Infinity while they are not. */
  readonly endedAt: number;
  /** Outbound by the protected staff member: declined. */
  readonly decline: Reason;
  /** Inbound to them: another colleague must take it. */
  readonly inboundNote: Reason;
  /** Inbound to them on an excluded subject: taken, and another colleague acts on it. */
  readonly inboundExclusionNote: Reason;
  /** They are the SPOC: another colleague stands in. */
  readonly spocNote: Reason;
}

interface Compiled {
  readonly restrictions: readonly CompiledRestriction[];
  readonly protections: readonly CompiledProtection[];
  readonly exclusions: Readonly<Partial<Record<ContactSubject, Reason>>>;
  readonly clock: ZoneClock;
  readonly noneInForce: Reason;
  readonly spocHandover: Reason;
  readonly complaintChannelled: Reason;
  readonly complaintTakenAsMade: Reason;
  readonly noChannel: Reason;
  readonly noSharedSpoc: Reason;
  readonly noSharedPerson: Reason;
  readonly noWindow: Reason;
  /** When each call-windows or specified-days week stops binding: its restriction's end. */
  readonly weekEnds: ReadonlyMap<Week, number>;
  /** Scratch for the ends of the weeks of one route, reused between contacts. */
  readonly until: number[];
}

function decision(
  outcome: ContactDecision['outcome'],
  reasons: readonly Reason[],
  breaches: readonly ContactBreach[],
): ContactDecision {
  return { outcome, reasons, breaches };
}

function compileRestriction(restriction: Restriction, policy: Policy): CompiledRestriction {
  const zone = policy.timeZone;
  const cite = (rule: RuleId, text: string) => policyReason(policy, rule, text);
  // TEP-5.2: in force from the start of its first day to the end of its last, in the policy's zone,
  // or until the instant it was lifted (TEP-10), if that is sooner. An open-ended one never ends by itself.
  const startsAt = Date.parse(startOfDay(restriction.startsOn, zone));
  const lastDay = restriction.lastDayInForce;
  const lastDayEnds = lastDay === null ? Number.POSITIVE_INFINITY : Date.parse(endOfDay(lastDay, zone));
  const endsAt =
    restriction.liftedAt === undefined
      ? lastDayEnds
      : Math.min(lastDayEnds, parseInstant(restriction.liftedAt));
  const within = frozen(
    cite(
      'TEP-5.2',
      `Restriction ${restriction.id} is in force from ${describeDate(restriction.startsOn)} ${lastDay === null ? 'until it is lifted' : `to the end of ${describeDate(lastDay)}`}; this contact keeps to its arrangements.`,
    ),
  );
  // A service-scope measure narrows the restriction to contacts about its services; several narrow it further.
  let scope: string[] | null = null;
  for (const measure of restriction.measures) {
    if (measure.kind !== 'service-scope') continue;
    scope =
      scope === null ? [...measure.services] : scope.filter((service) => measure.services.includes(service));
  }
  const services = scope === null ? '' : scope.length === 0 ? 'no service at all' : scope.join(', ');
  return {
    id: restriction.id,
    startsAt,
    endsAt,
    measures: restriction.measures.map((measure) => compileMeasure(measure, restriction, policy)),
    within,
    scope,
    outOfScope:
      scope === null
        ? null
        : frozen(
            cite(
              'TEP-5.3',
              `Restriction ${restriction.id} applies only to contacts about ${services}: this contact is about another service, so it does not bind it.`,
            ),
          ),
    unscoped:
      scope === null
        ? null
        : frozen(
            cite(
              'TEP-5.3',
              `Restriction ${restriction.id} applies only to contacts about ${services}; this contact does not say which service it is about (service), so it is held to the restriction.`,
            ),
          ),
  };
}

/** Whether a restriction in force binds this contact: in scope, or not saying which service it is about. */
const inScope = (restriction: CompiledRestriction, contact: ContactAttempt): boolean =>
  restriction.scope === null || contact.service === undefined || restriction.scope.includes(contact.service);

function compileProtection(protection: Protection, policy: Policy): CompiledProtection {
  const cite = (rule: RuleId, text: string) => policyReason(policy, rule, text);
  // SC-2: once a resident reports a staff member's conduct, that staff member has no further
  // contact with the resident until the resident is satisfied with the outcome.
  const who = protection.residentId === undefined ? 'the resident' : `resident ${protection.residentId}`;
  const since = describeDate(protection.since.slice(0, 10));
  return {
    staffId: protection.staffId,
    residentId: protection.residentId,
    since: parseInstant(protection.since),
    endedAt: protection.endedAt === undefined ? Number.POSITIVE_INFINITY : parseInstant(protection.endedAt),
    decline: frozen(
      cite(
        'SC-2',
        `${protection.staffId} must have no further contact with ${who} (conduct reported ${since}: ${statedWords(protection.reason)}) until the resident is satisfied with the outcome: another colleague must make this contact.`,
      ),
    ),
    inboundNote: frozen(
      cite(
        'SC-2',
        `${protection.staffId} must have no further contact with ${who} (conduct reported ${since}): another colleague must take this contact.`,
      ),
    ),
    inboundExclusionNote: frozen(
      cite(
        'SC-2',
        `${protection.staffId} must have no further contact with ${who} (conduct reported ${since}): take this report now, and another colleague must take it over and act on it as soon as possible.`,
      ),
    ),
    spocNote: frozen(
      cite(
        'SC-2',
        `${protection.staffId}, the single point of contact, must have no further contact with ${who} (conduct reported ${since}) until the resident is satisfied with the outcome: another colleague must act in their place.`,
      ),
    ),
  };
}

function compile(
  restrictions: readonly Restriction[],
  policy: Policy,
  protections: readonly Protection[],
): Compiled {
  const exclusions: Partial<Record<ContactSubject, Reason>> = {};
  for (const subject of policy.exclusions) exclusions[subject] = frozen(exclusionReason(policy, subject));
  const cite = (rule: RuleId, text: string) => policyReason(policy, rule, text);
  const none = frozen(cite('TEP-5.1', 'No contact restriction is in force at the time of this contact.'));
  const because = (rule: RuleId, text: string) => frozen(cite(rule, text));
  const compiled = restrictions.map((restriction) => compileRestriction(restriction, policy));
  const weekEnds = new Map<Week, number>();
  for (const restriction of compiled) {
    for (const measure of restriction.measures) {
      if ('week' in measure) weekEnds.set(measure.week, restriction.endsAt);
    }
  }
  return {
    restrictions: compiled,
    weekEnds,
    until: [],
    protections: protections.map((protection) => compileProtection(protection, policy)),
    exclusions,
    clock: clockOf(policy.timeZone),
    noneInForce: none,
    spocHandover: because(
      'TEP-6',
      'The single point of contact may not act for this resident, so another colleague acts in their place: tell the customer of the handover, even a temporary one, and record it as a SPOC handover.',
    ),
    complaintChannelled: because(
      'NF-3',
      'A complaint or an approach to the Ombudsman may be channelled through the permitted route, but is never refused.',
    ),
    complaintTakenAsMade: because(
      'NF-3',
      'The restrictions in force leave no route for this complaint or approach to the Ombudsman, so it is taken as made: a restriction never stops the customer complaining or going to the Ombudsman.',
    ),
    noChannel: because(
      'TEP-5.3',
      'No channel keeps to every restriction in force: the restrictions leave no permitted route.',
    ),
    noSharedSpoc: because(
      'TEP-6',
      'The restrictions in force name different single points of contact: no one colleague keeps to all of them.',
    ),
    noSharedPerson: because(
      'SH-1',
      'The restrictions in force name different nominated persons: no one route keeps to all of them.',
    ),
    noWindow: because(
      'TEP-5.3',
      'The call windows and contact days in force never coincide: no time keeps to every restriction.',
    ),
  };
}

/** Whether an SC-2 protection binds a contact at this instant. */
function binds(protection: CompiledProtection, contact: ContactAttempt, at: number): boolean {
  if (at < protection.since || at >= protection.endedAt) return false;
  // A protection naming a resident binds contact with that resident, and any contact that does not say whom it is with.
  return (
    protection.residentId === undefined ||
    contact.residentId === undefined ||
    contact.residentId === protection.residentId
  );
}

/**
 * Records in `a.barred` the staff every protection binding this contact bars, and returns the
 * reasons of those barring the contact's own staff member, or null.
 */
function protectionsFor(
  gate: Compiled,
  a: Assessment,
  contact: ContactAttempt,
  at: number,
  inbound: boolean,
  excluded: boolean,
): Reason[] | null {
  let found: Reason[] | null = null;
  for (const protection of gate.protections) {
    if (!binds(protection, contact, at)) continue;
    a.barred.push(protection.staffId);
    if (contact.staffId !== protection.staffId) continue;
    if (found === null) found = [];
    if (!inbound) found.push(protection.decline);
    else found.push(excluded ? protection.inboundExclusionNote : protection.inboundNote);
  }
  return found;
}

/** SC-2: why each barred SPOC in force is stood in for, then what TEP-6 asks of the handover. */
function spocNotes(gate: Compiled, a: Assessment, contact: ContactAttempt, at: number): Reason[] {
  const notes: Reason[] = [];
  for (const protection of gate.protections) {
    if (a.barredSpocs.includes(protection.staffId) && binds(protection, contact, at)) {
      notes.push(protection.spocNote);
    }
  }
  notes.push(gate.spocHandover);
  return notes;
}

function freshAssessment(clock: ZoneClock): Assessment {
  return {
    contact: undefined as unknown as ContactAttempt,
    at: 0,
    channelBit: 0,
    inbound: true,
    channelled: false,
    clock,
    now: null,
    breaches: null,
    reasons: null,
    waived: null,
    hard: false,
    channels: ALL_CHANNELS,
    channelLimited: false,
    spoc: null,
    spocConflict: false,
    barred: [],
    barredSpocs: [],
    personId: null,
    personConflict: false,
    callWeeks: [],
    dayWeeks: [],
    callLimit: null,
    callLimitNotice: null,
    witnessNotice: null,
  };
}

function reset(a: Assessment, contact: ContactAttempt, at: number): void {
  a.contact = contact;
  a.at = at;
  a.channelBit = CHANNEL_BITS[contact.channel];
  a.inbound = contact.direction === 'inbound';
  a.channelled = CHANNELLED_SUBJECTS.includes(contact.subject);
  a.now = null;
  a.breaches = null;
  a.reasons = null;
  a.waived = null;
  a.hard = false;
  a.channels = ALL_CHANNELS;
  a.channelLimited = false;
  a.spoc = null;
  a.spocConflict = false;
  a.barred.length = 0;
  a.barredSpocs.length = 0;
  a.personId = null;
  a.personConflict = false;
  a.callWeeks.length = 0;
  a.dayWeeks.length = 0;
  a.callLimit = null;
  a.callLimitNotice = null;
  a.witnessNotice = null;
}

/** A fresh copy of a compiled reason, so no decision shares anything with the gate or another. */
function copy(built: Reason): Reason {
  const { document, section } = built.citation;
  return { rule: built.rule, text: built.text, citation: { document, section } };
}

/** The reasons of each list in order, copied. */
function joined(...lists: (readonly Reason[] | null)[]): Reason[] {
  const out: Reason[] = [];
  for (const list of lists) if (list !== null) for (const item of list) out.push(copy(item));
  return out;
}

/**
 * The route every measure in force permits, or the reason there is none. `avoid`: the contact
 * must reach someone other than the staff an SC-2 protection bars.
 */
function routeOf(gate: Compiled, a: Assessment, avoid: boolean): ContactRoute | Reason {
  const route: { -readonly [K in keyof ContactRoute]: ContactRoute[K] } = {};
  if (a.spoc !== null) {
    if (a.spocConflict) return gate.noSharedSpoc;
    route.spoc = { staffId: a.spoc.staffId, name: a.spoc.name };
  }
  // SC-2: a barred SPOC is never the route; another colleague, not barred, takes the contact.
  if (avoid || (a.spoc === null && a.barredSpocs.length > 0)) route.avoidStaff = [...new Set(a.barred)];
  if (a.channelLimited) {
    if (a.channels === 0) return gate.noChannel;
    route.channels = channelsOf(a.channels);
  }
  if (a.personId !== null) {
    if (a.personConflict) return gate.noSharedPerson;
    route.nominatedPerson = { personId: a.personId };
  }
  // The routed contact keeps its channel when permitted; otherwise it takes the permitted ones,
  // which include the phone only when the phone is all there is.
  const phone = CHANNEL_BITS.phone;
  const routeIsPhone = (a.channels & a.channelBit) !== 0 ? a.channelBit === phone : a.channels === phone;
  if (routeIsPhone && a.callLimit !== null) route.callLimitMinutes = a.callLimit;
  const inPerson = CHANNEL_BITS['in-person'];
  const routeInPerson =
    (a.channels & a.channelBit) !== 0 ? a.channelBit === inPerson : a.channels === inPerson;
  if (routeInPerson && a.witnessNotice !== null) route.witness = true;
  const weeks: Week[] = routeIsPhone ? [...a.dayWeeks, ...a.callWeeks] : a.dayWeeks;
  if (weeks.length > 0) {
    const now: LocalTime = nowOf(a);
    if (!isWithinAll(weeks, now)) {
      // TEP-5.3: however far ahead, while the restriction each week belongs to is in force.
      const until = gate.until;
      until.length = 0;
      for (const week of weeks) until.push(gate.weekEnds.get(week) as number);
      const next = nextPermittedWindow(weeks, a.at, gate.clock, until);
      if (next === null) return gate.noWindow;
      route.nextWindow = next;
    }
  }
  return route;
}

function isReason(value: ContactRoute | Reason): value is Reason {
  return 'rule' in value;
}

function checkCompiled(gate: Compiled, a: Assessment, contact: ContactAttempt): ContactDecision {
  const at = parseInstant(contact.at);
  const inbound = contact.direction === 'inbound';
  const exclusion = gate.exclusions[contact.subject];
  reset(a, contact, at);
  // SC-2 notes about the staff member on the other end; non-null means they are barred.
  let notes: Reason[] | null = null;
  if (gate.protections.length > 0) {
    notes = protectionsFor(gate, a, contact, at, inbound, exclusion !== undefined);
    // SC-2 first: whatever the subject, the landlord acts through another colleague.
    if (notes !== null && !inbound) return decision('decline', joined(notes), []);
  }

  let inForce = 0;
  let only: CompiledRestriction | null = null;
  // Notes on service-scoped restrictions in force: one not binding this contact, or binding it unasked.
  let scoped: Reason[] | null = null;
  for (const restriction of gate.restrictions) {
    if (at < restriction.startsAt || at >= restriction.endsAt) continue;
    if (restriction.scope !== null) {
      const applies = inScope(restriction, contact);
      const note = applies ? restriction.unscoped : restriction.outOfScope;
      if (note !== null) {
        if (scoped === null) scoped = [];
        scoped.push(note);
      }
      if (!applies) continue;
    }
    inForce++;
    only = restriction;
    for (const measure of restriction.measures) assessMeasure(measure, a);
  }
  const standIn = a.barredSpocs.length > 0 ? spocNotes(gate, a, contact, at) : null;
  // SC-2: a resident's contact reaching a barred staff member is never allowed as made.
  const recipientBarred = notes !== null;

  if (a.breaches === null && !recipientBarred) {
    // How, not whether: a call ends within the limit, a meeting keeps its witness.
    const callLimited = a.callLimit !== null && a.channelBit === CHANNEL_BITS.phone;
    const witnessed = a.witnessNotice !== null && a.channelBit === CHANNEL_BITS['in-person'];
    if (a.waived === null && standIn === null && scoped === null && !callLimited && !witnessed) {
      if (inForce === 0) return decision('allow', [copy(gate.noneInForce)], []);
      if (inForce === 1 && only !== null) return decision('allow', [copy(only.within)], []);
    }
    const within: Reason[] = [];
    if (inForce === 0 && scoped === null) within.push(gate.noneInForce);
    for (const restriction of gate.restrictions) {
      if (at >= restriction.startsAt && at < restriction.endsAt && inScope(restriction, contact)) {
        within.push(restriction.within);
      }
    }
    if (callLimited && a.callLimitNotice !== null) within.push(a.callLimitNotice);
    if (witnessed && a.witnessNotice !== null) within.push(a.witnessNotice);
    const allowed = decision('allow', joined(within, scoped, a.waived, standIn), []);
    if (!callLimited && !witnessed) return allowed;
    return {
      ...allowed,
      conditions: {
        ...(callLimited && a.callLimit !== null && { callLimitMinutes: a.callLimit }),
        ...(witnessed && { witness: true as const }),
      },
    };
  }

  const breaches = a.breaches ?? [];
  const broken = a.reasons;
  // TEP-7: an exclusion overrides every restriction, through any channel, and is taken even by
  // a barred staff member, who hands it to another colleague at once (SC-2).
  if (exclusion !== undefined) {
    return {
      outcome: 'allow-exclusion',
      reasons: joined([exclusion], broken, notes, standIn, scoped),
      breaches,
      exclusion: contact.subject,
    };
  }
  if (a.hard) return decision('decline', joined(notes, broken, standIn, scoped), breaches);

  const route = routeOf(gate, a, recipientBarred);
  if (isReason(route)) {
    // NF-3: with no permitted route, a complaint is taken as made rather than refused.
    if (a.channelled) {
      return {
        outcome: 'allow-exclusion',
        reasons: joined([gate.complaintTakenAsMade], broken, [route], a.waived, notes, standIn, scoped),
        breaches,
        exclusion: contact.subject,
      };
    }
    return decision('decline', joined(notes, broken, [route], standIn, scoped), breaches);
  }
  return {
    outcome: 'redirect',
    // The decisive reason first: SC-2 when the contact reached a barred staff member.
    reasons: joined(
      notes,
      broken,
      a.channelled ? [gate.complaintChannelled] : null,
      a.waived,
      standIn,
      scoped,
    ),
    breaches,
    route,
  };
}

function toGate(gate: Compiled): ContactGate {
  const scratch = freshAssessment(gate.clock);
  const checkTrusted = (contact: ContactAttempt): ContactDecision => checkCompiled(gate, scratch, contact);
  return {
    check(contact) {
      const plain = plainContact(contact);
      if (plain !== undefined) return ok(checkTrusted(plain));
      const valid = validate(ContactAttemptSchema, contact, 'contact');
      return valid.ok ? ok(checkTrusted(valid.value)) : valid;
    },
    checkTrusted,
  };
}

/**
 * Compiles a contact gate once for many contacts: validates the restrictions, policy and
 * protections at the door, and works out everything a contact does not change. Use it where
 * contacts are many (a CRM's every call and email); its `checkTrusted` does no validation.
 *
 * Edge cases: a restriction whose last day is before its first, a spoc-only measure with no SPOC
 * named, or a call window that ends before it starts are refused with the path named. An empty
 * list of restrictions is fine: every contact is allowed, unless a protection bars it.
 *
 * @example
 * const gate = compileContactGate({
 *   restrictions: [{ id: 'R1', startsOn: '2026-03-01', lastDayInForce: '2027-02-28',
 *     measures: [{ kind: 'spoc-only' }], spoc: { staffId: 's-1', name: 'Sam Patel' } }],
 *   policy: presets.tenancyEnforcementProcedure,
 * });
 * gate.ok && gate.value.checkTrusted({ at: '2026-05-04T09:30:00+01:00', direction: 'inbound',
 *   channel: 'phone', subject: 'general', staffId: 's-9' })
 * // => { outcome: 'redirect', breaches: [{ restrictionId: 'R1', measure: 'spoc-only' }],
 * //      route: { spoc: { staffId: 's-1', name: 'Sam Patel' } },
 * //      reasons: [{ rule: 'TEP-6', text: 'This contact breaks restriction R1: all contact is channelled through the single point of contact, Sam Patel (s-1).', … }] }
 *
 * compileContactGate({ restrictions: [{ id: 'R1', startsOn: '2026-03-01', lastDayInForce: '2026-02-01',
 *   measures: [{ kind: 'written-only' }] }], policy: presets.tenancyEnforcementProcedure })
 * // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'restrictions[0].lastDayInForce', … }] } }
 */
export function compileContactGate(input: ContactGateInput): Result<ContactGate> {
  const valid = validate(ContactGateInputSchema, withPresetPolicy(input), '');
  if (!valid.ok) return valid;
  const { restrictions, policy, protections = [] } = valid.value;
  return ok(toGate(compile(restrictions, policy, protections)));
}

/** The options of `checkContact`: the policy, and any SC-2 protections in force. */
export interface CheckContactOptions {
  /** The policy, a preset's name, or a list of its versions (the one in effect at the contact's `at` judges it). */
  readonly policy: PolicyInput;
  readonly protections?: readonly Protection[];
}

/** A compiled gate and the scratch its checks reuse. */
interface CachedGate {
  readonly compiled: Compiled;
  readonly scratch: Assessment;
}

/** Stands for "no protections" as a cache key. */
const NO_PROTECTIONS = Object.freeze([]);

/**
 * Compiled gates, cached per restriction set, policy and protections object, for sets that are
 * immutable data the gate's schema has accepted (a deep-frozen list: shared/immutable.ts). Such
 * objects can never change, so the gate compiled from them is the gate `checkContact` would
 * compile again: the cache makes an answer faster, never different. Entries go with the objects.
 */
const GATES = new WeakMap<object, WeakMap<object, WeakMap<object, CachedGate>>>();

/** The gate input's field schemas, looked up once. */
let fieldSchemas: { restrictions: z.ZodType; policy: z.ZodType; protections: z.ZodType } | undefined;
function gateFields() {
  if (fieldSchemas === undefined) {
    const shape = ContactGateInputSchema.shape;
    fieldSchemas = {
      restrictions: shape.restrictions,
      policy: shape.policy,
      protections: shape.protections.unwrap(),
    };
  }
  return fieldSchemas;
}

/** The cached gate for accepted, immutable inputs, compiled on first use; `undefined` for any other input. */
function cachedGate(restrictions: unknown, options: unknown): CachedGate | undefined {
  if (
    typeof options !== 'object' ||
    options === null ||
    Object.getPrototypeOf(options) !== Object.prototype
  ) {
    return undefined;
  }
  for (const key in options) if (key !== 'policy' && key !== 'protections') return undefined;
  const { policy, protections } = options as { policy?: unknown; protections?: unknown };
  const fields = gateFields();
  if (
    !isAccepted(fields.restrictions, restrictions) ||
    !isAccepted(fields.policy, policy) ||
    (protections !== undefined && !isAccepted(fields.protections, protections))
  ) {
    return undefined;
  }
  let byRestrictions = GATES.get(restrictions as object);
  if (byRestrictions === undefined) {
    byRestrictions = new WeakMap();
    GATES.set(restrictions as object, byRestrictions);
  }
  let byPolicy = byRestrictions.get(policy as object);
  if (byPolicy === undefined) {
    byPolicy = new WeakMap();
    byRestrictions.set(policy as object, byPolicy);
  }
  const key = (protections ?? NO_PROTECTIONS) as object;
  let gate = byPolicy.get(key);
  if (gate === undefined) {
    // Accepted parts make an accepted whole, unless together they overrun the input guard's limits
    // (asked once: the parts cannot change).
    if (checkInput({ policy, protections, restrictions }, '') !== undefined) return undefined;
    const compiled = compile(
      restrictions as readonly Restriction[],
      policy as Policy,
      (protections ?? []) as readonly Protection[],
    );
    gate = { compiled, scratch: freshAssessment(compiled.clock) };
    byPolicy.set(key, gate);
  }
  return gate;
}

/**
 * May this contact go ahead under the restrictions in force? `'allow'`, `'allow-exclusion'`
 * (TEP-7: taken and acted on whatever the restriction), `'redirect'` (with the route: the SPOC,
 * the permitted channels, the nominated person, the next permitted window) or `'decline'`, with
 * the reasons and their citations. Validates everything at the door; for many contacts against
 * the same restrictions, `compileContactGate` does the same work once.
 *
 * Edge cases: a restriction is in force from local midnight at the start of `startsOn` to local
 * midnight at the end of `lastDayInForce` (policy's zone), or until `liftedAt` if sooner, so a
 * contact at the end never sees it; a protection binds from `since` until `endedAt`. SC-2: a
 * protected staff member's outbound contact is declined even for an emergency, and a contact
 * reaching them is never allowed as made (an exclusion is taken and handed to another colleague
 * at once; anything else is redirected with `route.avoidStaff`); a protected SPOC is never the route, and a colleague not barred stands in for them (TEP-6).
 * Several restrictions at once: the strictest outcome wins and the reasons name every measure
 * broken. A complaint or an approach to the Ombudsman is channelled, never declined (NF-3),
 * unless a protected staff member would make it. The decision is a fresh plain object, the
 * caller's own.
 *
 * @example
 * const restriction = { id: 'R1', startsOn: '2026-03-01', lastDayInForce: '2027-02-28',
 *   measures: [{ kind: 'single-channel', channel: 'email' }] };
 * checkContact([restriction], { at: '2026-05-04T09:30:00+01:00', direction: 'inbound',
 *   channel: 'phone', subject: 'urgent-repair' }, { policy: presets.tenancyEnforcementProcedure })
 * // => { ok: true, value: { outcome: 'allow-exclusion', exclusion: 'urgent-repair',
 * //      breaches: [{ restrictionId: 'R1', measure: 'single-channel' }],
 * //      reasons: [{ rule: 'TEP-7', text: 'Urgent repairs are always received and acted on, whatever the restriction, through any channel: take this contact and act on it.', citation: { …, section: '7. Exclusions' } },
 * //                { rule: 'SH-1', text: 'This contact breaks restriction R1: contact is by one method of communication only, email.', … }] } }
 * checkContact([restriction], { at: '2026-05-04T09:30:00+01:00', direction: 'inbound',
 *   channel: 'phone', subject: 'general' }, { policy: presets.tenancyEnforcementProcedure })
 * // => { ok: true, value: { outcome: 'redirect', route: { channels: ['email'] }, … } }
 * checkContact([restriction], { at: '2026-05-04', direction: 'inbound', channel: 'fax', subject: 'general' },
 *   { policy: presets.tenancyEnforcementProcedure })
 * // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'contact.at', … }, { path: 'contact.channel', … }] } }
 */
export function checkContact(
  restrictions: readonly Restriction[],
  contact: ContactAttempt,
  options: CheckContactOptions,
): Result<ContactDecision> {
  // The fast path: a restriction set, policy and protections already accepted (immutable data),
  // and a plain contact read by hand. Anything else takes the full door below.
  const named = withPresetPolicy(options, fieldOf(contact, 'at'));
  const cached = cachedGate(restrictions, named);
  const plain = cached === undefined ? undefined : plainContact(contact);
  if (cached !== undefined && plain !== undefined)
    return ok(checkCompiled(cached.compiled, cached.scratch, plain));
  const gateInput =
    typeof named === 'object' && named !== null && !Array.isArray(named)
      ? { ...named, restrictions }
      : undefined;
  // The options are read as the gate's own input, whose schema is strict; only `restrictions`
  // would be hidden by the spread, so it is named here.
  const validGate: Result<z.output<typeof ContactGateInputSchema>> =
    gateInput === undefined
      ? invalidInput([{ path: 'options', message: 'expected an object { policy, protections? }' }])
      : Object.hasOwn(named, 'restrictions')
        ? invalidInput([
            {
              path: 'options.restrictions',
              message:
                "unknown key 'restrictions': not part of this object (the restrictions are checkContact's first argument)",
            },
          ])
        : validate(ContactGateInputSchema, gateInput, '');
  const validContact = validate(ContactAttemptSchema, contact, 'contact');
  if (!validGate.ok || !validContact.ok) {
    const failures = [validGate, validContact].flatMap((result) => (result.ok ? [] : [result.error]));
    return { ok: false, error: combineFailures(failures) as Failure };
  }
  const { policy, protections = [] } = validGate.value;
  const compiled = compile(validGate.value.restrictions, policy, protections);
  return ok(checkCompiled(compiled, freshAssessment(compiled.clock), validContact.value));
}
