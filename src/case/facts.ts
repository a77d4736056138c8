import { localClock } from '../calendar/zone.js';
import type { Policy } from '../policy/schema.js';
import type { CivilDate, Instant } from '../shared/dates.js';
import type { CaseState, RestrictionRecord } from './state.js';

/** Reads of a trusted case state that guards, updates and queries share. Nothing here refuses. */

/** What every step is judged against: the state, the policy, and the moment, once as an instant and once as a day. */
export interface Situation {
  readonly state: CaseState;
  readonly policy: Policy;
  readonly at: Instant;
  /** `at` in milliseconds, for comparing instants written with different offsets. */
  readonly atMs: number;
  /** The civil date of `at` in the policy's zone. */
  readonly on: CivilDate;
}

/** The civil date of an instant in a zone (the policy's). */
export const civilDateOf = (at: Instant, timeZone: string): CivilDate => localClock(at, timeZone).date;

/** Milliseconds since the epoch of a validated instant. */
export const instantMs = (instant: Instant): number => Date.parse(instant);

/** Decided, not yet lifted or ended at `atMs`: a restriction that can be varied, lifted, appealed or reconsidered. */
export function isCurrent(restriction: RestrictionRecord, atMs: number): boolean {
  const lifted = restriction.liftedAt !== undefined && instantMs(restriction.liftedAt) <= atMs;
  return !lifted && atMs < instantMs(restriction.endsAt);
}

/** Current, and started: a restriction the customer must keep to at `atMs`. */
export function isInForce(restriction: RestrictionRecord, atMs: number): boolean {
  return isCurrent(restriction, atMs) && atMs >= instantMs(restriction.startsAt);
}

/** The restrictions current at `atMs`. */
export function currentRestrictions(state: CaseState, atMs: number): RestrictionRecord[] {
  return state.restrictions.filter((restriction) => isCurrent(restriction, atMs));
}

/** SC-1: incidents of the customer's (or their representative's) behaviour; staff conduct is never evidence against them. */
export function customerIncidentIds(state: CaseState): string[] {
  const ids: string[] = [];
  for (const incident of state.incidents) {
    if (incident.actor === 'customer' || incident.actor === 'representative') ids.push(incident.id);
  }
  return ids;
}

/** Whether an EIA is on file, current, or awaiting the review a change of circumstances triggered (TEP-2.4). */
export function eiaStatus(state: CaseState): 'none' | 'current' | 'review-due' {
  if (state.eia === undefined) return 'none';
  return state.eia.changeUnreviewed === undefined ? 'current' : 'review-due';
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
