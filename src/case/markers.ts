import { addMonths } from '../calendar/civil-date.js';
import { describeDate } from '../calendar/zone.js';
import { classifyValid } from '../classification/classify.js';
import type { Policy } from '../policy/schema.js';
import { settingReason } from '../policy/settings.js';
import type { PolicyInput } from '../policy/versions.js';
import { type CivilDate, type Instant, YEAR_RANGE } from '../shared/dates.js';
import { nearestNames } from '../shared/needs.js';
import { type Reason, reason } from '../shared/reason.js';
import { ok, type Result } from '../shared/result.js';
import { readStateAtPolicy } from './apply.js';
import type { EventOf } from './events.js';
import { civilDateOf, instantMs, whyNotEvidence } from './facts.js';
import { type Guard, issue, refusal } from './guards.js';
import type { CaseState } from './state.js';

/**
 * Warning markers (NF-9, TEP-9, TEP-4.1): each rests on one recorded incident of the customer's
 * behaviour that counts as evidence (`whyNotEvidence`), is set the day that incident was recorded
 * on the case, and is reviewed and removed after the months the policy sets for its severity
 * (`markers.reviewAfterMonths`, `markers.removeAfterMonths`; no source gives a number, so the
 * presets cite library defaults).
 */

/** The severity of the incident a marker rests on, as the classifier finds it. */
export type MarkerSeverity = 'low' | 'moderate' | 'serious' | 'extreme';

/** Where a marker stands on the day asked: current, due for review, or due for removal. */
export type MarkerStatus = 'current' | 'review-due' | 'removal-due';

/** A warning marker the case supports. */
export interface Marker {
  /** `marker-<incident id>`: stable across calls. */
  readonly id: string;
  /** The incident ids it rests on (NF-9: a specific recorded incident). */
  readonly restsOn: readonly string[];
  readonly severity: MarkerSeverity;
  /** The day the incident was recorded on the case, in the policy's zone. */
  readonly setOn: CivilDate;
  readonly reviewOn: CivilDate;
  readonly removeOn: CivilDate;
  /**
   * On the day asked: `'review-due'` from `reviewOn` until a case review on or after it,
   * `'removal-due'` from `removeOn` until a case review on or after it removes it.
   */
  readonly status: MarkerStatus;
  readonly reasons: readonly Reason[];
}

const SEVERITY_WORDS: Record<MarkerSeverity, string> = {
  low: 'low',
  moderate: 'moderate',
  serious: 'serious',
  extreme: 'extreme (an immediate risk to safety)',
};

/**
 * A date past the last day the library's dates may have (YEAR_RANGE) is given as that last day:
 * a marker is reviewed or removed no later than the library can say (docs/case.md, markers).
 */
const LAST_DAY = `${YEAR_RANGE.last}-12-31` as CivilDate;
const inRange = (date: CivilDate): CivilDate => (date > LAST_DAY ? LAST_DAY : date);

/** The markers on a trusted state, set by `atMs`, judged on the civil day `today`. */
export function markersTrusted(state: CaseState, policy: Policy, atMs: number, today: CivilDate): Marker[] {
  const found: Marker[] = [];
  for (const record of state.decisions) {
    if (record.type !== 'incident-recorded' || record.subject === undefined) continue;
    if (instantMs(record.at) > atMs) break; // decisions are oldest first
    const incident = state.incidents.find((each) => each.id === record.subject);
    if (incident === undefined || whyNotEvidence(incident, policy) !== undefined) continue;
    const severity = classifyValid(incident, policy, undefined).severity;
    if (severity === 'none') continue;
    const setOn = civilDateOf(record.at, policy.timeZone);
    const reviewMonths = policy.markers.reviewAfterMonths[severity];
    const removeMonths = policy.markers.removeAfterMonths[severity];
    const id = `marker-${incident.id}`;
    let reviewOn = inRange(addMonths(setOn, reviewMonths, policy.monthEnd));
    let removeOn = inRange(addMonths(setOn, removeMonths, policy.monthEnd));
    // NF-9: a marker-reviewed answers the marker: 'removed' takes it off; 'kept' moves its review
    // on by the interval for its severity (and, kept at or past its removal date, its removal too).
    let removed = false;
    for (const review of state.markerReviews ?? []) {
      if (review.markerId !== id || instantMs(review.at) > atMs) continue;
      if (review.outcome === 'removed') {
        removed = true;
        continue;
      }
      removed = false;
      const next = inRange(addMonths(review.on, reviewMonths, policy.monthEnd));
      if (review.on >= removeOn) removeOn = next;
      reviewOn = next;
    }
    if (removed) continue;
    // TEP-5.3: "Any caution or support/warning flags ... will be reviewed in line with this
    // procedure": a case review on or after a marker's date reviews it (and confirms its removal).
    const reviewedSince = (day: CivilDate): boolean =>
      state.reviews.some((review) => review.on >= day && instantMs(review.at) <= atMs);
    if (today >= removeOn && reviewedSince(removeOn)) continue; // removed
    const status: MarkerStatus =
      today >= removeOn
        ? 'removal-due'
        : today >= reviewOn && !reviewedSince(reviewOn)
          ? 'review-due'
          : 'current';
    found.push({
      id,
      restsOn: [incident.id],
      severity,
      setOn,
      reviewOn,
      removeOn,
      status,
      reasons: [
        reason(
          'NF-9',
          `A warning marker rests on incident '${incident.id}', recorded on ${describeDate(setOn)}, of ${SEVERITY_WORDS[severity]} severity.`,
        ),
        settingReason(
          policy,
          'markers.reviewAfterMonths',
          `A marker of ${severity} severity is reviewed ${reviewMonths} months after it is set: by ${describeDate(reviewOn)}.`,
        ),
        settingReason(
          policy,
          'markers.removeAfterMonths',
          `A marker of ${severity} severity is removed ${removeMonths} months after it is set: on ${describeDate(removeOn)}.`,
        ),
        reason('TEP-9', 'Records and warning markers are kept up to date, so every team sees the risk.'),
      ],
    });
  }
  return found;
}

/** NF-9: `marker-reviewed` names a marker the case holds on the day (as `markers` gives it). */
export const markerOnFile: Guard<EventOf<'marker-reviewed'>> = {
  code: 'INVALID_TRANSITION',
  rule: 'NF-9',
  check: (context) => {
    const { state, policy, atMs, on, event } = context;
    const ids = markersTrusted(state, policy, atMs, on).map((marker) => marker.id);
    if (ids.includes(event.markerId)) return undefined;
    const nearest = nearestNames(event.markerId, ids).map((id) => `'${id}'`);
    const message =
      ids.length === 0
        ? 'expected a warning marker the case holds; it holds none'
        : `expected a warning marker the case holds, received '${event.markerId}'; the nearest: ${nearest.join(', ')}`;
    return refusal(
      'INVALID_TRANSITION',
      `The case holds no warning marker '${event.markerId}' to review.`,
      [reason('NF-9', 'A warning marker rests on a specific recorded incident.')],
      [issue(context, 'markerId', message)],
    );
  },
};

/**
 * The warning markers a case supports at an instant (NF-9): one for each incident recorded by
 * then that counts as evidence, with its severity, the day it was set, and its review and removal
 * dates from the policy (`markers.reviewAfterMonths`, `markers.removeAfterMonths`, by severity).
 * A marker past its review or removal date says so (`status`), and `obligations` lists it, until
 * a case review on or after that date (TEP-5.3: flags "will be reviewed in line with this
 * procedure"); a marker reviewed on or after its removal date is removed, and no longer listed.
 * Incidents of staff conduct (SC-1), aimed at neighbours (HAB-1) or not unacceptable (TEP-1)
 * carry no marker.
 * `policy` is a `PolicyInput`: the version in effect at `at` answers.
 *
 * @example
 * // Persistent swearing at an officer, recorded on 5 January 2026:
 * markers(state, '2026-08-01T09:00:00Z', presets.tenancyEnforcementProcedure)
 * // => { ok: true, value: [{ id: 'marker-inc-1', restsOn: ['inc-1'], severity: 'moderate', setOn: '2026-01-05',
 * //      reviewOn: '2026-07-05', removeOn: '2028-01-05', status: 'review-due', reasons: [{ rule: 'NF-9', ... }, ...] }] }
 */
export function markers(state: CaseState, at: Instant, policy: PolicyInput): Result<Marker[]> {
  const read = readStateAtPolicy(state, at, policy);
  if (!read.ok) return read;
  const { state: trusted, policy: rules, atMs, today } = read.value;
  return ok(markersTrusted(trusted, rules, atMs, today));
}
