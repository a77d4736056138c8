import { z } from 'zod';
import { type CivilDate, CivilDateSchema } from '../shared/dates.js';
import { countOf } from '../shared/describe.js';
import { deepFreeze } from '../shared/freeze.js';
import { LIMITS } from '../shared/limits.js';
import { fail, ok, type Result } from '../shared/result.js';
import { rememberAccepted, validate } from '../shared/validate.js';
import { citesLibraryDefault, DEFAULT_POLICY } from './presets.js';
import { type Policy, PolicySchema, SETTING_PATHS, type SettingPath } from './schema.js';
import { POLICY_SETTINGS } from './settings.js';
import { type PolicyOrName, presetOrGiven } from './versions.js';

/** Every key optional, all the way down (arrays replace, so their items are whole). */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * What a landlord sets when defining its policy: its own `id`, `name` and `effectiveFrom`, and
 * any settings that differ from the base. Objects merge; arrays and values replace.
 */
export type PolicySettings = DeepPartial<Omit<Policy, 'id' | 'name' | 'effectiveFrom' | 'stated'>> &
  Pick<Policy, 'id' | 'name' | 'effectiveFrom'>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Merges `override` into `base`: plain objects key by key, anything else replaced. New objects only. */
function merge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    // defineProperty, never `out[key] =`: a key '__proto__' stays an own key, which the strict
    // schema then names, instead of silently setting the prototype.
    Object.defineProperty(out, key, {
      value: value === undefined ? base[key] : merge(base[key], value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Whether two plain-data values are the same JSON (the settings are checked as plain data before this). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

function valueAt(policy: unknown, path: SettingPath): unknown {
  let value = policy;
  for (const key of path.split('.'))
    value = isPlainObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
  return value;
}

/**
 * Whether the settings give a value at a path: the value itself, or a `null` on the way to it (a
 * landlord saying "none", such as no appeal route, states every setting beneath).
 */
function gives(settings: unknown, path: SettingPath): boolean {
  let value = settings;
  for (const key of path.split('.')) {
    if (value === null) return true;
    if (!isPlainObject(value)) return false;
    value = value[key];
  }
  return value !== undefined;
}

/** The paths the landlord's settings state: a value given, or a citation of their own. */
function statedPaths(settings: unknown, citations: Record<string, unknown>): SettingPath[] {
  return SETTING_PATHS.filter((path) => gives(settings, path) || citations[path] !== undefined);
}

/** The landlord's own document, cited for a setting it states without a citation of its own. */
const ownCitation = (name: string, path: SettingPath) => ({
  document: name,
  section: `Policy setting ${path}`,
});

/**
 * A policy the library made, deep-frozen and remembered as valid: every door then trusts it as it
 * stands instead of parsing it again (a frozen object cannot change, so this never changes an
 * answer; docs/performance.md).
 */
function made(result: Result<Policy>): Result<Policy> {
  if (result.ok) rememberAccepted(PolicySchema, deepFreeze(result.value));
  return result;
}

/** `definePolicy(settings, null)`: every setting given, else SETTING_REQUIRED listing each one missing. */
function fromNothing(settings: PolicySettings, name: string): Result<Policy> {
  const missing = SETTING_PATHS.filter((path) => !gives(settings, path));
  if (missing.length > 0) {
    return fail(
      'SETTING_REQUIRED',
      `A policy built from nothing states every setting; ${missing.length === 1 ? 'this one is' : `these ${missing.length} are`} missing: ${missing.join(', ')}. Give each one, or build on a preset (definePolicy(settings, presets.tenancyEnforcementProcedure)).`,
      missing.map((path) => ({
        path: `settings.${path}`,
        message: `expected a value for "${POLICY_SETTINGS[path].label}" (${POLICY_SETTINGS[path].unit})`,
      })),
    );
  }
  const given: Record<string, unknown> = isPlainObject(settings.citations) ? settings.citations : {};
  const citations: Record<string, unknown> = { ...given };
  for (const path of SETTING_PATHS) citations[path] ??= ownCitation(name, path);
  const { stated: _ignored, ...rest } = settings as PolicySettings & { stated?: unknown };
  return made(validate(PolicySchema, { ...rest, citations, stated: [...SETTING_PATHS] }, 'settings'));
}

const Identity = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  effectiveFrom: CivilDateSchema,
});

/**
 * Defines a landlord's policy from the settings that differ from `base` (default: the
 * Tenancy Enforcement Procedure preset). The policy needs its own `id`, `name` and
 * `effectiveFrom`. A setting the landlord changed is cited to the landlord's policy unless
 * `citations` says otherwise; one given equal to the base keeps the base's citation, unless that
 * was a library default (the landlord's policy now states it); one not given keeps the base's.
 * The policy records in `stated` the paths the landlord gave (a value or a citation), so
 * `describePolicy` can say what was stated and what inherited. `citations.rules` given are added
 * to the base's. Objects merge key by key, except `authority`, which replaces the base's whole (a
 * landlord lifts a limit by leaving its step out). Strict: an unknown or misplaced key is an error
 * naming its path.
 *
 * With `base` `null`, the policy is built from nothing: every setting is required, and each one
 * missing is listed (`SETTING_REQUIRED`, path `settings.<setting>`).
 *
 * @example
 * definePolicy({
 *   id: 'acme-2026', name: 'Acme Homes unacceptable behaviour policy', effectiveFrom: '2026-04-01',
 *   calendar: { nation: 'scotland' },
 *   appeal: { window: { length: 21 } },
 * })
 * // => { ok: true, value: { ..., appeal: { window: { length: 21, unit: 'calendar-days', ... } },
 * //      citations: { 'appeal.window': { document: 'Acme Homes unacceptable behaviour policy',
 * //                                       section: 'Policy setting appeal.window' }, ... },
 * //      stated: ['calendar', 'appeal.window'] } }
 *
 * definePolicy({ id: 'x', name: 'X', effectiveFrom: '2026-04-01', timeZone: 'Europe/London' }, null)
 * // => { ok: false, error: { code: 'SETTING_REQUIRED', issues: [{ path: 'settings.calendar', ... }, ...] } }
 *
 * definePolicy({ id: 'x', name: 'X', effectiveFrom: '2026-04-01', appeal: { windw: {} } })
 * // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'settings.appeal.windw', ... }] } }
 */
export function definePolicy(
  settings: PolicySettings,
  base: PolicyOrName | null = DEFAULT_POLICY,
): Result<Policy> {
  const identity = validate(Identity, settings, 'settings');
  if (base === null) return identity.ok ? fromNothing(settings, identity.value.name) : identity;
  const validBase = validate(PolicySchema, presetOrGiven(base), 'base');
  if (!validBase.ok) return validBase;
  if (!identity.ok) return identity;
  const { stated: _stated, notes: _notes, ...inherited } = validBase.value;
  const merged = merge(inherited, settings) as Record<string, unknown>;
  // The roles per step replace the base's whole: a landlord lifts a limit by leaving its step out.
  if (settings.authority !== undefined) merged.authority = settings.authority;
  const given: Record<string, unknown> = isPlainObject(settings.citations) ? settings.citations : {};
  const stated = statedPaths(settings, given);
  const citations: Record<string, unknown> = { ...validBase.value.citations };
  for (const path of stated) {
    const changed = !sameData(valueAt(merged, path), valueAt(validBase.value, path));
    const wasDefault = citesLibraryDefault(validBase.value.citations[path]);
    if ((changed || wasDefault) && given[path] === undefined) {
      citations[path] = ownCitation(identity.value.name, path);
    }
  }
  const rules =
    given.rules === undefined || isPlainObject(given.rules)
      ? { ...validBase.value.citations.rules, ...given.rules }
      : given.rules;
  return made(
    validate(
      PolicySchema,
      {
        ...merged,
        citations: {
          ...citations,
          ...given,
          ...(!isPlainObject(rules) || Object.keys(rules).length > 0 ? { rules } : {}),
        },
        stated,
      },
      'settings',
    ),
  );
}

/**
 * Parses a stored policy (a JSON string or the parsed value) strictly: every setting present,
 * every citation present, no unknown keys.
 *
 * @example
 * parsePolicy(JSON.stringify(presets.selwood)) // => { ok: true, value: presets.selwood (equal) }
 * parsePolicy('{') // => { ok: false, error: { code: 'INVALID_JSON', ... } }
 * parsePolicy({ ...presets.selwood, monthEnd: 'round' })
 * // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'policy.monthEnd', ... }] } }
 */
export function parsePolicy(json: unknown): Result<Policy> {
  let value = json;
  if (typeof json === 'string') {
    if (json.length > LIMITS.maxJsonTextLength) {
      const message = `expected JSON text of no more than ${countOf(LIMITS.maxJsonTextLength)} characters (LIMITS.maxJsonTextLength), received ${countOf(json.length)}`;
      return fail('INPUT_TOO_LARGE', `Input too large. policy: ${message}`, [{ path: 'policy', message }]);
    }
    try {
      value = JSON.parse(json);
    } catch (error) {
      const why = String((error as Error).message).slice(0, 200);
      return fail('INVALID_JSON', `The policy is not valid JSON: ${why}`);
    }
  }
  return made(validate(PolicySchema, value, 'policy'));
}

const InEffectInput = z.strictObject({ policies: z.array(PolicySchema).min(1), on: CivilDateSchema });

/**
 * The policy in effect on a date: of those whose `effectiveFrom` is on or before it, the latest.
 *
 * @example
 * policyInEffectOn([presets.tenancyEnforcementProcedure, acme2026], '2026-05-01') // => { ok: true, value: acme2026 }
 * policyInEffectOn([acme2026], '2025-05-01') // => { ok: false, error: { code: 'NO_POLICY_IN_EFFECT', ... } }
 */
export function policyInEffectOn(policies: readonly PolicyOrName[], on: CivilDate): Result<Policy> {
  // Each preset's name read as the preset (a hole, like any missing policy, is then refused).
  const given = Array.isArray(policies) ? Array.from(policies, (policy) => presetOrGiven(policy)) : policies;
  const input = validate(InEffectInput, { policies: given, on }, '');
  if (!input.ok) return input;
  let chosen: Policy | undefined;
  for (const policy of input.value.policies) {
    if (policy.effectiveFrom <= on && (chosen === undefined || policy.effectiveFrom > chosen.effectiveFrom)) {
      chosen = policy;
    }
  }
  return chosen === undefined
    ? fail('NO_POLICY_IN_EFFECT', `None of the policies given had taken effect on ${on}.`)
    : ok(chosen);
}
