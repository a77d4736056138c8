import { localClock } from '../calendar/zone.js';
import { classifyValid } from '../classification/classify.js';
import type { Policy } from '../policy/schema.js';
import type { PolicyVersions } from '../policy/versions.js';
import type { CivilDate, Instant } from '../shared/dates.js';
import type { Incident } from '../shared/incident.js';
import type { CaseState, Challenge, RestrictionRecord } from './state.js';

/** Reads of a trusted case state that guards, updates and queries share. Nothing here refuses. */

/** What every step is judged against: the state, the policy, and the moment, once as an instant and once as a day. */
export interface Situation {
  readonly state: CaseState;
  /** The version of the policy that judges the step: the one in effect at `at`. */
  readonly policy: Policy;
  /**
   * Every version of the policy (of one, when one policy was given): a right or a deadline is
   * counted under the version in effect on the day it runs from (`versionOnDay`), not
   * necessarily `policy` (NF-8).
   */
  readonly versions: PolicyVersions;
  readonly at: Instant;
  /** `at` in milliseconds, for comparing instants written with different offsets. */
  readonly atMs: number;
  /** The civil date of `at` in the policy's zone. */
  readonly on: CivilDate;
}

/** The civil date of an instant in a zone (the policy's). */
export const civilDateOf = (at: Instant, timeZone: string): CivilDate => localClock(at, timeZone).date;

/**
 * The latest of some civil dates (`'YYYY-MM-DD'` sorts as it reads), or nothing when there are none.
 *
 * @example
 * latestDate(['2026-03-02', '2026-01-22']) // => '2026-03-02'
 */
export const latestDate = (dates: readonly CivilDate[]): CivilDate | undefined => [...dates].sort().at(-1);

/** Milliseconds since the epoch of a validated instant. */
export const instantMs = (instant: Instant): number => Date.parse(instant);

/**
 * Decided, not yet lifted or ended at `atMs`: a restriction that can be varied, lifted, appealed
 * or reconsidered. An open-ended one (`endsAt: null`) never ends by itself.
 */
export function isCurrent(restriction: RestrictionRecord, atMs: number): boolean {
  const lifted = restriction.liftedAt !== undefined && instantMs(restriction.liftedAt) <= atMs;
  return !lifted && (restriction.endsAt === null || atMs < instantMs(restriction.endsAt));
}

/** Current, and started: a restriction the customer must keep to at `atMs`. */
export function isInForce(restriction: RestrictionRecord, atMs: number): boolean {
  return isCurrent(restriction, atMs) && atMs >= instantMs(restriction.startsAt);
}

/** The restrictions current at `atMs`. */
export function currentRestrictions(state: CaseState, atMs: number): RestrictionRecord[] {
  return state.restrictions.filter((restriction) => isCurrent(restriction, atMs));
}

/** Why an incident is not evidence for this policy: the rule and a sentence, or nothing when it counts. */
export interface NotEvidence {
  readonly rule: 'SC-1' | 'HAB-1' | 'TEP-1';
  readonly why: string;
}

/**
 * NF-1: whether an incident is behaviour this policy covers, so a formal step may rest on it. It
 * must be the customer's (or their representative's) conduct, not staff conduct (SC-1); aimed at
 * the landlord, its staff, contractors, the public or property, not at neighbours or other
 * residents, which is anti-social behaviour (HAB-1); and unacceptable under this policy's own
 * procedure, as the classifier finds it (TEP-1, TEP-3): not upset or anger alone, and not a
 * behaviour that counts only when it keeps happening, logged once.
 *
 * @example
 * whyNotEvidence({ ...incident, target: 'neighbour' }, presets.tenancyEnforcementProcedure)
 * // => { rule: 'HAB-1', why: 'it was aimed at a neighbour, which is anti-social behaviour, handled under the ASB policy' }
 * whyNotEvidence({ ...incident, behaviours: [{ code: 'swearing', persistent: true }] }, tep) // => undefined
 * whyNotEvidence({ ...incident, behaviours: [{ code: 'swearing' }] }, tep)
 * // => { rule: 'TEP-1', ... } (TEP: swearing counts only when persistent)
 */
export function whyNotEvidence(incident: Incident, policy: Policy): NotEvidence | undefined {
  if (incident.actor !== 'customer' && incident.actor !== 'representative') {
    return { rule: 'SC-1', why: `it records the conduct of ${incident.actor}, not the customer's behaviour` };
  }
  if (incident.target === 'neighbour' || incident.target === 'resident') {
    return {
      rule: 'HAB-1',
      why: `it was aimed at a ${incident.target}, which is anti-social behaviour, handled under the ASB policy`,
    };
  }
  const classification = classifyValid(incident, policy, undefined);
  if (!classification.unacceptable || !classification.routes.includes('unacceptable-behaviour')) {
    return {
      rule: 'TEP-1',
      why: 'the classification finds nothing in it unacceptable under this policy (upset or anger alone, or behaviour that counts only when it keeps happening, logged once)',
    };
  }
  return undefined;
}

/** NF-1: the ids of the incidents on the case that count as evidence (see `whyNotEvidence`). */
export function customerIncidentIds(state: CaseState, policy: Policy): string[] {
  const ids: string[] = [];
  for (const incident of state.incidents) {
    if (whyNotEvidence(incident, policy) === undefined) ids.push(incident.id);
  }
  return ids;
}

/** The staff ids barred from contact with the resident at `atMs` (SC-2). */
export function protectedStaff(state: CaseState, atMs: number): Set<string> {
  const barred = new Set<string>();
  for (const protection of state.protections) {
    const started = instantMs(protection.since) <= atMs;
    const ended = protection.endedAt !== undefined && instantMs(protection.endedAt) <= atMs;
    if (started && !ended) barred.add(protection.staffId);
  }
  return barred;
}

/**
 * TEP-11.3: the decided appeal that makes a restriction's current decision final, if any. "The
 * decision made by the senior officer reviewing the request/appeal is final and cannot be
 * appealed against": that decision, and a variation that carries out its outcome (the first after
 * an appeal decided `'varied'`), are final. A later variation is a new decision by the landlord,
 * appealable from its own letter (TEP-11.2).
 *
 * @example
 * // Appeal dismissed on 20 March; restriction varied again on 21 May with a new letter:
 * appealFinalBy(state, restriction) // => undefined (the May decision can be appealed)
 */
export function appealFinalBy(state: CaseState, restriction: RestrictionRecord): Challenge | undefined {
  const decided = state.appeals
    .filter((appeal) => appeal.restrictionId === restriction.id && appeal.decidedAt !== undefined)
    .at(-1);
  if (decided?.decidedAt === undefined) return undefined;
  const decidedMs = instantMs(decided.decidedAt);
  const variations = state.decisions.filter(
    (record) =>
      record.type === 'restriction-varied' &&
      record.subject === restriction.id &&
      instantMs(record.at) >= decidedMs, // one at the decision's own instant is on or after it
  ).length;
  const carryingOut = decided.outcome === 'varied' ? 1 : 0;
  return variations > carryingOut ? undefined : decided;
}
