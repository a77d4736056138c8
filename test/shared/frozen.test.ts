// Issue 8: exported constants cannot be changed, so one caller's slip never changes another's answers.
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { refusal, unwrap } from '../helpers.js';

/** Exported values that are data: not functions, not zod schemas (whose internals zod itself caches into). */
const constants = Object.entries(lib).filter(
  ([, value]) => typeof value === 'object' && value !== null && !('_zod' in value),
);

function everyPart(value: unknown, seen = new Set<unknown>()): unknown[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return [value, ...Object.values(value).flatMap((inner) => everyPart(inner, seen))];
}

describe('exported constants are deep-frozen', () => {
  it('covers the constants the issue names', () => {
    const names = constants.map(([name]) => name);
    for (const name of [
      'ALWAYS_EXCLUDED',
      'DEFAULT_POLICY',
      'presets',
      'BEHAVIOURS',
      'RULES',
      'UK_BANK_HOLIDAY_TABLE',
      'NEEDS',
      'NEED_CONFLICTS',
      'POLICY_SETTINGS',
      'SETTING_PATHS',
      'LIMITS',
    ]) {
      expect(names).toContain(name);
    }
  });

  it.each(constants)('%s is frozen all the way down', (_name, value) => {
    for (const part of everyPart(value)) expect(Object.isFrozen(part)).toBe(true);
  });

  it('mutation attempts throw in strict mode and change nothing', () => {
    expect(() => {
      (lib.ALWAYS_EXCLUDED as unknown as string[]).length = 0;
    }).toThrow(TypeError);
    expect(() => {
      (lib.presets.selwood as { monthEnd: string }).monthEnd = 'next-day';
    }).toThrow(TypeError);
    expect(() => {
      (lib.DEFAULT_POLICY.appeal as unknown as { window: unknown }).window = null;
    }).toThrow(TypeError);
    expect(() => {
      (lib.RULES as Record<string, unknown>)['TEP-7'] = { document: 'x', section: 'y' };
    }).toThrow(TypeError);
    expect(() => {
      (lib.UK_BANK_HOLIDAY_TABLE as { proclaimed: unknown[] }).proclaimed.push({});
    }).toThrow(TypeError);
    expect(() => {
      (lib.LIMITS as { maxListLength: number }).maxListLength = 1e9;
    }).toThrow(TypeError);
    expect(lib.ALWAYS_EXCLUDED).toEqual(['emergency', 'safeguarding', 'domestic-abuse']);
  });

  it('a policy without the emergency exclusion is still refused, and presets are the same through every export', () => {
    const withoutEmergency = {
      ...lib.DEFAULT_POLICY,
      exclusions: lib.DEFAULT_POLICY.exclusions.filter((s) => s !== 'emergency'),
    };
    refusal(lib.parsePolicy(withoutEmergency), 'INVALID_INPUT');
    expect(lib.DEFAULT_POLICY).toBe(lib.presets.tenancyEnforcementProcedure);
    expect(lib.tenancyEnforcementProcedure).toBe(lib.presets.tenancyEnforcementProcedure);
    expect(lib.selwood).toBe(lib.presets.selwood);
    expect(lib.housingOmbudsman2021).toBe(lib.presets.housingOmbudsman2021);
  });

  it('a policy the library hands back is deep-frozen: changing it is refused, and no preset changes', () => {
    // Frozen so every door can trust it without parsing it again (docs/performance.md).
    const parsed = unwrap(lib.parsePolicy(JSON.stringify(lib.presets.selwood)));
    expect(() => {
      (parsed.restriction as { defaultMonths: number | null }).defaultMonths = 1;
    }).toThrow(TypeError);
    expect(lib.presets.selwood.restriction.defaultMonths).toBe(12);
    const defined = unwrap(lib.definePolicy({ id: 'a', name: 'A', effectiveFrom: '2026-01-01' }));
    expect(Object.isFrozen(defined.exclusions)).toBe(true);
    expect(() => {
      (defined.exclusions as string[]).length = 0;
    }).toThrow(TypeError);
    expect(lib.DEFAULT_POLICY.exclusions.length).toBeGreaterThan(0);
    // A caller wanting a policy to change builds a new one from it.
    const copy = structuredClone(defined);
    copy.exclusions.length = 0;
    expect(defined.exclusions.length).toBeGreaterThan(0);
  });
});
