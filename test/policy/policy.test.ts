import { describe, expect, it } from 'vitest';
import {
  ALWAYS_EXCLUDED,
  DEFAULT_POLICY,
  definePolicy,
  LIBRARY_DEFAULTS,
  type Policy,
  PolicySchema,
  parsePolicy,
  policyInEffectOn,
  presets,
  SETTING_PATHS,
} from '../../src/policy/index.js';
import { RULES } from '../../src/shared/rules.js';
import { badPaths, refusal, unwrap } from '../helpers.js';

const ALL = Object.values(presets);
const acme = {
  id: 'acme-2026',
  name: 'Acme Homes unacceptable behaviour policy',
  effectiveFrom: '2026-04-01',
};

describe('presets: built from the sources, every setting cited', () => {
  for (const preset of ALL) {
    it(`${preset.id} parses strictly and survives JSON unchanged`, () => {
      expect(unwrap(parsePolicy(preset))).toEqual(preset);
      const text = JSON.stringify(preset);
      expect(JSON.stringify(unwrap(parsePolicy(text)))).toBe(text);
    });

    it(`${preset.id} cites every setting: a source heading or a named library default`, () => {
      expect(Object.keys(preset.citations).sort()).toEqual([...SETTING_PATHS].sort());
      const sourceSections = new Set(Object.values(RULES).map((r) => `${r.document}|${r.section}`));
      for (const path of SETTING_PATHS) {
        const citation = preset.citations[path];
        const fromSource = sourceSections.has(`${citation.document}|${citation.section}`);
        const fromDefaults =
          citation.document === LIBRARY_DEFAULTS && citation.section.startsWith(`${path}: `);
        expect(fromSource || fromDefaults, `${preset.id} ${path}`).toBe(true);
      }
    });
  }

  it('the default is the Tenancy Enforcement Procedure', () => {
    expect(DEFAULT_POLICY).toBe(presets.tenancyEnforcementProcedure);
  });

  it('TEP: informal action, EIA and written warning before restriction, no default length, six-monthly reviews, 14/28 days', () => {
    const tep = presets.tenancyEnforcementProcedure;
    expect(tep.formalAction).toEqual({
      eiaBeforeFormalAction: true,
      eiaBeforeRestriction: true,
      writtenWarningBeforeRestriction: true,
      informalActionBeforeFormalAction: true,
      warningForms: ['letter', 'email'],
    });
    expect(tep.citations['formalAction.informalActionBeforeFormalAction'].section).toBe(
      '4. Managing Unacceptable Behaviour',
    );
    expect(tep.restriction).toEqual({
      defaultMonths: null,
      reviewIntervalMonths: 6,
      spocOversightIntervalMonths: 3,
      otherLengthNeedsJustification: false,
      maxMonths: null,
      openEnded: false,
      firstReviewAfterMonths: null,
      reviewAtEnd: false,
    });
    expect(tep.eia).toEqual({ currentForMonths: 6 });
    expect(tep.appeal?.window).toEqual({
      length: 14,
      unit: 'calendar-days',
      lastDayOnNonBusinessDay: 'stays',
      countFrom: 'letter-date',
    });
    expect(tep.appeal?.decisionWithin?.length).toBe(28);
    expect(tep.reconsideration?.decisionWithin?.length).toBe(28);
    expect(tep.citations['appeal.window'].section).toBe(
      '11. Appealing/Reconsidering a Decision to Restrict Contact',
    );
  });

  it('TEP-7: the exclusions are the procedure’s own list', () => {
    expect([...presets.tenancyEnforcementProcedure.exclusions].sort()).toEqual(
      ['critical-asb', 'domestic-abuse', 'emergency', 'new-repair', 'safeguarding', 'urgent-repair'].sort(),
    );
    expect(presets.tenancyEnforcementProcedure.citations.exclusions.section).toBe('7. Exclusions');
  });

  it('SH-2: Selwood’s measures last 12 months, cited to the consultation', () => {
    expect(presets.selwood.restriction.defaultMonths).toBe(12);
    expect(presets.selwood.citations['restriction.defaultMonths'].document).toBe(RULES['SH-2'].document);
  });

  it('HO: approved June 2021; numbers it does not give are library defaults, said so', () => {
    const ho = presets.housingOmbudsman2021;
    expect(ho.effectiveFrom).toBe('2021-06-01');
    expect(ho.citations['appeal.window'].document).toBe(LIBRARY_DEFAULTS);
    expect(ho.citations['appeal.window'].section).toContain('sets no time limit');
    expect(ho.exclusions).toEqual(presets.tenancyEnforcementProcedure.exclusions);
  });
});

describe('definePolicy: unset settings come from the base', () => {
  it('merges objects, replaces values, and cites a changed setting to the landlord’s own policy', () => {
    const policy = unwrap(
      definePolicy({ ...acme, calendar: { nation: 'scotland' }, appeal: { window: { length: 21 } } }),
    );
    expect(policy.calendar).toEqual({ nation: 'scotland', extraClosures: [] });
    expect(policy.appeal?.window).toEqual({
      ...presets.tenancyEnforcementProcedure.appeal?.window,
      length: 21,
    });
    expect(policy.appeal?.decisionWithin).toEqual(presets.tenancyEnforcementProcedure.appeal?.decisionWithin);
    expect(policy.citations['appeal.window']).toEqual({
      document: acme.name,
      section: 'Policy setting appeal.window',
    });
    expect(policy.citations.calendar).toEqual({ document: acme.name, section: 'Policy setting calendar' });
    expect(policy.citations['appeal.decisionWithin']).toEqual(
      presets.tenancyEnforcementProcedure.citations['appeal.decisionWithin'],
    );
  });

  it('keeps a citation the landlord gives, and a value set equal to the base keeps the base’s', () => {
    const policy = unwrap(
      definePolicy({
        ...acme,
        restriction: { defaultMonths: 12, reviewIntervalMonths: 6 },
        citations: {
          'restriction.defaultMonths': { document: 'Acme policy', section: '7.2 Length of measures' },
        },
      }),
    );
    expect(policy.citations['restriction.defaultMonths']).toEqual({
      document: 'Acme policy',
      section: '7.2 Length of measures',
    });
    expect(policy.citations['restriction.reviewIntervalMonths']).toEqual(
      presets.tenancyEnforcementProcedure.citations['restriction.reviewIntervalMonths'],
    );
  });

  it('builds on another base', () => {
    const policy = unwrap(definePolicy({ ...acme, monthEnd: 'next-day' }, presets.selwood));
    expect(policy.restriction.defaultMonths).toBe(12);
    expect(policy.monthEnd).toBe('next-day');
  });

  it('never mutates the base or the settings', () => {
    const base = structuredClone(presets.tenancyEnforcementProcedure);
    const settings = { ...acme, appeal: { window: { length: 21 } } };
    const before = JSON.stringify(settings);
    unwrap(definePolicy(settings, base));
    expect(base).toEqual(presets.tenancyEnforcementProcedure);
    expect(JSON.stringify(settings)).toBe(before);
  });

  it('refuses an unknown or misplaced key, naming its path', () => {
    expect(badPaths(definePolicy({ ...acme, appeal: { windw: {} } } as never))).toEqual([
      'settings.appeal.windw',
    ]);
    // `length` belongs under appeal.window, not appeal.
    expect(badPaths(definePolicy({ ...acme, appeal: { length: 21 } } as never))).toEqual([
      'settings.appeal.length',
    ]);
    expect(badPaths(definePolicy({ ...acme, reviewIntervalMonths: 3 } as never))).toEqual([
      'settings.reviewIntervalMonths',
    ]);
  });

  it('refuses wrong values, naming each path', () => {
    expect(
      badPaths(
        definePolicy({
          ...acme,
          monthEnd: 'round' as never,
          appeal: { window: { length: -14 } },
          calendar: { nation: 'wales' as never },
        }),
      ).sort(),
    ).toEqual(['settings.appeal.window.length', 'settings.calendar.nation', 'settings.monthEnd']);
  });

  it('requires the policy’s own id, name and effectiveFrom', () => {
    expect(badPaths(definePolicy({ name: 'x', effectiveFrom: '2026-04-01' } as never))).toEqual([
      'settings.id',
    ]);
    expect(badPaths(definePolicy({ ...acme, effectiveFrom: '2026-02-30' }))).toEqual([
      'settings.effectiveFrom',
    ]);
  });

  it('refuses a bad base, naming it', () => {
    expect(badPaths(definePolicy(acme, { ...presets.selwood, timeZone: 'Europe/Londres' }))).toEqual([
      'base.timeZone',
    ]);
  });
});

describe('TEP-7: no policy may drop the exclusions that keep people safe', () => {
  it('an emergency, safeguarding and domestic abuse are always excluded; a landlord may add, not remove', () => {
    expect(ALWAYS_EXCLUDED).toEqual(['emergency', 'safeguarding', 'domestic-abuse']);
    for (const preset of ALL) expect(preset.exclusions).toEqual(expect.arrayContaining([...ALWAYS_EXCLUDED]));
    const error = refusal(parsePolicy({ ...presets.selwood, exclusions: [] }), 'INVALID_INPUT');
    expect(error.issues).toEqual([
      {
        path: 'policy.exclusions',
        message:
          "expected the exclusions to include 'emergency', 'safeguarding', 'domestic-abuse': no restriction may stop them (TEP-7); missing 'emergency', 'safeguarding', 'domestic-abuse'",
      },
    ]);
    for (const dropped of ALWAYS_EXCLUDED) {
      const rest = presets.selwood.exclusions.filter((s) => s !== dropped);
      expect(badPaths(definePolicy({ ...acme, exclusions: rest }))).toEqual(['settings.exclusions']);
    }
    expect(unwrap(definePolicy({ ...acme, exclusions: [...ALWAYS_EXCLUDED] })).exclusions).toEqual([
      ...ALWAYS_EXCLUDED,
    ]);
  });
});

describe('parsePolicy: strict, so a stored policy is exactly what was meant', () => {
  it('refuses text that is not JSON', () => {
    refusal(parsePolicy('{"id": '), 'INVALID_JSON');
  });

  it('refuses a missing setting or citation, and an unknown key', () => {
    const { thresholds: _omit, ...withoutThresholds } = presets.selwood;
    expect(badPaths(parsePolicy(withoutThresholds))).toEqual(['policy.thresholds']);
    const { exclusions: _gone, ...citations } = presets.selwood.citations;
    expect(badPaths(parsePolicy({ ...presets.selwood, citations }))).toEqual(['policy.citations.exclusions']);
    expect(badPaths(parsePolicy({ ...presets.selwood, colour: 'blue' }))).toEqual(['policy.colour']);
    expect(badPaths(parsePolicy(null))).toEqual(['policy']);
  });

  it('refuses a holiday table whose years are the wrong way round', () => {
    const policy: Policy = {
      ...presets.selwood,
      calendar: {
        ...presets.selwood.calendar,
        holidayTable: { firstYear: 2050, lastYear: 2000, proclaimed: [] },
      },
    };
    expect(badPaths(parsePolicy(policy))).toEqual(['policy.calendar.holidayTable.lastYear']);
  });

  it('the schema and the type agree: every preset is a valid Policy', () => {
    for (const preset of ALL) expect(PolicySchema.safeParse(preset).success).toBe(true);
  });
});

describe('policyInEffectOn: policies are effective-dated', () => {
  const acme2026 = unwrap(definePolicy(acme));
  const policies = [presets.tenancyEnforcementProcedure, acme2026];

  it('chooses the latest policy that had taken effect: the day before, the day, the day after', () => {
    expect(unwrap(policyInEffectOn(policies, '2026-03-31')).id).toBe('tenancy-enforcement-procedure');
    expect(unwrap(policyInEffectOn(policies, '2026-04-01')).id).toBe('acme-2026');
    expect(unwrap(policyInEffectOn(policies, '2026-04-02')).id).toBe('acme-2026');
  });

  it('refuses when none had taken effect', () => {
    refusal(policyInEffectOn([acme2026], '2026-03-31'), 'NO_POLICY_IN_EFFECT');
    expect(badPaths(policyInEffectOn([], '2026-03-31'))).toEqual(['policies']);
  });
});

describe('policyInEffectOn: two versions effective the same day', () => {
  it('the first listed wins, so an integrator can order its own precedence', () => {
    const a = unwrap(definePolicy({ id: 'a', name: 'A', effectiveFrom: '2026-04-01' }));
    const b = unwrap(definePolicy({ id: 'b', name: 'B', effectiveFrom: '2026-04-01' }));
    expect(unwrap(policyInEffectOn([a, b], '2026-05-01')).id).toBe('a');
    expect(unwrap(policyInEffectOn([b, a], '2026-05-01')).id).toBe('b');
  });
});
