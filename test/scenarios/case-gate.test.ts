/**
 * The contact gate built from a case: every restriction of the case, past, current and future,
 * each judged at the contact's own instant, so a restriction that starts later is enforced from
 * its first day (TEP-5.2) and one lifted stops applying at the lift (TEP-10); a staff member
 * reported by the resident has no contact with them until the resident is satisfied (SC-2).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeProtections,
  activeRestrictions,
  applyEvent,
  type CaseEvent,
  type CaseState,
  type ContactAttempt,
  caseGate,
  caseProtections,
  caseRestrictions,
  checkContact,
  compileContactGate,
  type Measure,
  openCase,
} from '../../src/index.js';
import { history as histories } from '../case/arbitraries.js';
import { caseAfter, eia, ev, incident, informal, OPENING, STAFF, TEP, warning } from '../case/fixtures.js';
import { badPaths, unwrap } from '../helpers.js';

/** Up the ladder to a written warning and a further incident, in spring 2026. */
const LADDER: CaseEvent[] = [
  incident('inc-1', '2026-04-06T10:00:00Z'),
  informal('2026-04-06T11:00:00Z'),
  eia('2026-04-07T09:00:00Z'),
  warning('2026-04-08T09:00:00Z'),
  incident('inc-2', '2026-05-20T11:00:00Z'),
];

/** Imposed on 3 June, in force from 10 June for 12 months: contact in writing only. */
const IMPOSED_AHEAD = ev('restriction-imposed', '2026-06-03T10:00:00Z', {
  restriction: { id: 'r-1', startsOn: '2026-06-10', months: 12, measures: [{ kind: 'written-only' }] },
  decisionLetterDate: '2026-06-03',
});

const call = (at: string, overrides: Partial<ContactAttempt> = {}): ContactAttempt => ({
  at,
  direction: 'inbound',
  channel: 'phone',
  subject: 'general',
  ...overrides,
});

/** The gate as docs/contact-gate.md used to say: compiled from what was in force at the imposition. */
function gateAsOfImposition(state: CaseState, at: string) {
  return unwrap(
    compileContactGate({
      restrictions: unwrap(activeRestrictions(state, at)),
      policy: TEP,
      protections: unwrap(activeProtections(state, at)),
    }),
  );
}

describe('TEP-5.2: a restriction imposed ahead of its start is enforced from its first day', () => {
  const state = caseAfter([...LADDER, IMPOSED_AHEAD]);

  it('imposed on 3 June from 10 June, written only: a general phone call on 15 June is redirected to writing', () => {
    const decision = unwrap(caseGate(state, TEP)).checkTrusted(call('2026-06-15T10:00:00+01:00'));
    expect(decision.outcome).toBe('redirect');
    expect(decision.breaches).toEqual([{ restrictionId: 'r-1', measure: 'written-only' }]);
    expect(decision.route).toEqual({ channels: ['email', 'letter', 'web-form'] });
    expect(decision.reasons[0]?.rule).toBe('TEP-5.3');
  });

  it('the gate compiled from activeRestrictions at the imposition never saw it (the bug this closes)', () => {
    const stale = gateAsOfImposition(state, IMPOSED_AHEAD.at);
    expect(stale.checkTrusted(call('2026-06-15T10:00:00+01:00')).outcome).toBe('allow');
  });

  it('before its first day, the same call is allowed: no restriction is in force (TEP-5.1)', () => {
    const decision = unwrap(caseGate(state, TEP)).checkTrusted(call('2026-06-09T23:59:59+01:00'));
    expect(decision.outcome).toBe('allow');
    expect(decision.reasons.map((r) => r.rule)).toEqual(['TEP-5.1']);
  });

  it('the state as stored is not the gate’s shape; caseRestrictions is', () => {
    expect(
      badPaths(compileContactGate({ restrictions: state.restrictions as never, policy: TEP })),
    ).toContain('restrictions[0].startsAt');
    expect(unwrap(caseRestrictions(state))).toEqual([
      {
        id: 'r-1',
        startsOn: '2026-06-10',
        lastDayInForce: '2027-06-09',
        measures: [{ kind: 'written-only' }],
      },
    ]);
  });
});

describe('TEP-10: a restriction lifted stops applying at the instant of the lift', () => {
  const liftedAt = '2026-07-01T10:00:00Z';
  const state = caseAfter([
    ...LADDER,
    IMPOSED_AHEAD,
    ev('restriction-lifted', liftedAt, { restrictionId: 'r-1' }, STAFF.senior),
  ]);
  const gate = unwrap(caseGate(state, TEP));

  it('a phone call one second before the lift is redirected to writing; at the lift it is allowed', () => {
    expect(gate.checkTrusted(call('2026-07-01T09:59:59Z')).outcome).toBe('redirect');
    expect(gate.checkTrusted(call(liftedAt)).outcome).toBe('allow');
    expect(gate.checkTrusted(call('2026-07-01T10:00:01Z')).outcome).toBe('allow');
  });

  it('the gate says the same as activeRestrictions at each instant', () => {
    for (const at of ['2026-07-01T09:59:59Z', liftedAt, '2026-07-01T22:00:00Z']) {
      expect(gate.checkTrusted(call(at))).toEqual(gateAsOfImposition(state, at).checkTrusted(call(at)));
    }
  });

  it('the lifted restriction reports the day of the lift as its last, and the instant of the lift', () => {
    expect(unwrap(caseRestrictions(state))).toEqual([
      {
        id: 'r-1',
        startsOn: '2026-06-10',
        lastDayInForce: '2026-07-01',
        measures: [{ kind: 'written-only' }],
        liftedAt,
      },
    ]);
  });

  it('a restriction lifted before it started never applied, and is left out', () => {
    const early = caseAfter([
      ...LADDER,
      IMPOSED_AHEAD,
      ev('restriction-lifted', '2026-06-05T10:00:00Z', { restrictionId: 'r-1' }, STAFF.senior),
    ]);
    expect(unwrap(caseRestrictions(early))).toEqual([]);
    expect(unwrap(caseGate(early, TEP)).checkTrusted(call('2026-06-15T10:00:00Z')).outcome).toBe('allow');
  });
});

describe('SC-2: the staff member has no further contact with the resident until the resident is satisfied', () => {
  const reported = '2026-06-20T09:00:00Z';
  const satisfied = '2026-08-03T12:00:00Z';
  const state = caseAfter([
    ...LADDER,
    IMPOSED_AHEAD,
    ev('staff-conduct-reported', reported, { staffId: 'op-7', reason: 'Inappropriate messages' }),
    ev('staff-conduct-resolved', satisfied, { staffId: 'op-7', residentSatisfied: true }),
  ]);
  const gate = unwrap(caseGate(state, TEP));
  const letter = (at: string) => call(at, { direction: 'outbound', channel: 'letter', staffId: 'op-7' });

  it('their letter is declined while the complaint is open, and allowed once the resident is satisfied', () => {
    expect(gate.checkTrusted(letter('2026-06-20T08:59:59Z')).outcome).toBe('allow');
    expect(gate.checkTrusted(letter('2026-07-01T09:00:00Z')).outcome).toBe('decline');
    expect(gate.checkTrusted(letter('2026-08-03T11:59:59Z')).reasons[0]?.rule).toBe('SC-2');
    expect(gate.checkTrusted(letter(satisfied)).outcome).toBe('allow');
  });

  it('caseProtections gives the protection with its end', () => {
    expect(unwrap(caseProtections(state))).toEqual([
      {
        staffId: 'op-7',
        residentId: 'cust-1',
        since: reported,
        reason: 'Inappropriate messages',
        endedAt: satisfied,
      },
    ]);
  });
});

describe('HO-5: “Stop all communication with a customer”, imposed on the case', () => {
  const state = caseAfter([
    ...LADDER,
    ev('restriction-imposed', '2026-06-03T10:00:00Z', {
      restriction: { id: 'r-1', startsOn: '2026-06-10', months: 12, measures: [{ kind: 'no-contact' }] },
      decisionLetterDate: '2026-06-03',
    }),
  ]);
  const gate = unwrap(caseGate(state, TEP));

  it('from its first day, a general email either way is declined; an emergency call still gets through (TEP-7)', () => {
    const email = call('2026-06-15T10:00:00Z', { channel: 'email' });
    expect(gate.checkTrusted(email).outcome).toBe('decline');
    expect(gate.checkTrusted({ ...email, direction: 'outbound' }).outcome).toBe('decline');
    expect(gate.checkTrusted(call('2026-06-15T10:00:00Z', { subject: 'emergency' })).outcome).toBe(
      'allow-exclusion',
    );
    expect(gate.checkTrusted(call('2026-06-09T10:00:00Z', { channel: 'email' })).outcome).toBe('allow');
  });

  it('NF-3: a complaint still goes ahead', () => {
    expect(gate.checkTrusted(call('2026-06-15T10:00:00Z', { subject: 'complaint' })).outcome).toBe('allow');
  });
});

describe('validation at the door: a Result error naming the path, never a crash', () => {
  it('a bad state and a bad policy: every bad path named', () => {
    const state = caseAfter(LADDER);
    const bad = { ...state, restrictions: 'none' } as unknown as CaseState;
    expect(badPaths(caseGate(bad, { ...TEP, timeZone: 'Mars/Olympus' }))).toEqual([
      'state.restrictions',
      'policy.timeZone',
    ]);
    expect(badPaths(caseRestrictions(bad))).toEqual(['state.restrictions']);
    expect(badPaths(caseProtections(null as never))).toEqual(['state']);
  });

  it('TEP-6: a stored spoc-only restriction with no SPOC on the case is refused, naming it in the state', () => {
    const state = caseAfter([...LADDER, IMPOSED_AHEAD]);
    const [record] = state.restrictions;
    const crafted = {
      ...state,
      restrictions: [
        { ...record, id: 'r-0', measures: [{ kind: 'written-only' }] },
        { ...record, measures: [{ kind: 'spoc-only' }] },
      ],
    } as CaseState;
    expect(badPaths(caseGate(crafted, TEP))).toEqual(['state.restrictions[1].spoc']);
  });
});

describe('property: the gate built from the state agrees with the gate built at each contact’s instant', () => {
  const MEASURES: Measure[] = [
    { kind: 'written-only' },
    { kind: 'spoc-only' },
    { kind: 'single-channel', channel: 'email' },
    { kind: 'call-windows', windows: [{ day: 'monday', from: '09:00', to: '12:00' }] },
    { kind: 'no-contact-on-issue', issueId: 'I-1' },
    { kind: 'no-contact' },
  ];
  /** After the fuzzed history, perhaps a restriction imposed to start some days ahead, perhaps lifted later. */
  const ahead = fc.option(
    fc.record({
      days: fc.integer({ min: 0, max: 20 }),
      measures: fc.subarray(MEASURES, { minLength: 1, maxLength: 3 }),
      liftAfterHours: fc.option(fc.integer({ min: 0, max: 40 * 24 }), { nil: undefined }),
    }),
    { nil: undefined },
  );
  const contacts = fc.record({
    direction: fc.constantFrom('inbound', 'outbound'),
    channel: fc.constantFrom('phone', 'email', 'letter', 'in-person', 'sms'),
    subject: fc.constantFrom('general', 'complaint', 'ombudsman', 'emergency', 'new-repair'),
    staffId: fc.constantFrom(undefined, STAFF.spoc.staffId, STAFF.cover.staffId, 'op-7'),
    issueId: fc.constantFrom(undefined, 'I-1'),
  });
  type Ahead = { days: number; measures: Measure[]; liftAfterHours: number | undefined } | undefined;
  /** Leaves out keys whose value is undefined, as JSON would. */
  const clean = (value: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
  const later = (at: string, hours: number) => new Date(Date.parse(at) + hours * 3_600_000).toISOString();

  function caseOf(events: CaseEvent[], tail: Ahead): CaseState {
    let state: CaseState = unwrap(openCase(OPENING));
    const apply = (event: CaseEvent) => {
      const applied = applyEvent(state, event, TEP);
      if (applied.ok) state = applied.value;
    };
    events.forEach(apply);
    if (tail !== undefined) {
      const at = later(state.lastEventAt, 1);
      const startsOn = later(at, tail.days * 24).slice(0, 10);
      const spoc =
        state.spoc === undefined ? STAFF.spoc : { staffId: state.spoc.staffId, name: state.spoc.name };
      apply(incident('inc-9', at));
      apply(eia(at));
      apply(
        ev('restriction-imposed', at, {
          restriction: { id: 'r-9', startsOn, months: 3, measures: tail.measures, spoc: { ...spoc } },
          decisionLetterDate: at.slice(0, 10),
          warningSkippedBecause: 'threats of violence',
        }),
      );
      if (tail.liftAfterHours !== undefined) {
        apply(
          ev('restriction-lifted', later(at, tail.liftAfterHours), { restrictionId: 'r-9' }, STAFF.senior),
        );
      }
    }
    return state;
  }

  it('for any case history and any contact: the same outcome, route, breaches and reasons', () => {
    let inForce = 0;
    let notInForceAtBuild = 0;
    fc.assert(
      fc.property(
        histories(20),
        ahead,
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), contacts), {
          minLength: 4,
          maxLength: 12,
        }),
        (events, tail, attempts) => {
          const state = caseOf(events, tail);
          const gate = unwrap(caseGate(state, TEP));
          const atBuild = JSON.stringify(unwrap(activeRestrictions(state, state.lastEventAt)));
          // Where something starts or stops, and a second either side; or any instant at all.
          const edges = [
            ...state.restrictions.flatMap((r) => [r.startsAt, r.endsAt, r.liftedAt]),
            ...state.protections.flatMap((p) => [p.since, p.endedAt]),
          ]
            .filter((at): at is string => at !== undefined)
            .flatMap((at) => [-1000, 0, 1000].map((ms) => Date.parse(at) + ms));
          // Any instant from 90 days before the last event to 90 days after it.
          const from = Math.max(
            Date.parse(OPENING.openedAt),
            Date.parse(state.lastEventAt) - 90 * 86_400_000,
          );
          const span = Date.parse(state.lastEventAt) + 90 * 86_400_000 - from;
          for (const [fraction, pick, attempt] of attempts) {
            const ms = pick % 2 === 0 ? edges[pick % edges.length] : undefined;
            const at = new Date(Math.round((ms ?? from + fraction * span) / 1000) * 1000).toISOString();
            const contact = clean({ at, ...attempt }) as ContactAttempt;
            const restrictions = unwrap(activeRestrictions(state, at));
            const protections = unwrap(activeProtections(state, at));
            if (restrictions.length > 0) inForce++;
            if (JSON.stringify(restrictions) !== atBuild) notInForceAtBuild++;
            expect(gate.checkTrusted(contact)).toEqual(
              unwrap(checkContact(restrictions, contact, { policy: TEP, protections })),
            );
          }
        },
      ),
      { numRuns: 40, seed: 20261129 },
    );
    // It means something only if contacts meet restrictions in force, and restrictions that were
    // not in force when the gate was built.
    expect(inForce).toBeGreaterThan(20);
    expect(notInForceAtBuild).toBeGreaterThan(20);
  });
});
