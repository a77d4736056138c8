// The settings of issue 14 at the door: strict, cited in every preset, and contradictory pairs
// refused naming both paths, so a landlord sees which two settings disagree.
import { describe, expect, it } from 'vitest';
import {
  definePolicy,
  describePolicy,
  LIBRARY_DEFAULTS,
  POLICY_SETTINGS,
  PolicySchema,
  type PolicySettings,
  parsePolicy,
  presets,
  SETTING_PATHS,
} from '../../src/index.js';
import { badPaths, unwrap } from '../helpers.js';

const NEW_PATHS = [
  'restriction.maxMonths',
  'restriction.openEnded',
  'restriction.firstReviewAfterMonths',
  'restriction.reviewAtEnd',
  'eia.currentForMonths',
] as const;

const define = (
  settings: Omit<PolicySettings, 'id' | 'name' | 'effectiveFrom'>,
  base = presets.tenancyEnforcementProcedure,
) => definePolicy({ id: 'acme', name: 'Acme Homes policy', effectiveFrom: '2026-01-01', ...settings }, base);

describe('every new setting is labelled and cited in every preset', () => {
  it('is in SETTING_PATHS and POLICY_SETTINGS', () => {
    for (const path of NEW_PATHS) {
      expect(SETTING_PATHS).toContain(path);
      expect(POLICY_SETTINGS[path].label.length).toBeGreaterThan(0);
    }
  });

  it('each preset cites each: a source heading or a labelled library default', () => {
    for (const preset of Object.values(presets)) {
      for (const path of NEW_PATHS) expect(preset.citations[path]).toBeDefined();
    }
    const tep = presets.tenancyEnforcementProcedure.citations;
    expect(tep['eia.currentForMonths'].section).toBe('2. Diverse Needs');
    expect(tep['restriction.firstReviewAfterMonths'].section).toBe('10. Monitoring and Reviewing');
    expect(tep['restriction.maxMonths'].document).toBe(LIBRARY_DEFAULTS);
    expect(tep['restriction.reviewAtEnd'].document).toBe(LIBRARY_DEFAULTS);
  });

  it('a setting the landlord changes is cited to its own policy', () => {
    const policy = unwrap(define({ restriction: { maxMonths: 24 }, eia: { currentForMonths: 3 } }));
    expect(policy.citations['restriction.maxMonths']).toEqual({
      document: 'Acme Homes policy',
      section: 'Policy setting restriction.maxMonths',
    });
    expect(policy.citations['eia.currentForMonths'].document).toBe('Acme Homes policy');
  });

  it('appeal: null is cited to the landlord, parses strictly and survives JSON unchanged', () => {
    const policy = unwrap(define({ appeal: null, reconsideration: null }));
    expect(policy.citations['appeal.window'].document).toBe('Acme Homes policy');
    const text = JSON.stringify(policy);
    expect(JSON.stringify(unwrap(parsePolicy(text)))).toBe(text);
  });

  it('describePolicy sets out a route the policy does not have as null beneath it, stated', () => {
    const policy = unwrap(define({ appeal: null, reconsideration: null }));
    const { settings } = unwrap(describePolicy(policy));
    for (const path of ['appeal.window', 'appeal.decisionWithin', 'reconsideration.decisionWithin']) {
      const setting = settings.find((s) => s.path === path);
      expect(setting?.value, path).toBeNull();
      expect(setting?.stated, path).toBe(true);
    }
  });
});

describe('strict: a bad value or an unknown key names its path', () => {
  it('refuses bad values of each new setting', () => {
    expect(
      badPaths(
        define({
          restriction: {
            maxMonths: 0,
            openEnded: 'yes' as never,
            firstReviewAfterMonths: 1.5,
            reviewAtEnd: null as never,
          },
          eia: { currentForMonths: 0 },
        }),
      ).sort(),
    ).toEqual([
      'settings.eia.currentForMonths',
      'settings.restriction.firstReviewAfterMonths',
      'settings.restriction.maxMonths',
      'settings.restriction.openEnded',
      'settings.restriction.reviewAtEnd',
    ]);
    expect(badPaths(define({ eia: { currentForMonths: 6, reviewed: true } as never }))).toEqual([
      'settings.eia.reviewed',
    ]);
  });

  it('refuses a countFrom on a decision period: it always counts from receipt of the appeal', () => {
    expect(badPaths(define({ appeal: { decisionWithin: { countFrom: 'letter-date' } as never } }))).toEqual([
      'settings.appeal.decisionWithin.countFrom',
    ]);
  });
});

describe('contradictory settings are refused, naming both paths', () => {
  const paths = (settings: Parameters<typeof define>[0], base = presets.tenancyEnforcementProcedure) =>
    badPaths(define(settings, base)).sort();

  it('a maximum below the default (Selwood’s 12 months, at most 6)', () => {
    const result = define({ restriction: { maxMonths: 6 } }, presets.selwood);
    expect(badPaths(result).sort()).toEqual([
      'settings.restriction.defaultMonths',
      'settings.restriction.maxMonths',
    ]);
    if (!result.ok) {
      expect(result.error.issues.find((i) => i.path === 'settings.restriction.maxMonths')?.message).toBe(
        'contradicts restriction.defaultMonths: the maximum (6 months) is shorter than the default length (12 months)',
      );
    }
    unwrap(define({ restriction: { maxMonths: 12 } }, presets.selwood));
  });

  it('open-ended with a default length, or with a maximum', () => {
    expect(paths({ restriction: { openEnded: true } }, presets.selwood)).toEqual([
      'settings.restriction.defaultMonths',
      'settings.restriction.openEnded',
    ]);
    expect(paths({ restriction: { openEnded: true, maxMonths: 24 } })).toEqual([
      'settings.restriction.maxMonths',
      'settings.restriction.openEnded',
    ]);
    unwrap(define({ restriction: { openEnded: true } }));
  });

  it('a first review after the maximum, or after the default length', () => {
    expect(paths({ restriction: { maxMonths: 12, firstReviewAfterMonths: 13 } })).toEqual([
      'settings.restriction.firstReviewAfterMonths',
      'settings.restriction.maxMonths',
    ]);
    expect(paths({ restriction: { firstReviewAfterMonths: 13 } }, presets.selwood)).toEqual([
      'settings.restriction.defaultMonths',
      'settings.restriction.firstReviewAfterMonths',
    ]);
    // On the boundary: a first review at the default length is allowed (it falls the day after,
    // so the review on the last day in force takes its place).
    unwrap(define({ restriction: { firstReviewAfterMonths: 12 } }, presets.selwood));
  });

  it('a length justification with no default length to depart from', () => {
    expect(paths({ restriction: { otherLengthNeedsJustification: true } })).toEqual([
      'settings.restriction.defaultMonths',
      'settings.restriction.otherLengthNeedsJustification',
    ]);
  });

  it('PolicySchema itself refuses them, so a stored policy cannot carry them', () => {
    const bad = {
      ...presets.selwood,
      restriction: { ...presets.selwood.restriction, maxMonths: 6 },
    };
    expect(PolicySchema.safeParse(bad).success).toBe(false);
    expect(badPaths(parsePolicy(bad)).sort()).toEqual([
      'policy.restriction.defaultMonths',
      'policy.restriction.maxMonths',
    ]);
  });
});
