import type { Citation } from '../shared/reason.js';
import { ok, type Result } from '../shared/result.js';
import { RULES, type RuleId } from '../shared/rules.js';
import { validate } from '../shared/validate.js';
import { type Policy, PolicySchema, SETTING_PATHS, type SettingPath } from './schema.js';
import { POLICY_SETTINGS, restsOnLibraryDefault } from './settings.js';
import { type PolicyOrName, presetOrGiven } from './versions.js';

/** One setting of a policy, as `describePolicy` sets it out. */
export interface DescribedSetting {
  readonly path: SettingPath;
  readonly label: string;
  readonly unit: string;
  /** The rule the setting serves (its ID in docs/rules.md). */
  readonly rule: RuleId;
  /** The setting's value, as plain JSON. */
  readonly value: unknown;
  /** Whether the landlord's own policy states it (`true`) or it is inherited from the base (`false`). */
  readonly stated: boolean;
  /** Where the value comes from: the landlord's document, a source's heading, or the library's defaults. */
  readonly source: Citation;
  /** Whether the value is the library's own default, which no source states (`isLibraryDefault`). */
  readonly libraryDefault: boolean;
}

/** A rule the landlord cites to its own document (`citations.rules`). */
export interface DescribedRule {
  readonly rule: RuleId;
  /** The landlord's own text for the rule, cited by reasons instead of `takenFrom`. */
  readonly source: Citation;
  /** The heading the library took the rule from. */
  readonly takenFrom: Citation;
}

/** What `describePolicy` returns: every setting, and the rules the landlord cites to its own text. */
export interface PolicyDescription {
  readonly id: string;
  readonly name: string;
  readonly effectiveFrom: string;
  readonly settings: readonly DescribedSetting[];
  readonly rules: readonly DescribedRule[];
}

/** The setting's value; `null` beneath a route the policy does not have (`appeal: null`: no window). */
function valueAt(policy: Policy, path: SettingPath): unknown {
  let value: unknown = policy;
  for (const key of path.split('.')) {
    if (value === null) return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/**
 * Sets out every setting of a policy: its value, whether the landlord's policy states it or it was
 * inherited from the base, and its source (the citation), so nothing is passed off. A policy
 * built by `definePolicy` records the paths it was given (`stated`); for one without that record
 * (a preset, a policy file written whole), a setting is stated unless it is cited as a library
 * default. The value is a copy: the policy is never changed.
 *
 * @example
 * const acme = definePolicy({ id: 'acme-2026', name: 'Acme Homes policy', effectiveFrom: '2026-04-01',
 *   restriction: { defaultMonths: 12 } });
 * describePolicy(acme.value).value.settings.find((s) => s.path === 'restriction.defaultMonths')
 * // => { path: 'restriction.defaultMonths', label: 'Default restriction length', value: 12, stated: true,
 * //      source: { document: 'Acme Homes policy', section: 'Policy setting restriction.defaultMonths' }, libraryDefault: false, ... }
 * describePolicy(acme.value).value.settings.find((s) => s.path === 'appeal.window')
 * // => { ..., stated: false, source: { document: 'Unacceptable Behaviour – Tenancy Enforcement Procedure',
 * //      section: '11. Appealing/Reconsidering a Decision to Restrict Contact' } }
 * describePolicy({ id: 'x' }) // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'policy.name', ... }, ...] } }
 */
export function describePolicy(policy: PolicyOrName): Result<PolicyDescription> {
  const valid = validate(PolicySchema, presetOrGiven(policy), 'policy');
  if (!valid.ok) return valid;
  const checked = valid.value;
  const settings = SETTING_PATHS.map((path): DescribedSetting => {
    const { label, unit, rule } = POLICY_SETTINGS[path];
    const libraryDefault = restsOnLibraryDefault(checked, path);
    const { document, section } = checked.citations[path];
    return {
      path,
      label,
      unit,
      rule,
      value: valueAt(checked, path),
      stated: checked.stated === undefined ? !libraryDefault : checked.stated.includes(path),
      source: { document, section },
      libraryDefault,
    };
  });
  const own = checked.citations.rules ?? {};
  const rules = (Object.keys(own) as RuleId[]).sort().flatMap((rule): DescribedRule[] => {
    const given = own[rule];
    if (given === undefined) return [];
    const { document, section } = RULES[rule];
    return [
      {
        rule,
        source: { document: given.document, section: given.section },
        takenFrom: { document, section },
      },
    ];
  });
  return ok({
    id: checked.id,
    name: checked.name,
    effectiveFrom: checked.effectiveFrom,
    settings,
    rules,
  });
}
