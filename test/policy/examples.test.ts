/**
 * Real policies as examples (issue 14, item 9): each file in examples/policies expresses one
 * landlord's published unacceptable-behaviour policy. Each parses strictly, cites every setting to
 * the landlord's own document, section and address or to a library default that says so, says in
 * its notes what could only be approximated, and carries a short case from warning to appeal (or
 * to a final decision, where the policy has no appeal).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type AuthorityStep,
  appealDeadline,
  applyEvent,
  type CaseEvent,
  checkContact,
  describePolicy,
  LIBRARY_DEFAULTS,
  type Policy,
  parsePolicy,
  replay,
  SETTING_PATHS,
} from '../../src/index.js';
import { eia, ev, incident, informal, OPENING, STAFF } from '../case/fixtures.js';
import { unwrap } from '../helpers.js';

const folder = new URL('../../examples/policies/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
const load = (file: string): Policy => unwrap(parsePolicy(readFileSync(new URL(file, folder), 'utf8')));

/** What each file is there to show: [setting, value, stated by the landlord's policy]. */
const SHOWS: Record<string, [string, unknown, boolean][]> = {
  'housing-21.json': [
    [
      'appeal.window',
      { length: 20, unit: 'business-days', lastDayOnNonBusinessDay: 'stays', countFrom: 'letter-date' },
      true,
    ],
    ['appeal.decisionWithin', { length: 10, unit: 'business-days', lastDayOnNonBusinessDay: 'stays' }, true],
    ['reconsideration.decisionWithin', null, true],
    ['formalAction.writtenWarningBeforeRestriction', false, true],
    ['exclusions', ['emergency', 'safeguarding', 'domestic-abuse'], true],
    ['restriction.reviewIntervalMonths', 6, false],
  ],
  'glasgow-city-council.json': [
    ['calendar', { nation: 'scotland', extraClosures: [] }, true],
    [
      'appeal.window',
      { length: 10, unit: 'business-days', lastDayOnNonBusinessDay: 'stays', countFrom: 'actual-receipt' },
      true,
    ],
    ['restriction.openEnded', true, true],
    ['restriction.reviewIntervalMonths', 6, true],
    ['notices.channels', ['letter'], true],
    [
      'exclusions',
      ['critical-asb', 'new-repair', 'urgent-repair', 'emergency', 'safeguarding', 'domestic-abuse'],
      false,
    ],
  ],
  'city-of-edinburgh-council.json': [
    ['calendar', { nation: 'scotland', extraClosures: [] }, true],
    [
      'appeal.window',
      { length: 20, unit: 'business-days', lastDayOnNonBusinessDay: 'stays', countFrom: 'letter-date' },
      true,
    ],
    ['appeal.decisionWithin', null, true],
    [
      'authority',
      { 'restriction-imposed': ['senior-member-of-staff'], 'appeal-decided': ['director'] },
      true,
    ],
    ['restriction.reviewIntervalMonths', 6, false],
  ],
  'city-of-york-council.json': [
    ['restriction.maxMonths', 12, true],
    ['restriction.firstReviewAfterMonths', 6, true],
    [
      'authority',
      { 'restriction-imposed': { roles: ['head-of-legal-services', 'chief-strategy-officer'], count: 2 } },
      true,
    ],
    [
      'appeal.window',
      { length: 14, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays', countFrom: 'letter-date' },
      false,
    ],
  ],
  'welwyn-hatfield-borough-council.json': [
    ['appeal.window', null, true],
    ['reconsideration.decisionWithin', null, true],
    ['formalAction.warningForms', ['letter', 'email', 'recorded-phone-call'], true],
    ['thresholds.swearingOrShouting', 'unacceptable-once', true],
    ['restriction.reviewIntervalMonths', 6, false],
  ],
  'isle-of-anglesey-county-council.json': [
    ['restriction.firstReviewAfterMonths', 6, true],
    ['restriction.reviewIntervalMonths', 6, true],
    ['calendar', { nation: 'england-and-wales', extraClosures: [] }, false],
    [
      'appeal.window',
      { length: 14, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays', countFrom: 'letter-date' },
      false,
    ],
  ],
};

/** Who takes a step under the policy: the first role it allows, with enough others where it needs several. */
function deciders(policy: Policy, step: AuthorityStep, people: string[]) {
  const limit = policy.authority[step];
  if (limit === undefined) return { by: people[0] as string };
  const { roles, count } = Array.isArray(limit) ? { roles: limit, count: 1 } : limit;
  const [first, ...others] = people.slice(0, count);
  return {
    by: first as string,
    byRole: roles[0] as string,
    ...(others.length > 0 && { jointlyWith: others.map((by) => ({ by, byRole: roles.at(-1) as string })) }),
  };
}

/**
 * The restriction decision, dated 2 March and recorded on 4 March, the day the customer received the
 * letter and the restriction starts (recorded for a policy counting the appeal from actual receipt): the policy's default or
 * longest length, none where open-ended.
 */
function restrictionImposed(policy: Policy): CaseEvent {
  const { defaultMonths, maxMonths, openEnded } = policy.restriction;
  const months = openEnded ? undefined : Math.min(defaultMonths ?? 12, maxMonths ?? 12);
  return {
    type: 'restriction-imposed',
    at: '2026-03-04T16:00:00Z',
    ...deciders(policy, 'restriction-imposed', ['hm-1', 'hm-3']),
    restriction: {
      id: 'r-1',
      startsOn: '2026-03-04',
      ...(months !== undefined && { months }),
      measures: [{ kind: 'written-only' }],
    },
    decisionLetterDate: '2026-03-02',
    service: { method: 'first-class-post', postedOn: '2026-03-02' },
    ...(policy.appeal?.window.countFrom === 'actual-receipt' && { letterReceivedOn: '2026-03-04' }),
  } as CaseEvent;
}

/** A short case: behaviour, an informal warning, an EIA, a warning in a form the policy counts, more behaviour, a restriction. */
function toRestriction(policy: Policy): CaseEvent[] {
  return [
    incident('inc-1', '2026-01-05T10:00:00Z'),
    informal('2026-01-06T09:00:00Z'),
    incident('inc-2', '2026-01-20T15:30:00Z'),
    eia('2026-01-21T09:00:00Z'),
    ev('written-warning-issued', '2026-01-22T09:00:00Z', {
      letterDate: '2026-01-22',
      form: policy.formalAction.warningForms[0] ?? 'letter',
    }),
    incident('inc-3', '2026-02-10T11:00:00Z'),
    restrictionImposed(policy),
  ];
}

const appealReceived = ev('appeal-received', '2026-03-05T09:00:00Z', {}, STAFF.officer);

describe('examples/policies: landlords’ published policies', () => {
  it('holds at least four, no longer illustrative, from Scotland, England and Wales', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(SHOWS).sort()).toEqual([...files].sort());
    const policies = files.map(load);
    expect(policies.map((p) => p.calendar.nation)).toContain('scotland');
    expect(policies.map((p) => p.calendar.nation)).toContain('england-and-wales');
    for (const policy of policies) expect(JSON.stringify(policy)).not.toMatch(/illustrative/i);
  });

  for (const file of files) {
    describe(file, () => {
      const policy = load(file);
      const { settings, rules } = unwrap(describePolicy(policy));

      it('parses strictly and says where it comes from and what it approximates', () => {
        expect(policy.notes?.length).toBeGreaterThan(2);
        expect(policy.notes?.[0]).toMatch(/https:\/\//);
        expect(policy.name).toMatch(/^[^:]+: .+/);
      });

      it('cites every setting to its own document, section and address, or to a library default that says so', () => {
        expect(settings.map((s) => s.path)).toEqual([...SETTING_PATHS]);
        for (const setting of settings) {
          expect(setting.libraryDefault, setting.path).toBe(setting.source.document === LIBRARY_DEFAULTS);
          if (setting.libraryDefault) {
            expect(setting.stated, setting.path).toBe(false);
            expect(setting.source.section.startsWith(`${setting.path}: `), setting.path).toBe(true);
          } else {
            expect(setting.stated, setting.path).toBe(true);
            expect(setting.source.document, setting.path).toBe(policy.name);
            expect(setting.source.section, setting.path).toMatch(/https:\/\/\S+/);
          }
        }
        expect(settings.some((s) => s.stated)).toBe(true);
        for (const rule of rules) {
          expect(rule.source.document).toBe(policy.name);
          expect(rule.source.section).toMatch(/https:\/\/\S+/);
        }
      });

      it('describes what it shows, stated or inherited', () => {
        for (const [path, value, stated] of SHOWS[file] ?? []) {
          const setting = settings.find((s) => s.path === path);
          expect(setting?.value, path).toEqual(value);
          expect(setting?.stated, path).toBe(stated);
        }
      });

      it('walks a short case from warning to a restriction, then an appeal or a final decision', () => {
        const restricted = unwrap(replay(toRestriction(policy), policy, OPENING));
        expect(restricted.stage).toBe('restricted');
        const [restriction] = restricted.restrictions;
        if (policy.restriction.openEnded) expect(restriction?.lastDayInForce).toBeNull();
        else expect(restriction?.lastDayInForce).toMatch(/^\d{4}-\d{2}-\d{2}$/);

        if (policy.appeal === null) {
          const refused = applyEvent(restricted, appealReceived, policy);
          expect(refused.ok).toBe(false);
          if (!refused.ok) expect(refused.error.code).toBe('NO_APPEAL_ROUTE');
          // The decision is final and signposts the Ombudsman, citing the landlord's own section.
          const signpost = restricted.decisions.at(-1)?.reasons.find((r) => r.rule === 'TEP-11.3');
          expect(signpost?.citation).toEqual(policy.citations.rules?.['TEP-11.3'] ?? expect.anything());
          return;
        }
        const decided = unwrap(
          replay(
            [
              ...toRestriction(policy),
              appealReceived,
              {
                type: 'appeal-decided',
                at: '2026-03-12T09:00:00Z',
                ...deciders(policy, 'appeal-decided', ['dir-1', 'dir-2']),
                outcome: 'dismissed',
              } as CaseEvent,
            ],
            policy,
            OPENING,
          ),
        );
        expect(decided.appeals[0]?.outcome).toBe('dismissed');
        if (policy.authority['appeal-decided'] !== undefined) {
          const record = decided.decisions.at(-1);
          expect(record?.byRole).toBeDefined();
          expect(record?.reasons.find((r) => r.rule === 'NF-8')?.citation.document).toBe(
            policy.citations.authority.document,
          );
        }
      });

      it('lets an emergency through a restriction, citing the exclusions as the policy states or inherits them', () => {
        const gate = unwrap(
          checkContact(
            [
              {
                id: 'r-1',
                startsOn: '2026-03-02',
                lastDayInForce: '2027-03-01',
                measures: [{ kind: 'written-only' }],
              },
            ],
            { at: '2026-04-01T10:00:00Z', direction: 'inbound', channel: 'phone', subject: 'emergency' },
            { policy },
          ),
        );
        expect(gate.outcome).toBe('allow-exclusion');
        const exclusion = gate.reasons.find((r) => r.rule === 'TEP-7');
        // A stated exclusions setting keeps the landlord's own section; an inherited one says it is the library's.
        expect(exclusion?.citation).toEqual(policy.citations.exclusions);
        expect(exclusion?.citation.document === policy.name).toBe(
          settings.find((s) => s.path === 'exclusions')?.stated,
        );
      });
    });
  }

  it('Glasgow: ten working days from actual receipt, on Scottish bank holidays, and no length needed', () => {
    const glasgow = load('glasgow-city-council.json');
    const state = unwrap(replay(toRestriction(glasgow), glasgow, OPENING));
    expect(state.restrictions[0]?.lastDayInForce).toBeNull();
    // Received Wednesday 4 March 2026: ten working days end on Wednesday 18 March.
    const late = applyEvent(state, ev('appeal-received', '2026-03-19T09:00:00Z', {}, STAFF.officer), glasgow);
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.error.code).toBe('APPEAL_OUT_OF_TIME');
    expect(
      applyEvent(state, ev('appeal-received', '2026-03-18T09:00:00Z', {}, STAFF.officer), glasgow).ok,
    ).toBe(true);
    // Received Tuesday 22 December 2026: Christmas, Boxing Day (Monday 28), 1 January and 2 January
    // (Monday 4) are Scottish bank holidays, so the tenth working day is Monday 11 January 2027.
    const christmas = unwrap(
      appealDeadline({ decisionLetterDate: '2026-12-21', receivedOn: '2026-12-22', policy: glasgow }),
    );
    expect(christmas.lastDay).toBe('2027-01-11');
  });

  it('York: a restriction longer than 12 months is refused, and one person cannot impose it alone', () => {
    const york = load('city-of-york-council.json');
    const [last, ...earlier] = toRestriction(york).reverse();
    const history = earlier.reverse();
    const base = unwrap(replay(history, york, OPENING));
    const imposed = last as Extract<CaseEvent, { type: 'restriction-imposed' }>;
    const tooLong = applyEvent(
      base,
      { ...imposed, restriction: { ...imposed.restriction, months: 18 } } as CaseEvent,
      york,
    );
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.error.code).toBe('LENGTH_OVER_MAXIMUM');
    const { jointlyWith: _, ...alone } = imposed as CaseEvent & { jointlyWith?: unknown };
    const single = applyEvent(base, alone as CaseEvent, york);
    expect(single.ok).toBe(false);
    if (!single.ok) expect(single.error.code).toBe('NOT_AUTHORISED');
  });
});
