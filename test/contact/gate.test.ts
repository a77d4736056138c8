import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ContactAttempt,
  checkContact,
  compileContactGate,
  definePolicy,
  type Restriction,
} from '../../src/index.js';
import { badPaths, refusal, unwrap } from '../helpers.js';
import { contact, decide, restriction, rules, SPOC, tep } from './fixtures.js';

describe('validation at the door: a Result error naming the path, never a crash', () => {
  const written = [restriction([{ kind: 'written-only' }])];

  it('an unknown channel or subject', () => {
    const result = checkContact(written, contact({ channel: 'fax' as never, subject: 'gossip' as never }), {
      policy: tep,
    });
    expect(badPaths(result)).toEqual(['contact.channel', 'contact.subject']);
  });

  it.each([
    ['no offset', '2026-05-04T10:00:00'],
    ['a civil date only', '2026-05-04'],
    ['a day that does not exist', '2026-02-30T10:00:00Z'],
    ['an hour that does not exist', '2026-05-04T25:00:00Z'],
    ['not a string', 1_777_885_200_000],
  ])('an invalid time: %s', (_, at) => {
    expect(badPaths(checkContact(written, contact({ at: at as never }), { policy: tep }))).toEqual([
      'contact.at',
    ]);
  });

  it('an unknown direction, and a key the contact does not have', () => {
    const bad = { ...contact(), direction: 'sideways', channnel: 'phone' } as unknown as ContactAttempt;
    expect(badPaths(checkContact(written, bad, { policy: tep }))).toEqual([
      'contact.direction',
      'contact.channnel',
    ]);
  });

  it('a malformed restriction: each bad path named', () => {
    const bad = [
      { id: '', startsOn: '2026-02-30', lastDayInForce: '2026-12-31', measures: [{ kind: 'no-phone' }] },
      { ...restriction([{ kind: 'single-channel', channel: 'pigeon' }] as never), spoc: undefined },
    ] as unknown as Restriction[];
    const paths = badPaths(checkContact(bad, contact(), { policy: tep }));
    expect(paths).toEqual(
      expect.arrayContaining([
        'restrictions[0].id',
        'restrictions[0].startsOn',
        'restrictions[0].measures[0].kind',
        'restrictions[1].measures[0].channel',
      ]),
    );
  });

  it('a restriction whose last day is before its first', () => {
    const bad = restriction([{ kind: 'written-only' }], {
      startsOn: '2026-03-01',
      lastDayInForce: '2026-02-28',
    });
    expect(badPaths(checkContact([bad], contact(), { policy: tep }))).toEqual([
      'restrictions[0].lastDayInForce',
    ]);
  });

  it('a one-day restriction (last day = first day) is fine', () => {
    const oneDay = restriction([{ kind: 'written-only' }], {
      startsOn: '2026-05-04',
      lastDayInForce: '2026-05-04',
    });
    expect(decide([oneDay], contact()).outcome).toBe('redirect');
  });

  it('a spoc-only measure on a restriction that names no SPOC (TEP-6)', () => {
    const bad = restriction([{ kind: 'written-only' }, { kind: 'spoc-only' }], { spoc: undefined });
    const error = refusal(checkContact([bad], contact(), { policy: tep }), 'INVALID_INPUT');
    expect(error.issues).toEqual([
      { path: 'restrictions[0].spoc', message: expect.stringContaining('measures[1] is spoc-only') },
    ]);
  });

  it('a call window that ends when or before it starts, or an invalid time of day', () => {
    const bad = restriction([
      {
        kind: 'call-windows',
        windows: [
          { day: 'monday', from: '12:00', to: '12:00' },
          { day: 'tuesday', from: '24:00', to: '10:00' },
          { day: 'funday', from: '09:00', to: '08:00' },
        ],
      },
    ] as never);
    expect(badPaths(checkContact([bad], contact(), { policy: tep }))).toEqual([
      'restrictions[0].measures[0].windows[0].to',
      'restrictions[0].measures[0].windows[1].from',
      'restrictions[0].measures[0].windows[2].day',
    ]);
    const reversed = restriction([
      { kind: 'call-windows', windows: [{ day: 'monday', from: '12:00', to: '09:00' }] },
    ]);
    expect(badPaths(checkContact([reversed], contact(), { policy: tep }))).toEqual([
      'restrictions[0].measures[0].windows[0].to',
    ]);
  });

  it('an instant of a lift, or of a protection’s end, with no offset', () => {
    const lifted = restriction([{ kind: 'written-only' }], { liftedAt: '2026-05-04T10:00:00' });
    const protection = { staffId: 's-9', since: '2026-05-01T09:00:00Z', reason: 'r', endedAt: '2026-05-04' };
    expect(badPaths(checkContact([lifted], contact(), { policy: tep, protections: [protection] }))).toEqual([
      'restrictions[0].liftedAt',
      'protections[0].endedAt',
    ]);
  });

  it('a bad policy, a bad protection, or missing options', () => {
    const policy = { ...tep, timeZone: 'Europe/Londres' };
    const protections = [{ staffId: 's-9', since: 'yesterday', reason: 'x' }];
    expect(badPaths(checkContact([], contact(), { policy, protections } as never))).toEqual([
      'policy.timeZone',
      'protections[0].since',
    ]);
    expect(badPaths(checkContact([], contact(), undefined as never))).toEqual(['options']);
    expect(badPaths(checkContact([], contact(), { policy: tep, protection: [] } as never))).toEqual([
      'protection',
    ]);
    expect(badPaths(checkContact('R1' as never, contact(), { policy: tep }))).toEqual(['restrictions']);
  });

  it('every bad argument at once is named in one refusal', () => {
    const result = checkContact([{ id: 'R1' } as never], { at: 'now' } as never, { policy: {} as never });
    const paths = badPaths(result);
    expect(paths).toEqual(
      expect.arrayContaining([
        'restrictions[0].startsOn',
        'contact.at',
        'contact.channel',
        'policy.timeZone',
      ]),
    );
  });

  it('whatever it is given, it returns a Result and never throws', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        const result = checkContact(a as never, b as never, c as never);
        expect(result.ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (a) => {
        const result = compileContactGate(a as never);
        expect(result.ok).toBe(false);
        const gate = unwrap(compileContactGate({ restrictions: [], policy: tep }));
        expect(gate.check(a as never).ok).toBe(false);
      }),
    );
  });
});

describe('compileContactGate: validate once, check many', () => {
  const restrictions = [
    restriction([
      { kind: 'spoc-only' },
      { kind: 'call-windows', windows: [{ day: 'monday', from: '09:00', to: '12:00' }] },
    ]),
  ];
  const gate = unwrap(compileContactGate({ restrictions, policy: tep }));

  it('refuses a malformed restriction with its path', () => {
    const bad = restriction([{ kind: 'spoc-only' }], { spoc: undefined });
    expect(badPaths(compileContactGate({ restrictions: [bad], policy: tep }))).toEqual([
      'restrictions[0].spoc',
    ]);
  });

  it('gate.check validates the contact; checkTrusted gives the same answer for a valid one', () => {
    expect(badPaths(gate.check(contact({ channel: 'telegram' as never })))).toEqual(['contact.channel']);
    const attempt = contact({ at: '2026-05-05T10:00:00+01:00' });
    expect(unwrap(gate.check(attempt))).toEqual(gate.checkTrusted(attempt));
    expect(gate.checkTrusted(attempt)).toEqual(decide(restrictions, attempt));
  });

  it('contacts checked one after another do not leak into each other', () => {
    const breaking = gate.checkTrusted(contact({ staffId: 's-2', at: '2026-05-05T10:00:00+01:00' }));
    const keeping = gate.checkTrusted(contact());
    expect(breaking.outcome).toBe('redirect');
    expect(keeping.outcome).toBe('allow');
    expect(breaking.breaches).toHaveLength(2);
    expect(keeping.breaches).toHaveLength(0);
  });
});

describe('inputs are never mutated; outputs are plain JSON', () => {
  it('deep-frozen inputs are accepted and unchanged; the decision survives JSON', () => {
    const deepFreeze = <T>(value: T): T => {
      if (typeof value === 'object' && value !== null) {
        for (const child of Object.values(value)) deepFreeze(child);
        Object.freeze(value);
      }
      return value;
    };
    const restrictions = deepFreeze([
      restriction([
        { kind: 'single-channel', channel: 'email' },
        { kind: 'call-windows', windows: [{ day: 'monday', from: '09:00', to: '12:00' }] },
      ]),
    ]);
    const before = JSON.stringify(restrictions);
    const attempt = deepFreeze(contact({ at: '2026-05-05T10:00:00+01:00' }));
    const decision = decide(
      restrictions,
      attempt,
      deepFreeze([{ staffId: 's-9', since: '2026-01-01T00:00:00Z', reason: 'r' }]),
    );
    expect(JSON.stringify(restrictions)).toBe(before);
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    expect(decision.outcome).toBe('redirect');
  });
});

describe('allow: within every restriction in force, or none in force', () => {
  it('no restriction at all (TEP-5.1)', () => {
    const decision = decide([], contact());
    expect(decision).toEqual({
      outcome: 'allow',
      breaches: [],
      reasons: [
        {
          rule: 'TEP-5.1',
          text: 'No contact restriction is in force at the time of this contact.',
          citation: {
            document: 'Unacceptable Behaviour – Tenancy Enforcement Procedure',
            section: '5. Restricting Customer Contact',
          },
        },
      ],
    });
  });

  it('within a restriction: the reason names it and its period (TEP-5.2)', () => {
    const decision = decide([restriction([{ kind: 'spoc-only' }])], contact());
    expect(decision.outcome).toBe('allow');
    expect(decision.reasons).toEqual([
      expect.objectContaining({
        rule: 'TEP-5.2',
        text: 'Restriction R1 is in force from Thursday 1 January 2026 to the end of Thursday 31 December 2026; this contact keeps to its arrangements.',
      }),
    ]);
  });

  it('within two restrictions: both named', () => {
    const decision = decide(
      [
        restriction([{ kind: 'spoc-only' }]),
        restriction([{ kind: 'single-channel', channel: 'phone' }], { id: 'R2' }),
      ],
      contact(),
    );
    expect(decision.outcome).toBe('allow');
    expect(decision.reasons.map((r) => r.text.slice(0, 15))).toEqual(['Restriction R1 ', 'Restriction R2 ']);
  });
});

describe('several restrictions at once: the strictest wins, the reasons name each', () => {
  const spocOnly = restriction([{ kind: 'spoc-only' }], { id: 'R-spoc' });
  const emailOnly = restriction([{ kind: 'single-channel', channel: 'email' }], { id: 'R-email' });
  const issue = restriction([{ kind: 'no-contact-on-issue', issueId: 'I-7' }], { id: 'R-issue' });

  it('two redirects combine into one route', () => {
    const decision = decide([spocOnly, emailOnly], contact({ staffId: 's-2' }));
    expect(decision.outcome).toBe('redirect');
    expect(decision.route).toEqual({ spoc: SPOC, channels: ['email'] });
    expect(decision.breaches).toEqual([
      { restrictionId: 'R-spoc', measure: 'spoc-only' },
      { restrictionId: 'R-email', measure: 'single-channel' },
    ]);
    expect(decision.reasons.map((r) => r.text)).toEqual([
      'This contact breaks restriction R-spoc: all contact is channelled through the single point of contact, Sam Patel (s-1).',
      'This contact breaks restriction R-email: contact is by one method of communication only, email.',
    ]);
  });

  it('a decline beats a redirect, and every broken measure is still named', () => {
    const decision = decide([spocOnly, emailOnly, issue], contact({ staffId: 's-2', issueId: 'I-7' }));
    expect(decision.outcome).toBe('decline');
    expect(decision.route).toBeUndefined();
    expect(decision.breaches.map((b) => b.restrictionId)).toEqual(['R-spoc', 'R-email', 'R-issue']);
    expect(rules(decision)).toEqual(['TEP-6', 'SH-1', 'SH-1']);
  });

  it('a route kept by one restriction but not another: the route carries both conditions', () => {
    // The contact keeps to the SPOC but not the channel: the route still names the SPOC.
    const decision = decide([spocOnly, emailOnly], contact());
    expect(decision.breaches).toEqual([{ restrictionId: 'R-email', measure: 'single-channel' }]);
    expect(decision.route).toEqual({ spoc: SPOC, channels: ['email'] });
  });

  it('restrictions that leave no channel between them: decline, saying so', () => {
    const phoneOnly = restriction([{ kind: 'single-channel', channel: 'phone' }], { id: 'R-phone' });
    const decision = decide([phoneOnly, emailOnly], contact());
    expect(decision.outcome).toBe('decline');
    expect(decision.reasons.at(-1)?.text).toBe(
      'No channel keeps to every restriction in force: the restrictions leave no permitted route.',
    );
  });

  it('restrictions naming different SPOCs or nominated persons: decline, saying so', () => {
    const other = restriction([{ kind: 'spoc-only' }], {
      id: 'R-other',
      spoc: { staffId: 's-3', name: 'Ola' },
    });
    expect(decide([spocOnly, other], contact()).reasons.at(-1)?.rule).toBe('TEP-6');
    expect(decide([spocOnly, other], contact()).outcome).toBe('decline');
    const p1 = restriction([{ kind: 'nominated-person', personId: 'P-1' }]);
    const p2 = restriction([{ kind: 'nominated-person', personId: 'P-2' }], { id: 'R2' });
    const decision = decide([p1, p2], contact({ via: 'P-1' }));
    expect(decision.outcome).toBe('decline');
    expect(decision.reasons.at(-1)?.text).toContain('different nominated persons');
  });

  it('call windows of two restrictions: the next window is where both meet', () => {
    const morning = restriction([
      {
        kind: 'call-windows',
        windows: [
          { day: 'tuesday', from: '09:00', to: '12:00' },
          { day: 'wednesday', from: '09:00', to: '10:00' },
        ],
      },
    ]);
    const late = restriction(
      [{ kind: 'call-windows', windows: [{ day: 'wednesday', from: '09:30', to: '17:00' }] }],
      { id: 'R2' },
    );
    const decision = decide([morning, late], contact({ at: '2026-05-04T10:00:00+01:00' }));
    expect(decision.outcome).toBe('redirect');
    expect(decision.route?.nextWindow).toEqual({
      date: '2026-05-06',
      from: '09:30',
      to: '10:00',
      startsAt: '2026-05-06T09:30:00+01:00',
      endsAt: '2026-05-06T10:00:00+01:00',
    });
  });

  it('call windows and contact days that never meet: decline, saying so', () => {
    const windows = restriction([
      { kind: 'call-windows', windows: [{ day: 'monday', from: '09:00', to: '12:00' }] },
    ]);
    const days = restriction([{ kind: 'specified-days', days: ['tuesday'] }], { id: 'R2' });
    const decision = decide([windows, days], contact({ at: '2026-05-06T10:00:00+01:00' }));
    expect(decision.outcome).toBe('decline');
    expect(decision.reasons.at(-1)?.text).toBe(
      'The call windows and contact days in force never coincide: no time keeps to every restriction.',
    );
  });
});

describe('the route keeps the contact’s channel when permitted, and times it for that channel', () => {
  const windows = {
    kind: 'call-windows' as const,
    windows: [{ day: 'monday' as const, from: '09:00', to: '12:00' }],
  };

  it('an email outside the call windows is not held back by them', () => {
    expect(
      decide([restriction([windows])], contact({ channel: 'email', at: '2026-05-05T20:00:00+01:00' }))
        .outcome,
    ).toBe('allow');
  });

  it('an email to a phone-only customer is routed to the phone, in the next call window', () => {
    const decision = decide(
      [restriction([windows, { kind: 'single-channel', channel: 'phone' }])],
      contact({ channel: 'email', at: '2026-05-05T20:00:00+01:00' }),
    );
    expect(decision.route).toEqual({
      channels: ['phone'],
      nextWindow: {
        date: '2026-05-11',
        from: '09:00',
        to: '12:00',
        startsAt: '2026-05-11T09:00:00+01:00',
        endsAt: '2026-05-11T12:00:00+01:00',
      },
    });
  });

  it('a phone call to a written-only customer is routed to writing, with no call window', () => {
    const decision = decide(
      [restriction([windows, { kind: 'written-only' }])],
      contact({ at: '2026-05-05T20:00:00+01:00' }),
    );
    expect(decision.route).toEqual({ channels: ['email', 'letter', 'web-form'] });
  });

  it('a phone call to a phone-only customer inside the window goes ahead', () => {
    expect(
      decide([restriction([windows, { kind: 'single-channel', channel: 'phone' }])], contact()).outcome,
    ).toBe('allow');
  });
});

describe('call windows across the clock changes (TEP-5.3): wall-clock time, the first real window', () => {
  const windows = (day: 'sunday' | 'monday', from: string, to: string) => ({
    kind: 'call-windows' as const,
    windows: [{ day, from, to }],
  });
  const call = (at: string) => contact({ at });

  it('October: Sunday 01:15-01:45 is open on both passes of the repeated hour', () => {
    const r = [restriction([windows('sunday', '01:15', '01:45')])];
    expect(decide(r, call('2026-10-25T00:20:00Z')).outcome).toBe('allow'); // 01:20 BST
    expect(decide(r, call('2026-10-25T01:20:00Z')).outcome).toBe('allow'); // 01:20 GMT
    // 01:50 BST, first pass: the window opens again at 01:15 GMT, not a week later.
    const decision = decide(r, call('2026-10-25T00:50:00Z'));
    expect(decision.outcome).toBe('redirect');
    expect(decision.route?.nextWindow).toEqual({
      date: '2026-10-25',
      from: '01:15',
      to: '01:45',
      startsAt: '2026-10-25T01:15:00+00:00',
      endsAt: '2026-10-25T01:45:00+00:00',
    });
  });

  it('March: Sunday 01:00-02:00 does not happen on 29 March; the call is redirected to 5 April', () => {
    const decision = decide(
      [restriction([windows('sunday', '01:00', '02:00')])],
      call('2026-03-25T12:00:00Z'),
    );
    expect(decision.outcome).toBe('redirect');
    expect(decision.route?.nextWindow).toEqual({
      date: '2026-04-05',
      from: '01:00',
      to: '02:00',
      startsAt: '2026-04-05T01:00:00+01:00',
      endsAt: '2026-04-05T02:00:00+01:00',
    });
    expect(decision.route?.nextWindow?.startsAt).toSatisfy(
      (at: string) => Date.parse(at) === Date.parse('2026-04-05T00:00:00Z'),
    );
  });

  it('no window left before the restriction ends: the call may go ahead once it has ended', () => {
    const decision = decide(
      [restriction([windows('sunday', '01:00', '02:00')], { lastDayInForce: '2026-04-04' })],
      call('2026-03-25T12:00:00Z'),
    );
    expect(decision.outcome).toBe('redirect');
    expect(decision.route?.nextWindow).toEqual({
      date: '2026-04-05',
      from: '00:00',
      to: '24:00',
      startsAt: '2026-04-05T00:00:00+01:00',
      endsAt: '2026-04-06T00:00:00+01:00',
    });
    // In force through Sunday 5 April, the window that day is the route.
    expect(
      decide(
        [restriction([windows('sunday', '01:00', '02:00')], { lastDayInForce: '2026-04-05' })],
        call('2026-03-25T12:00:00Z'),
      ).route?.nextWindow?.startsAt,
    ).toBe('2026-04-05T01:00:00+01:00');
  });

  it('once one restriction ends, the window is where those still in force meet', () => {
    const mondays = restriction([windows('monday', '09:00', '12:00')], { lastDayInForce: '2026-05-10' });
    const tuesdays = restriction([{ kind: 'specified-days', days: ['tuesday'] }], { id: 'R2' });
    const decision = decide([mondays, tuesdays], call('2026-05-06T10:00:00+01:00'));
    expect(decision.outcome).toBe('redirect');
    expect(decision.route?.nextWindow).toEqual({
      date: '2026-05-12',
      from: '00:00',
      to: '24:00',
      startsAt: '2026-05-12T00:00:00+01:00',
      endsAt: '2026-05-13T00:00:00+01:00',
    });
  });
});

describe('a policy’s own exclusions are the ones applied (TEP-7 as a setting)', () => {
  const policy = unwrap(
    definePolicy({
      id: 'acme',
      name: 'Acme Homes policy',
      effectiveFrom: '2024-01-01',
      exclusions: ['emergency', 'safeguarding', 'domestic-abuse'],
    }),
  );
  const onlyEmail = [restriction([{ kind: 'single-channel', channel: 'email' }])];

  it('a subject the policy no longer excludes is redirected', () => {
    const result = unwrap(checkContact(onlyEmail, contact({ subject: 'new-repair' }), { policy }));
    expect(result.outcome).toBe('redirect');
  });

  it('the exclusion it keeps cites the landlord’s own policy', () => {
    const result = unwrap(checkContact(onlyEmail, contact({ subject: 'emergency' }), { policy }));
    expect(result.outcome).toBe('allow-exclusion');
    expect(result.reasons[0]).toEqual({
      rule: 'TEP-7',
      text: 'Emergencies such as fire, terrorism or a physical assault are always received and acted on, whatever the restriction, through any channel: take this contact and act on it.',
      citation: { document: 'Acme Homes policy', section: 'Policy setting exclusions' },
    });
  });

  it('a complaint the policy excludes is taken whatever the channel', () => {
    const withComplaints = unwrap(
      definePolicy({
        id: 'acme',
        name: 'Acme',
        effectiveFrom: '2024-01-01',
        exclusions: ['emergency', 'safeguarding', 'domestic-abuse', 'complaint'],
      }),
    );
    const result = unwrap(
      checkContact(onlyEmail, contact({ subject: 'complaint' }), { policy: withComplaints }),
    );
    expect(result).toMatchObject({ outcome: 'allow-exclusion', exclusion: 'complaint' });
  });

  it('TEP-7 floor: under any valid policy (the three floor subjects and any others), an excluded subject is never declined or redirected, in either direction', () => {
    const FLOOR = ['emergency', 'safeguarding', 'domestic-abuse'] as const;
    const OTHERS = [
      'urgent-repair',
      'new-repair',
      'critical-asb',
      'complaint',
      'general',
      'ombudsman',
    ] as const;
    // Restrictions that stop every contact between them: no channel, a bar on the issue, no SPOC in common.
    const everything = [
      restriction([
        { kind: 'single-channel', channel: 'letter' },
        { kind: 'no-contact-on-issue', issueId: 'I-7' },
      ]),
      restriction([{ kind: 'single-channel', channel: 'email' }, { kind: 'spoc-only' }], {
        id: 'R2',
        spoc: { staffId: 's-3', name: 'Ola' },
      }),
    ];
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...OTHERS]),
        fc.shuffledSubarray([...FLOOR, ...OTHERS], { minLength: 0 }),
        fc.constantFrom('inbound' as const, 'outbound' as const),
        (extra, order, direction) => {
          const exclusions = [...new Set([...order, ...FLOOR, ...extra])];
          const policy = unwrap(
            definePolicy({ id: 'any', name: 'Any landlord', effectiveFrom: '2024-01-01', exclusions }),
          );
          for (const subject of exclusions) {
            const attempt = contact({ subject, direction, issueId: 'I-7', channel: 'phone' });
            const result = unwrap(checkContact(everything, attempt, { policy }));
            expect(result).toMatchObject({ outcome: 'allow-exclusion', exclusion: subject });
            expect(result.reasons[0]?.rule).toBe('TEP-7');
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('protections (SC-2) in detail', () => {
  const protection = {
    staffId: 's-9',
    since: '2026-04-01T09:00:00+01:00',
    reason: 'inappropriate messages',
    residentId: 'res-1',
  };

  it('binds only from the instant it started', () => {
    const before = decide(
      [],
      contact({ direction: 'outbound', staffId: 's-9', at: '2026-04-01T08:59:59+01:00' }),
      [protection],
    );
    const at = decide(
      [],
      contact({ direction: 'outbound', staffId: 's-9', at: '2026-04-01T09:00:00+01:00' }),
      [protection],
    );
    expect(before.outcome).toBe('allow');
    expect(at.outcome).toBe('decline');
  });

  it('a protection naming a resident binds contact with that resident, or with no resident named', () => {
    const base = { direction: 'outbound' as const, staffId: 's-9' };
    expect(decide([], contact({ ...base, residentId: 'res-1' }), [protection]).outcome).toBe('decline');
    expect(decide([], contact(base), [protection]).outcome).toBe('decline');
    expect(decide([], contact({ ...base, residentId: 'res-2' }), [protection]).outcome).toBe('allow');
  });

  it('the reason says who, since when, why, and that another colleague must act', () => {
    const decision = decide([], contact({ direction: 'outbound', staffId: 's-9' }), [protection]);
    expect(decision).toEqual({
      outcome: 'decline',
      breaches: [],
      reasons: [
        {
          rule: 'SC-2',
          text: 's-9 must have no further contact with resident res-1 (conduct reported Wednesday 1 April 2026: inappropriate messages) until the resident is satisfied with the outcome: another colleague must make this contact.',
          citation: {
            document:
              'Housing Ombudsman severe maladministration finding on staff conduct (repairs operative)',
            section: 'The Ombudsman’s finding',
          },
        },
      ],
    });
  });

  it('the reason reported, written with its own full stop, is quoted without it', () => {
    const written = { ...protection, reason: 'Inappropriate messages.\n' };
    const decision = decide([], contact({ direction: 'outbound', staffId: 's-9' }), [written]);
    expect(decision.reasons[0]?.text).toContain(
      '(conduct reported Wednesday 1 April 2026: Inappropriate messages) until',
    );
  });

  it('SC-2: an inbound contact reaching the protected staff member is never allowed: it is redirected to another colleague', () => {
    const decision = decide([], contact({ staffId: 's-9', residentId: 'res-1' }), [protection]);
    expect(decision).toEqual({
      outcome: 'redirect',
      breaches: [],
      route: { avoidStaff: ['s-9'] },
      reasons: [
        {
          rule: 'SC-2',
          text: 's-9 must have no further contact with resident res-1 (conduct reported Wednesday 1 April 2026): another colleague must take this contact.',
          citation: expect.objectContaining({ section: 'The Ombudsman’s finding' }),
        },
      ],
    });
    // Within a restriction too: the route keeps its other conditions and adds the colleague to avoid.
    const written = decide([restriction([{ kind: 'written-only' }])], contact({ staffId: 's-9' }), [
      protection,
    ]);
    expect(written.outcome).toBe('redirect');
    expect(written.route).toEqual({ channels: ['email', 'letter', 'web-form'], avoidStaff: ['s-9'] });
    expect(rules(written)).toEqual(['SC-2', 'TEP-5.3']);
  });

  it('SC-2 with TEP-7: an inbound emergency reaching the protected staff member is taken, and another colleague acts on it as soon as possible', () => {
    const decision = decide([], contact({ staffId: 's-9', subject: 'emergency' }), [protection]);
    expect(decision).toMatchObject({ outcome: 'allow-exclusion', exclusion: 'emergency', breaches: [] });
    expect(rules(decision)).toEqual(['TEP-7', 'SC-2']);
    expect(decision.reasons[1]?.text).toBe(
      's-9 must have no further contact with resident res-1 (conduct reported Wednesday 1 April 2026): take this report now, and another colleague must take it over and act on it as soon as possible.',
    );
  });

  it('SC-2 with NF-3: an inbound complaint reaching the protected staff member is redirected, never declined', () => {
    const decision = decide([], contact({ staffId: 's-9', subject: 'complaint' }), [protection]);
    expect(decision.outcome).toBe('redirect');
    expect(decision.route).toEqual({ avoidStaff: ['s-9'] });
    const noRoute = [
      restriction([{ kind: 'single-channel', channel: 'phone' }]),
      restriction([{ kind: 'single-channel', channel: 'email' }], { id: 'R2' }),
    ];
    const taken = decide(noRoute, contact({ staffId: 's-9', subject: 'ombudsman' }), [protection]);
    expect(taken).toMatchObject({ outcome: 'allow-exclusion', exclusion: 'ombudsman' });
    expect(rules(taken)).toContain('SC-2');
  });
});

describe('SC-2 and TEP-6: a SPOC under a protection is never the route; another colleague stands in', () => {
  const OPERATIVE = { staffId: 's-9', name: 'Operative' };
  const protection = {
    staffId: 's-9',
    since: '2026-04-01T09:00:00+01:00',
    reason: 'inappropriate messages',
    residentId: 'res-1',
  };
  const spocIsProtected = [restriction([{ kind: 'spoc-only' }], { spoc: OPERATIVE })];

  it('SC-2: a contact with no colleague named is redirected to another colleague, never to the SPOC', () => {
    const decision = decide(spocIsProtected, contact({ staffId: undefined }), [protection]);
    expect(decision.outcome).toBe('redirect');
    expect(decision.route).toEqual({ avoidStaff: ['s-9'] });
    expect(decision.breaches).toEqual([{ restrictionId: 'R1', measure: 'spoc-only' }]);
    expect(rules(decision)).toEqual(['TEP-6', 'SC-2', 'TEP-6']);
    expect(decision.reasons[0]?.text).toBe(
      'This contact breaks restriction R1: all contact is channelled through the single point of contact, Operative (s-9), who may have no contact with this resident while a conduct complaint about them is open (SC-2): another colleague must take or make this contact in their place.',
    );
    expect(decision.reasons[1]?.text).toContain(
      's-9, the single point of contact, must have no further contact with resident res-1',
    );
    expect(decision.reasons[2]?.text).toContain('tell the customer of the handover, even a temporary one');
  });

  it('SC-2: a resident calling the protected SPOC directly is redirected to another colleague', () => {
    const decision = decide(spocIsProtected, contact({ staffId: 's-9' }), [protection]);
    expect(decision.outcome).toBe('redirect');
    expect(decision.route).toEqual({ avoidStaff: ['s-9'] });
    expect(rules(decision)[0]).toBe('SC-2');
  });

  it('SC-2: another colleague standing in goes ahead, and the reasons say why and what TEP-6 asks', () => {
    for (const direction of ['inbound', 'outbound'] as const) {
      const decision = decide(spocIsProtected, contact({ staffId: 's-2', direction }), [protection]);
      expect(decision.outcome).toBe('allow');
      expect(rules(decision)).toEqual(['TEP-5.2', 'SC-2', 'TEP-6']);
    }
  });

  it('SC-2: with other measures, the route keeps them and names no SPOC', () => {
    const both = [restriction([{ kind: 'spoc-only' }, { kind: 'written-only' }], { spoc: OPERATIVE })];
    const decision = decide(both, contact({ staffId: undefined }), [protection]);
    expect(decision.route).toEqual({ channels: ['email', 'letter', 'web-form'], avoidStaff: ['s-9'] });
  });

  it('SC-2: with a second restriction naming a SPOC who is free to act, the route is that SPOC', () => {
    const two = [...spocIsProtected, restriction([{ kind: 'spoc-only' }], { id: 'R2' })];
    const decision = decide(two, contact({ staffId: 's-2' }), [protection]);
    expect(decision.outcome).toBe('redirect');
    expect(decision.route).toEqual({ spoc: SPOC });
    expect(decide(two, contact({ staffId: 's-1' }), [protection]).outcome).toBe('allow');
  });

  it('SC-2 with TEP-7 and NF-3: exclusions are still taken and complaints still never declined', () => {
    const emergency = decide(spocIsProtected, contact({ staffId: undefined, subject: 'emergency' }), [
      protection,
    ]);
    expect(emergency).toMatchObject({ outcome: 'allow-exclusion', exclusion: 'emergency' });
    expect(emergency.route).toBeUndefined();
    const complaint = decide(spocIsProtected, contact({ staffId: undefined, subject: 'complaint' }), [
      protection,
    ]);
    expect(complaint.outcome).toBe('redirect');
    expect(complaint.route).toEqual({ avoidStaff: ['s-9'] });
  });

  it('SC-2: before the protection starts, or for another resident, the SPOC is the route as usual', () => {
    const early = contact({ staffId: 's-2', at: '2026-04-01T08:59:59+01:00' });
    expect(decide(spocIsProtected, early, [protection]).route).toEqual({ spoc: OPERATIVE });
    const other = contact({ staffId: 's-2', residentId: 'res-2' });
    expect(decide(spocIsProtected, other, [protection]).route).toEqual({ spoc: OPERATIVE });
  });

  it('SC-2: the compiled gate answers the same', () => {
    const gate = unwrap(
      compileContactGate({ restrictions: spocIsProtected, policy: tep, protections: [protection] }),
    );
    for (const staffId of [undefined, 's-2', 's-9']) {
      const attempt = contact({ staffId });
      expect(gate.checkTrusted(attempt)).toEqual(decide(spocIsProtected, attempt, [protection]));
    }
  });
});

describe('every decision is fresh plain JSON, the caller’s own (API.md: JSON in, JSON out)', () => {
  it('TEP-5.1/TEP-5.2: changing an allow answer neither throws nor changes the next answer', () => {
    const gate = unwrap(
      compileContactGate({ restrictions: [restriction([{ kind: 'spoc-only' }])], policy: tep }),
    );
    for (const attempt of [contact(), contact({ at: '2027-05-04T10:00:00+01:00' })]) {
      const first = gate.checkTrusted(attempt);
      const expected = structuredClone(first);
      expect(Object.isFrozen(first) || Object.isFrozen(first.reasons)).toBe(false);
      expect(() => {
        (first.reasons as unknown[]).push({ rule: 'X' });
        (first.breaches as unknown[]).push({ restrictionId: 'X' });
        (first as { outcome: string }).outcome = 'decline';
        (first.reasons[0] as { text: string }).text = 'changed';
        (first.reasons[0]?.citation as { section: string }).section = 'changed';
      }).not.toThrow();
      expect(gate.checkTrusted(attempt)).toEqual(expected);
    }
  });

  it('TEP-6: changing a redirect’s reasons, breaches or route does not change the gate', () => {
    const gate = unwrap(
      compileContactGate({ restrictions: [restriction([{ kind: 'spoc-only' }])], policy: tep }),
    );
    const attempt = contact({ staffId: 's-2' });
    const first = gate.checkTrusted(attempt);
    const expected = structuredClone(first);
    expect(() => {
      (first.route?.spoc as { name: string }).name = 'changed';
      (first.breaches[0] as { measure: string }).measure = 'changed';
      (first.reasons[0] as { text: string }).text = 'changed';
    }).not.toThrow();
    expect(gate.checkTrusted(attempt)).toEqual(expected);
  });
});
