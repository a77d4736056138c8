import { localClock } from '../calendar/zone.js';
import { type CivilDate, type Instant, isCivilDate, plainInstantMs } from '../shared/dates.js';
import { describeValue } from '../shared/describe.js';
import { checkInput } from '../shared/guard.js';
import { type Failure, fail, type Issue, ok, type Result } from '../shared/result.js';
import { combineFailures, invalidInput, isPlainObject, validate } from '../shared/validate.js';
import { presets } from './presets.js';
import { type Policy, PolicySchema } from './schema.js';

/**
 * The one door through which a function taking a policy reads it: a policy, an effective-dated
 * list of versions of one policy, or a preset's name. What comes out is always a list of versions
 * (of one, when one policy was given), oldest first.
 */

/**
 * The presets' names, as a call may give them instead of the policy itself: each is the
 * preset's `id`.
 *
 * @example
 * PRESET_NAMES // => ['tenancy-enforcement-procedure', 'housing-ombudsman-2021', 'selwood']
 */
export const PRESET_NAMES = Object.freeze([
  'tenancy-enforcement-procedure',
  'housing-ombudsman-2021',
  'selwood',
] as const);
/** `'tenancy-enforcement-procedure' | 'housing-ombudsman-2021' | 'selwood'`. */
export type PresetName = (typeof PRESET_NAMES)[number];

const PRESET_BY_NAME: Readonly<Record<PresetName, Policy>> = {
  'tenancy-enforcement-procedure': presets.tenancyEnforcementProcedure,
  'housing-ombudsman-2021': presets.housingOmbudsman2021,
  selwood: presets.selwood,
};

/**
 * What every function taking a policy accepts: the policy; an effective-dated list of its versions
 * (same `id`, each a different `effectiveFrom`; each applies from its `effectiveFrom` until the
 * next takes effect; a preset may be given by its name); or a preset's name.
 */
export type PolicyInput = Policy | readonly (Policy | PresetName)[] | PresetName;

/** What every function taking one policy accepts: the policy, or a preset's name (`PRESET_NAMES`). */
export type PolicyOrName = Policy | PresetName;

/** An input object whose `policy` may also be a preset's name, as every function taking one reads it. */
export type WithPresetName<T> = {
  [K in keyof T]: K extends 'policy' ? T[K] | PresetName | readonly (Policy | PresetName)[] : T[K];
};

/** `value[key]` when `value` is a plain object holding `key`, else `undefined`: a date read from untrusted input before its door. */
export const fieldOf = (value: unknown, key: string): unknown =>
  isPlainObject(value) && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;

/**
 * The door through which every function taking one policy reads a preset's name: the name read as
 * the preset itself (deep-frozen and already accepted, so never parsed again); given `on`, the day
 * the function's answer is about, a list of versions read as the version in effect then
 * (`versionOn`); any other value as given, for the function's own schema to judge and word any
 * refusal. `readPolicy` is the door for a policy or a list of its versions (the case machine).
 *
 * @example
 * presetOrGiven('selwood') // => presets.selwood
 * presetOrGiven('Selwood') // => 'Selwood' (no preset: the function's schema refuses it at its path)
 * presetOrGiven([presets.tenancyEnforcementProcedure, revisedFromJune2026], '2026-06-01') // => revisedFromJune2026
 */
export function presetOrGiven(value: unknown, on?: unknown): unknown {
  if (typeof value === 'string' && isPresetName(value)) return PRESET_BY_NAME[value];
  return Array.isArray(value) && on !== undefined ? versionOn(value, on) : value;
}

/**
 * The version of a list of versions of one policy in effect on `on`: a civil date, or an instant
 * read in each version's own zone (the day the function's answer is about: an incident's
 * `occurredAt`, a contact's `at`, a letter's date). Before every version, the earliest (which the
 * function then judges or refuses as not yet in effect); when `on` is not a date, the latest (the
 * function refuses the date itself, at its path). A list `readPolicy` refuses is given back as it
 * is, for the function's own schema to refuse at its path.
 *
 * @example
 * versionOn([presets.tenancyEnforcementProcedure, revisedFromJune2026], '2026-05-31') // => presets.tenancyEnforcementProcedure
 * versionOn([presets.tenancyEnforcementProcedure, revisedFromJune2026], '2026-06-01T09:00:00+01:00') // => revisedFromJune2026
 */
export function versionOn(list: readonly unknown[], on: unknown): unknown {
  const read = readPolicy(list);
  if (!read.ok) return list;
  const { versions } = read.value;
  if (isCivilDate(on)) return versionOnDay(read.value, on);
  if (typeof on === 'string' && !Number.isNaN(plainInstantMs(on))) return versionFor(read.value, on);
  return versions[versions.length - 1];
}

/**
 * An object argument (`{ policy, ... }`) with a preset's name under `policy` read as the preset
 * (`presetOrGiven`); anything else, the object included, as given. Never mutates the argument.
 *
 * @example
 * withPresetPolicy({ decisionLetterDate: '2026-03-02', policy: 'selwood' })
 * // => { decisionLetterDate: '2026-03-02', policy: presets.selwood }
 */
export function withPresetPolicy<T>(input: T, on?: unknown): T {
  if (!isPlainObject(input) || !Object.hasOwn(input, 'policy')) return input;
  const preset = presetOrGiven(input.policy, on);
  return preset === input.policy ? input : ({ ...input, policy: preset } as T);
}

/** The versions of one policy, oldest first (by `effectiveFrom`), as `readPolicy` gives them. */
export interface PolicyVersions {
  /** The policy's `id`, shared by every version. */
  readonly id: string;
  /** At least one; `effectiveFrom` strictly increasing. */
  readonly versions: readonly Policy[];
}

/** A version as the state records it (NF-8): which policy, and from when. */
export interface PolicyVersionRef {
  readonly policyId: string;
  readonly effectiveFrom: CivilDate;
}

/** The longest argument name `readPolicy` puts in a path: a name, not a text. */
const MAX_PATH_LENGTH = 200;

const isPresetName = (value: string): value is PresetName =>
  (PRESET_NAMES as readonly string[]).includes(value);

/** One policy: a preset's name (`PRESET_NAMES`) read as the preset, else validated strictly. */
function readOne(input: unknown, path: string): Result<Policy> {
  if (typeof input !== 'string') return validate(PolicySchema, input, path);
  if (isPresetName(input)) return ok(PRESET_BY_NAME[input]);
  return invalidInput([
    {
      path,
      message: `expected a policy, a list of its versions, or a preset's name (${PRESET_NAMES.map((n) => `'${n}'`).join(', ')}), received ${describeValue(input)}`,
    },
  ]);
}

/** The versions of a list (each a policy or a preset's name), refused when they are not versions of one policy. */
function readVersions(list: readonly unknown[], path: string): Result<PolicyVersions> {
  if (list.length === 0) {
    return invalidInput([
      { path, message: 'expected a policy, or a list of at least one version of a policy' },
    ]);
  }
  // An index loop, not map: a sparse list's holes are versions missing, not skipped.
  const versions: Policy[] = [];
  const failures: Failure[] = [];
  for (let index = 0; index < list.length; index++) {
    const parsed = readOne(list[index], `${path}[${index}]`);
    if (parsed.ok) versions.push(parsed.value);
    else failures.push(parsed.error);
  }
  const failure = combineFailures(failures);
  if (failure !== undefined) return { ok: false, error: failure };
  const first = versions[0] as Policy;
  const issues: Issue[] = [];
  const seen = new Map<CivilDate, number>();
  versions.forEach((version, index) => {
    if (version.id !== first.id) {
      issues.push({
        path: `${path}[${index}].id`,
        message: `expected '${first.id}', the id of ${path}[0]: versions are of one policy`,
      });
    }
    const earlier = seen.get(version.effectiveFrom);
    if (earlier !== undefined) {
      issues.push({
        path: `${path}[${index}].effectiveFrom`,
        message: `expected a day other than ${version.effectiveFrom}, on which ${path}[${earlier}] already takes effect`,
      });
    } else {
      seen.set(version.effectiveFrom, index);
    }
  });
  if (issues.length > 0) {
    return fail(
      'POLICY_VERSIONS_INVALID',
      `The policy versions given are not versions of one policy, each taking effect on its own day: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}.`,
      issues,
    );
  }
  const sorted = [...versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  return ok({ id: first.id, versions: sorted });
}

/**
 * Reads a policy at the door, in whichever form the call gave it: a policy (validated strictly,
 * `PolicySchema`), a list of versions of one policy (each a policy or a preset's name; mixed ids,
 * or two versions taking effect the same day, are refused `POLICY_VERSIONS_INVALID` naming the
 * paths), or a preset's name (`PRESET_NAMES`). `path` names the argument in issue paths (default `'policy'`).
 * Versions come back oldest first, whatever order they were given in.
 *
 * @example
 * readPolicy('selwood') // => { ok: true, value: { id: 'selwood', versions: [presets.selwood] } }
 * readPolicy([tep2027, presets.tenancyEnforcementProcedure]) // tep2027: same id, effectiveFrom '2027-01-01'
 * // => { ok: true, value: { id: 'tenancy-enforcement-procedure', versions: [tep (2000-01-01), tep2027] } }
 * readPolicy([presets.selwood, presets.tenancyEnforcementProcedure])
 * // => { ok: false, error: { code: 'POLICY_VERSIONS_INVALID', issues: [{ path: 'policy[1].id', ... }, { path: 'policy[1].effectiveFrom', ... }] } }
 * readPolicy(['tenancy-enforcement-procedure', tep2027]) // the same as [presets.tenancyEnforcementProcedure, tep2027]
 * readPolicy('tep') // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'policy', ... }] } }
 */
export function readPolicy(input: unknown, path: string = 'policy'): Result<PolicyVersions> {
  if (typeof path !== 'string' || path.length > MAX_PATH_LENGTH) {
    return invalidInput([
      {
        path: 'path',
        message: `expected the argument's name, a string of at most ${MAX_PATH_LENGTH} characters`,
      },
    ]);
  }
  if (Array.isArray(input)) {
    const shape = checkInput(input, path);
    if (shape !== undefined) return { ok: false, error: shape };
    return readVersions(input, path);
  }
  const policy = readOne(input, path);
  return policy.ok ? ok({ id: policy.value.id, versions: [policy.value] }) : policy;
}

/**
 * The version in effect at an instant: the latest whose `effectiveFrom` is on or before the
 * instant's civil date in that version's own zone. `undefined` when the instant is before them all.
 *
 * @example
 * versionAt(read.value, '2027-03-01T09:00:00Z') // => tep2027
 * versionAt(read.value, '1999-03-01T09:00:00Z') // => undefined
 */
export function versionAt(policy: PolicyVersions, at: Instant): Policy | undefined {
  const { versions } = policy;
  for (let index = versions.length - 1; index >= 0; index--) {
    const version = versions[index] as Policy;
    if (localClock(at, version.timeZone).date >= version.effectiveFrom) return version;
  }
  return undefined;
}

/**
 * The version that judges a step at an instant: the one in effect then, else (before them all)
 * the earliest, for the caller to refuse as not yet in effect (`checkInEffect`) or, for a query
 * about the state, to answer under.
 */
export function versionFor(policy: PolicyVersions, at: Instant): Policy {
  const earliest = policy.versions[0] as Policy;
  // One version (the common case, on the replay's hot path): no zone to read.
  if (policy.versions.length === 1) return earliest;
  return versionAt(policy, at) ?? earliest;
}

/**
 * NF-8: the version in effect on a civil date: the latest whose `effectiveFrom` is on or before
 * it; before them all, the earliest, for the caller to refuse as not yet in effect
 * (`checkInEffect`). A right or a deadline is counted under the version in effect on the day it
 * runs from (a decision letter's date, a request's receipt), whichever version judges the step
 * or the question that asks for it.
 *
 * @example
 * versionOnDay({ id: tep.id, versions: [tep, revisedFromJune2026] }, '2026-05-31') // => tep
 * versionOnDay({ id: tep.id, versions: [tep, revisedFromJune2026] }, '2026-06-01') // => revisedFromJune2026
 * versionOnDay({ id: tep.id, versions: [tep, revisedFromJune2026] }, '1999-12-31') // => tep (not yet in effect)
 */
export function versionOnDay(policy: PolicyVersions, day: CivilDate): Policy {
  const { versions } = policy;
  for (let index = versions.length - 1; index > 0; index--) {
    const version = versions[index] as Policy;
    if (version.effectiveFrom <= day) return version;
  }
  return versions[0] as Policy;
}

/**
 * A single policy as a list of versions of one: what a function holding only one policy gives
 * where the versions are asked for.
 *
 * @example
 * onlyVersion(presets.selwood) // => { id: 'selwood', versions: [presets.selwood] }
 */
export const onlyVersion = (policy: Policy): PolicyVersions => ({ id: policy.id, versions: [policy] });
