// Where a policy is taken, the command line and the service take a preset's name too
// ('tenancy-enforcement-procedure', 'housing-ombudsman-2021', 'selwood'), as the library does.
import { z } from 'zod';
import { type Policy, PolicySchema, PRESET_NAMES, type PresetName, readPolicy } from '../index.js';

const NAMES = [...PRESET_NAMES] as [PresetName, ...PresetName[]];

/** A policy argument: a preset's name, a whole policy, or a list of its versions (docs/policy.md). */
export const PolicyArgumentSchema = z
  .union([z.enum(NAMES), PolicySchema, z.array(z.union([z.enum(NAMES), PolicySchema])).min(1)])
  .meta({
    description: `A policy; a preset's name (${NAMES.map((name) => `'${name}'`).join(', ')}); or an effective-dated list of versions of one policy (a preset by its name or whole), where the library takes one.`,
  });

/** The preset a name stands for, or `undefined` when `value` is not a preset's name. */
export function presetNamed(value: unknown): Policy | undefined {
  if (typeof value !== 'string' || !(PRESET_NAMES as readonly string[]).includes(value)) return undefined;
  const read = readPolicy(value);
  return read.ok ? read.value.versions[0] : undefined;
}
