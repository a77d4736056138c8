/**
 * Any landlord's policy (issue 14, items 5–8), written from the sources' own sentences:
 * TEP 11 "A senior officer will review ... and confirm their decision"; SH "this will then be
 * referred to a senior manager for review"; TEP 4 "a formal written warning may be sent and
 * placed on the customer's file"; TEP 5 "We will notify customers in writing".
 */
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  type CaseEvent,
  type ContactAttempt,
  checkContact,
  definePolicy,
  describePolicy,
  LIBRARY_DEFAULTS,
  type Measure,
  POLICY_SETTINGS,
  type Policy,
  presets,
  type Restriction,
  RULES,
  replay,
  SETTING_PATHS,
} from '../../src/index.js';
import { caseAfter, ev, incident, LADDER, OPENING, STAFF, warning } from '../case/fixtures.js';
import { badPaths, refusal, unwrap } from '../helpers.js';

const tep = presets.tenancyEnforcementProcedure;
const acme = {
  id: 'acme-2026',
  name: 'Acme Homes unacceptable behaviour policy',
  effectiveFrom: '2026-01-01',
};

const appealed = (policy: Policy = tep) =>
  caseAfter([...LADDER, ev('appeal-received', '2026-03-05T09:00:00Z', {}, STAFF.officer)], policy);
const decided = (payload: Record<string, unknown>, by: string = STAFF.senior): CaseEvent =>
  ev('appeal-decided', '2026-03-20T09:00:00Z', { outcome: 'dismissed', ...payload } as never, by);

describe('TEP-11.1, TEP-11.2: a senior officer decides appeals and reconsiderations (authority)', () => {
  it('the preset limits both decisions to a senior officer, cited to TEP 11', () => {
    expect(tep.authority).toEqual({
      'appeal-decided': ['senior-officer'],
      'reconsideration-decided': ['senior-officer'],
    });
    expect(tep.citations.authority).toEqual(RULES['TEP-11.1']);
  });

  it('an appeal decided by a housing manager is refused NOT_AUTHORISED, naming byRole', () => {
    const error = refusal(
      applyEvent(appealed(), decided({ byRole: 'housing-manager' }, 'hm-2'), tep),
      'NOT_AUTHORISED',
    );
    expect(error.issues.map((i) => i.path)).toEqual(['event.byRole']);
    expect(error.message).toMatch(/'senior-officer'/);
    expect(error.reasons?.[0]?.citation).toEqual(RULES['TEP-11.2']);
  });

  it('an appeal decided with no role recorded is refused: the officer records who decided', () => {
    const error = refusal(applyEvent(appealed(), decided({}), tep), 'NOT_AUTHORISED');
    expect(error.message).toMatch(/record the role of so-9/);
  });

  it('a senior officer decides, and the decision record says who, in what role (NF-8)', () => {
    const state = unwrap(applyEvent(appealed(), decided({ byRole: 'senior-officer' }), tep));
    const record = state.decisions.at(-1);
    expect(record).toMatchObject({ type: 'appeal-decided', by: 'so-9', byRole: 'senior-officer' });
    const authority = record?.reasons.find((r) => r.rule === 'NF-8');
    expect(authority?.text).toMatch(/so-9 \(senior-officer\) took it/);
    expect(authority?.citation).toEqual(RULES['TEP-11.1']);
  });

  it('NF-4 stands next to it: the senior officer who imposed the restriction still may not decide the appeal', () => {
    const events = [...LADDER.slice(0, -1), { ...LADDER.at(-1), by: STAFF.senior } as CaseEvent];
    const state = caseAfter([...events, ev('appeal-received', '2026-03-05T09:00:00Z', {}, STAFF.officer)]);
    refusal(applyEvent(state, decided({ byRole: 'senior-officer' }), tep), 'DECIDER_NOT_INDEPENDENT');
  });

  it('a reconsideration decided by an officer is refused; by a senior officer, accepted', () => {
    const requested = caseAfter([
      ...LADDER,
      ev('reconsideration-requested', '2026-05-05T09:00:00Z', {}, STAFF.officer),
    ]);
    const at = '2026-05-20T09:00:00Z';
    refusal(
      applyEvent(
        requested,
        ev('reconsideration-decided', at, { outcome: 'dismissed', byRole: 'housing-officer' }),
        tep,
      ),
      'NOT_AUTHORISED',
    );
    unwrap(
      applyEvent(
        requested,
        ev('reconsideration-decided', at, { outcome: 'dismissed', byRole: 'senior-officer' }, STAFF.senior),
        tep,
      ),
    );
  });
});

describe('SH-5: an appeal "will then be referred to a senior manager for review"', () => {
  const selwood = presets.selwood;
  it('a senior officer is not a senior manager: refused; a senior manager decides', () => {
    expect(selwood.citations.authority).toEqual(RULES['SH-5']);
    const state = appealed(selwood);
    refusal(applyEvent(state, decided({ byRole: 'senior-officer' }), selwood), 'NOT_AUTHORISED');
    const after = unwrap(applyEvent(state, decided({ byRole: 'senior-manager' }), selwood));
    expect(after.decisions.at(-1)?.byRole).toBe('senior-manager');
  });
});

describe('no authority limits: the Ombudsman’s policy names no one, cited as a library default', () => {
  it('anyone may decide, and the reasons do not pretend the source said so', () => {
    const ho = presets.housingOmbudsman2021;
    expect(ho.authority).toEqual({});
    expect(ho.citations.authority.document).toBe(LIBRARY_DEFAULTS);
    const state = unwrap(applyEvent(appealed(ho), decided({}), ho));
    expect(state.decisions.at(-1)?.reasons.some((r) => r.rule === 'NF-8')).toBe(false);
  });
});

describe('"two officers": { roles, count } needs that many deciders, each holding a role', () => {
  const twoOfficers = unwrap(
    definePolicy({
      ...acme,
      authority: { 'restriction-imposed': { roles: ['housing-officer', 'senior-officer'], count: 2 } },
    }),
  );
  const [last] = LADDER.slice(-1) as [CaseEvent];
  const before = LADDER.slice(0, -1);

  it('the authority replaces the base’s whole: TEP’s appeal limit is lifted by leaving it out', () => {
    expect(twoOfficers.authority).toEqual({
      'restriction-imposed': { roles: ['housing-officer', 'senior-officer'], count: 2 },
    });
  });

  it('one officer alone is refused, naming jointlyWith; a second in the wrong role is named too', () => {
    const alone = { ...last, byRole: 'housing-officer' } as CaseEvent;
    const error = refusal(replay([...before, alone], twoOfficers, OPENING), 'NOT_AUTHORISED');
    expect(error.issues.map((i) => i.path)).toEqual(['events[6].jointlyWith']);
    const withClerk = { ...alone, jointlyWith: [{ by: 'cl-1', byRole: 'clerk' }] } as CaseEvent;
    const wrong = refusal(replay([...before, withClerk], twoOfficers, OPENING), 'NOT_AUTHORISED');
    expect(wrong.issues.map((i) => i.path)).toEqual(['events[6].jointlyWith[0].byRole']);
  });

  it('two officers decide; neither may then decide the appeal (NF-4)', () => {
    const jointly = {
      ...last,
      by: 'ho-1',
      byRole: 'housing-officer',
      jointlyWith: [{ by: 'so-9', byRole: 'senior-officer' }],
    } as CaseEvent;
    const state = unwrap(replay([...before, jointly], twoOfficers, OPENING));
    expect(state.restrictions[0]?.decidedBy).toEqual(['ho-1', 'so-9']);
    expect(state.decisions.at(-1)?.jointlyWith).toEqual([{ by: 'so-9', byRole: 'senior-officer' }]);
    const received = unwrap(
      applyEvent(state, ev('appeal-received', '2026-03-05T09:00:00Z', {}, STAFF.officer), twoOfficers),
    );
    const error = refusal(applyEvent(received, decided({}, 'so-9'), twoOfficers), 'DECIDER_NOT_INDEPENDENT');
    expect(error.issues.map((i) => i.path)).toEqual(['event.by']);
  });

  it('refuses an authority for a step that does not exist, naming it', () => {
    expect(
      badPaths(definePolicy({ ...acme, authority: { 'appeal-decide': ['senior-officer'] } as never })),
    ).toEqual(['settings.authority.appeal-decide']);
  });
});

describe('TEP-4.4: "a formal written warning may be sent and placed on the customer’s file" (warningForms)', () => {
  const [inc1, informal, inc2, eiaDone, , inc3, restricted] = LADDER as [
    CaseEvent,
    CaseEvent,
    CaseEvent,
    CaseEvent,
    CaseEvent,
    CaseEvent,
    CaseEvent,
  ];
  const phoned = ev('written-warning-issued', '2026-01-22T09:00:00Z', {
    letterDate: '2026-01-22',
    form: 'recorded-phone-call',
  });

  it('a warning by recorded phone call is recorded, but is not the written warning before restriction', () => {
    const state = caseAfter([inc1, informal, inc2, eiaDone, phoned, inc3]);
    expect(state.writtenWarnings).toEqual([
      { at: '2026-01-22T09:00:00Z', letterDate: '2026-01-22', form: 'recorded-phone-call' },
    ]);
    expect(state.decisions.at(-2)?.reasons[0]?.text).toMatch(/does not count as that warning/);
    const error = refusal(applyEvent(state, restricted, tep), 'WARNING_REQUIRED');
    expect(error.message).toMatch(/a recorded phone call, which this policy does not count/);
    expect(error.reasons?.[0]?.text).toMatch(/^Library default for "Forms of warning/);
  });

  it('a landlord that counts recorded phone calls restricts after one', () => {
    const phones = unwrap(
      definePolicy({ ...acme, formalAction: { warningForms: ['letter', 'recorded-phone-call'] } }),
    );
    unwrap(replay([inc1, informal, inc2, eiaDone, phoned, inc3, restricted], phones, OPENING));
  });

  it('a warning with no form is a letter, and an email counts under the presets', () => {
    expect(
      caseAfter([inc1, informal, inc2, eiaDone, warning('2026-01-22T09:00:00Z')]).writtenWarnings[0],
    ).toEqual({
      at: '2026-01-22T09:00:00Z',
      letterDate: '2026-01-22',
    });
    const emailed = ev('written-warning-issued', '2026-01-22T09:00:00Z', {
      letterDate: '2026-01-22',
      form: 'email',
    });
    unwrap(replay([inc1, informal, inc2, eiaDone, emailed, inc3, restricted], tep, OPENING));
  });
});

describe('TEP-5.2: "We will notify customers in writing" (notices.channels)', () => {
  it('a decision letter emailed under a policy that sends notices by letter only is refused', () => {
    const byLetter = unwrap(definePolicy({ ...acme, notices: { channels: ['letter'] } }));
    const [last] = LADDER.slice(-1) as [CaseEvent];
    const emailed = { ...last, service: { method: 'email', sentAt: '2026-03-02T10:00:00Z' } } as CaseEvent;
    const error = refusal(
      replay([...LADDER.slice(0, -1), emailed], byLetter, OPENING),
      'NOTICE_CHANNEL_NOT_ALLOWED',
    );
    expect(error.issues.map((i) => i.path)).toEqual(['events[6].service.method']);
    const posted = { ...last, service: { method: 'first-class-post', postedOn: '2026-03-02' } } as CaseEvent;
    unwrap(replay([...LADDER.slice(0, -1), posted], byLetter, OPENING));
  });
});

describe('measures landlords list: service scope, call length, a witness (TEP-5.3 "other action")', () => {
  const restriction = (measures: Measure[]): Restriction => ({
    id: 'R1',
    startsOn: '2026-03-01',
    lastDayInForce: '2027-02-28',
    measures,
  });
  const contact = (extra: Partial<ContactAttempt>): ContactAttempt => ({
    at: '2026-05-04T10:00:00+01:00',
    direction: 'inbound',
    channel: 'phone',
    subject: 'general',
    ...extra,
  });
  const check = (measures: Measure[], extra: Partial<ContactAttempt>, policy: Policy = tep) =>
    unwrap(checkContact([restriction(measures)], contact(extra), { policy }));

  it('service-scope: the restriction binds contacts about its services only', () => {
    const scoped: Measure[] = [{ kind: 'service-scope', services: ['repairs'] }, { kind: 'written-only' }];
    const rent = check(scoped, { service: 'rent' });
    expect(rent.outcome).toBe('allow');
    expect(rent.reasons[0]?.text).toMatch(
      /applies only to contacts about repairs: this contact is about another service/,
    );
    expect(check(scoped, { service: 'repairs' }).outcome).toBe('redirect');
    const unsaid = check(scoped, {});
    expect(unsaid.outcome).toBe('redirect');
    expect(unsaid.reasons.at(-1)?.text).toMatch(/does not say which service/);
  });

  it('service-scope alone restricts nothing, so it is refused', () => {
    expect(
      badPaths(
        checkContact([restriction([{ kind: 'service-scope', services: ['repairs'] }])], contact({}), {
          policy: tep,
        }),
      ),
    ).toEqual(['restrictions[0].measures']);
  });

  it('call-length-limit: a call goes ahead with the limit as a condition, and a clear warning before ending it (HO-4)', () => {
    const limited: Measure[] = [{ kind: 'call-length-limit', minutes: 20 }];
    const call = check(limited, {});
    expect(call).toMatchObject({ outcome: 'allow', conditions: { callLimitMinutes: 20 } });
    expect(call.reasons.at(-1)).toMatchObject({ rule: 'HO-4' });
    const long = check(limited, { direction: 'outbound', durationMinutes: 45 });
    expect(long).toMatchObject({ outcome: 'redirect', route: { callLimitMinutes: 20 } });
    expect(long.breaches).toEqual([{ restrictionId: 'R1', measure: 'call-length-limit' }]);
    expect(check(limited, { channel: 'email' })).not.toHaveProperty('conditions');
    expect(check(limited, { subject: 'emergency', durationMinutes: 60 }).outcome).toBe('allow-exclusion');
  });

  it('witness-present: a meeting in person needs a witness', () => {
    const witnessed: Measure[] = [{ kind: 'witness-present' }];
    expect(check(witnessed, { channel: 'in-person' })).toMatchObject({
      outcome: 'redirect',
      route: { witness: true },
    });
    expect(check(witnessed, { channel: 'in-person', witnessPresent: true })).toMatchObject({
      outcome: 'allow',
      conditions: { witness: true },
    });
    expect(check(witnessed, { channel: 'phone' }).outcome).toBe('allow');
  });

  it('health-and-safety: a landlord may add it to its exclusions', () => {
    const hs = unwrap(definePolicy({ ...acme, exclusions: [...tep.exclusions, 'health-and-safety'] }));
    const noContact: Measure[] = [{ kind: 'no-contact' }];
    expect(check(noContact, { subject: 'health-and-safety' }).outcome).toBe('decline');
    expect(check(noContact, { subject: 'health-and-safety' }, hs)).toMatchObject({
      outcome: 'allow-exclusion',
      exclusion: 'health-and-safety',
    });
  });
});

describe('nothing passed off: describePolicy, stated settings, a policy from nothing', () => {
  it('says what the landlord stated, what it inherited, and where each came from', () => {
    const policy = unwrap(
      definePolicy({
        ...acme,
        restriction: { defaultMonths: 12 },
        thresholds: { contactsInADay: 5 },
        citations: { exclusions: { document: 'Acme policy', section: '8. Always reportable' } },
      }),
    );
    expect(policy.stated).toEqual(['restriction.defaultMonths', 'exclusions', 'thresholds.contactsInADay']);
    const settings = unwrap(describePolicy(policy)).settings;
    expect(settings.map((s) => s.path)).toEqual([...SETTING_PATHS]);
    const at = (path: string) => settings.find((s) => s.path === path);
    expect(at('restriction.defaultMonths')).toMatchObject({
      value: 12,
      stated: true,
      source: { document: acme.name, section: 'Policy setting restriction.defaultMonths' },
    });
    // Stated equal to a library default: now the landlord's own rule, cited to its policy.
    expect(at('thresholds.contactsInADay')).toMatchObject({ value: 5, stated: true, libraryDefault: false });
    expect(at('appeal.window')).toMatchObject({ stated: false, source: RULES['TEP-11.2'] });
    expect(at('thresholds.contactsInAWeek')).toMatchObject({ stated: false, libraryDefault: true });
  });

  it('a preset states what its source states; its library defaults are inherited', () => {
    const settings = unwrap(describePolicy(presets.selwood)).settings;
    expect(settings.find((s) => s.path === 'restriction.defaultMonths')?.stated).toBe(true);
    expect(settings.find((s) => s.path === 'appeal.window')?.stated).toBe(false);
  });

  it('definePolicy(settings, null) requires every setting, listing each one missing', () => {
    const error = refusal(definePolicy({ ...acme, timeZone: 'Europe/London' }, null), 'SETTING_REQUIRED');
    expect(error.issues.map((i) => i.path)).toEqual(
      SETTING_PATHS.filter((p) => p !== 'timeZone').map((p) => `settings.${p}`),
    );
    expect(error.issues[0]?.message).toMatch(/Bank holidays and closure days/);
  });

  it('a policy from nothing states every setting, each cited to the landlord', () => {
    const { id: _id, name: _name, effectiveFrom: _from, citations: _c, ...settings } = tep;
    const policy = unwrap(definePolicy({ ...acme, ...settings }, null));
    expect(policy.stated).toEqual([...SETTING_PATHS]);
    for (const s of unwrap(describePolicy(policy)).settings) {
      expect(s).toMatchObject({ stated: true, source: { document: acme.name } });
    }
  });

  it('citations.rules: reasons cite the landlord’s own text for a rule instead of the source’s', () => {
    const own = { document: 'Acme Homes policy', section: '6. Warnings' };
    const policy = unwrap(definePolicy({ ...acme, citations: { rules: { 'TEP-4.4': own } } }));
    const state = caseAfter(LADDER.slice(0, 5), policy);
    expect(state.decisions.at(-1)?.reasons[0]).toMatchObject({ rule: 'TEP-4.4', citation: own });
    const refused = refusal(
      replay(
        [...LADDER.slice(0, 4), incident('inc-4', '2026-02-10T11:00:00Z'), LADDER[6] as CaseEvent],
        policy,
        OPENING,
      ),
      'WARNING_REQUIRED',
    );
    expect(refused.reasons?.find((r) => r.rule === 'TEP-4.5')?.citation).toEqual(RULES['TEP-4.5']);
    expect(unwrap(describePolicy(policy)).rules).toEqual([
      { rule: 'TEP-4.4', source: own, takenFrom: RULES['TEP-4.4'] },
    ]);
    const gate = unwrap(
      checkContact(
        [
          {
            id: 'R1',
            startsOn: '2026-03-01',
            lastDayInForce: '2027-02-28',
            measures: [{ kind: 'written-only' }],
          },
        ],
        { at: '2026-05-04T10:00:00+01:00', direction: 'inbound', channel: 'phone', subject: 'general' },
        {
          policy: unwrap(
            definePolicy({
              ...acme,
              citations: { rules: { 'TEP-5.3': { document: 'Acme', section: '7. Measures' } } },
            }),
          ),
        },
      ),
    );
    expect(gate.reasons[0]?.citation).toEqual({ document: 'Acme', section: '7. Measures' });
  });

  it('a library default keeps its label even where the landlord cites its own text for the rule', () => {
    const policy = unwrap(
      definePolicy(
        { ...acme, citations: { rules: { 'TEP-11.2': { document: 'Acme', section: '9. Appeals' } } } },
        presets.housingOmbudsman2021,
      ),
    );
    const late = ev('appeal-received', '2026-04-30T09:00:00Z', {}, STAFF.officer);
    const error = refusal(replay([...LADDER, late], policy, OPENING), 'APPEAL_OUT_OF_TIME');
    expect(error.reasons?.[0]?.text).toMatch(/^Library default for "Appeal window"/);
    expect(error.reasons?.[0]?.citation.document).toBe(LIBRARY_DEFAULTS);
  });

  it('POLICY_SETTINGS states the right units: a period is more than "days"', () => {
    expect(POLICY_SETTINGS['appeal.window'].unit).toMatch(/calendar days, business days, weeks or months/);
    expect(POLICY_SETTINGS['restriction.defaultMonths'].unit).toMatch(/null/);
    for (const path of SETTING_PATHS) expect(POLICY_SETTINGS[path].unit).not.toBe('days');
  });
});
