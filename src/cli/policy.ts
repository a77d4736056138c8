// Where a policy is taken, the command line and the service take a preset's name too
// ('tenancy-enforcement-procedure', 'housing-ombudsman-2021', 'selwood'). The library reads the
// same names itself, except in the audit (auditCase, auditCaseload), so the names are turned into
// presets here, before the call.
import { z } from 'zod';
import { type Policy, PolicySchema, presets } from '../index.js';

/** Each preset's name, as a landlord's system sends it, and the preset it names. */
export const PRESET_NAMES = {
  'tenancy-enforcement-procedure': presets.tenancyEnforcementProcedure,
  'housing-ombudsman-2021': presets.housingOmbudsman2021,
  selwood: presets.selwood,
} as const satisfies Record<string, Policy>;

export type PresetName = keyof typeof PRESET_NAMES;

const NAMES = Object.keys(PRESET_NAMES) as [PresetName, ...PresetName[]];

/** A policy argument: a preset's name, a whole policy, or a list of its versions (API.md). */
export const PolicyArgumentSchema = z
  .union([z.enum(NAMES), PolicySchema, z.array(z.union([z.enum(NAMES), PolicySchema])).min(1)])
  .meta({
    description: `A policy; a preset's name (${NAMES.map((name) => `'${name}'`).join(', ')}); or an effective-dated list of versions of one policy (a preset by its name or whole), where the library takes one.`,
  });

/** The preset a name stands for, or `undefined` when `value` is not a preset's name. */
export function presetNamed(value: unknown): Policy | undefined {
  return typeof value === 'string' && Object.hasOwn(PRESET_NAMES, value)
    ? PRESET_NAMES[value as PresetName]
    : undefined;
}

/** `value` with a preset's name replaced by the preset; anything else is left for the library to judge. */
export function resolvePolicy(value: unknown): unknown {
  return presetNamed(value) ?? value;
}
