import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endOfDay, startOfDay } from '../../src/calendar/zone.js';
import {
  type Channel,
  type ContactAttempt,
  type ContactSubject,
  checkContact,
  compileContactGate,
  definePolicy,
  type Measure,
  type Policy,
  type Protection,
  type Restriction,
} from '../../src/index.js';
import { unwrap } from '../helpers.js';
import { tep } from './fixtures.js';

const CHANNELS: Channel[] = ['phone', 'email', 'letter', 'in-person', 'social-media', 'web-form', 'sms'];
const SUBJECTS: ContactSubject[] = [
  'emergency',
  'urgent-repair',
  'new-repair',
  'safeguarding',
  'domestic-abuse',
  'critical-asb',
  'complaint',
  'general',
  'ombudsman',
];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const SPOCS = [
  { staffId: 's-1', name: 'Sam Patel' },
  { staffId: 's-2', name: 'Ola Ade' },
];

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const window = fc
  .tuple(fc.constantFrom(...DAYS), fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: 600 }))
  .map(([day, from, length]) => ({ day, from: hhmm(from), to: hhmm(Math.min(1439, from + length)) }));

const measure: fc.Arbitrary<Measure> = fc.oneof(
  fc.constantFrom(...CHANNELS).map((channel) => ({ kind: 'single-channel' as const, channel })),
  fc.constant({ kind: 'written-only' as const }),
  fc.constant({ kind: 'spoc-only' as const }),
  fc
    .array(window, { minLength: 1, maxLength: 4 })
    .map((windows) => ({ kind: 'call-windows' as const, windows })),
  fc.constantFrom('P-1', 'P-2').map((personId) => ({ kind: 'nominated-person' as const, personId })),
  fc.constantFrom('I-1', 'I-7').map((issueId) => ({ kind: 'no-contact-on-issue' as const, issueId })),
  fc.constant({ kind: 'return-correspondence' as const }),
  fc.constant({ kind: 'no-contact' as const }),
  fc
    .uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 3 })
    .map((days) => ({ kind: 'specified-days' as const, days })),
);

const DAY = 86_400_000;
const BASE = Date.parse('2025-01-01T12:00:00Z');
const isoDay = (offset: number) => new Date(BASE + offset * DAY).toISOString().slice(0, 10);

/** Restrictions starting between 2025 and 2027, lasting a day to about a year and a half. */
const restrictionOf = (id: string, spocs = SPOCS) =>
  fc
    .record({
      start: fc.integer({ min: 0, max: 900 }),
      // Now and then open-ended (no last day, in force until lifted).
      length: fc.option(fc.integer({ min: 0, max: 540 }), { nil: null }),
      measures: fc.array(measure, { minLength: 1, maxLength: 4 }),
      spoc: fc.constantFrom(...spocs),
    })
    .map(
      ({ start, length, measures, spoc }): Restriction => ({
        id,
        startsOn: isoDay(start),
        lastDayInForce: length === null ? null : isoDay(start + length),
        measures,
        spoc,
      }),
    );

const restrictions = fc
  .integer({ min: 0, max: 3 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => restrictionOf(`R${i + 1}`))));

const FROM = Date.parse('2024-12-01T00:00:00Z');
const TO = Date.parse('2028-09-01T00:00:00Z');

const contactOf = (at: fc.Arbitrary<number>) =>
  fc
    .record(
      {
        at,
        direction: fc.constantFrom('inbound' as const, 'outbound' as const),
        channel: fc.constantFrom(...CHANNELS),
        subject: fc.constantFrom(...SUBJECTS),
        staffId: fc.constantFrom('s-1', 's-2', 's-9'),
        via: fc.constantFrom('P-1', 'P-2'),
        issueId: fc.constantFrom('I-1', 'I-7'),
        residentId: fc.constantFrom('res-1', 'res-2'),
      },
      { requiredKeys: ['at', 'direction', 'channel', 'subject'] },
    )
    .map(({ at, ...rest }): ContactAttempt => ({ ...rest, at: new Date(at).toISOString() }));

/** Instants to the second, with a bias towards London midnights (the edges of every restriction). */
const instant = fc.oneof(
  fc.integer({ min: FROM / 1000, max: TO / 1000 }).map((s) => s * 1000),
  fc
    .tuple(fc.integer({ min: -40, max: 1400 }), fc.constantFrom(-1000, 0, 1000))
    .map(([day, nudge]) => Date.parse(startOfDay(isoDay(day), 'Europe/London')) + nudge),
);

const contactAttempt = contactOf(instant);

const decide = (r: Restriction[], c: ContactAttempt, protections?: Protection[], policy: Policy = tep) =>
  unwrap(checkContact(r, c, { policy, ...(protections ? { protections } : {}) }));

/** TEP-7's floor: every valid policy excludes these (the policy schema refuses one that does not). */
const FLOOR: ContactSubject[] = ['emergency', 'safeguarding', 'domestic-abuse'];

/** Valid policies: the floor and any other subjects, in any order, from the default preset. */
const validPolicy: fc.Arbitrary<Policy> = fc
  .tuple(fc.shuffledSubarray(SUBJECTS), fc.shuffledSubarray(FLOOR, { minLength: 3 }))
  .map(([chosen, floor]) =>
    unwrap(
      definePolicy({
        id: 'any',
        name: 'Any landlord',
        effectiveFrom: '2024-01-01',
        exclusions: [...new Set([...chosen, ...floor])],
      }),
    ),
  );

/** SPOCs including s-9, the staff member protections most often name. */
const SPOCS_WITH_PROTECTED = [...SPOCS, { staffId: 's-9', name: 'Operative' }];
const restrictionsWithProtectedSpoc = fc
  .integer({ min: 0, max: 3 })
  .chain((n) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => restrictionOf(`R${i + 1}`, SPOCS_WITH_PROTECTED))),
  );

/** SC-2 protections: any staff member, from any instant in the range, naming a resident or not. */
const protections = fc.array(
  fc.record(
    {
      staffId: fc.constantFrom('s-1', 's-2', 's-9'),
      since: instant.map((ms) => new Date(ms).toISOString()),
      reason: fc.constant('conduct reported'),
      residentId: fc.constantFrom('res-1', 'res-2'),
    },
    { requiredKeys: ['staffId', 'since', 'reason'] },
  ),
  { maxLength: 3 },
);

/** The staff ids a protection bars from this contact: started by its instant, and its resident or none named. */
const barredFor = (list: Protection[], c: ContactAttempt): Set<string> =>
  new Set(
    list
      .filter(
        (p) =>
          Date.parse(p.since) <= Date.parse(c.at) &&
          (p.residentId === undefined || c.residentId === undefined || p.residentId === c.residentId),
      )
      .map((p) => p.staffId),
  );

const inForceAt = (r: Restriction, at: string) =>
  Date.parse(at) >= Date.parse(startOfDay(r.startsOn, 'Europe/London')) &&
  (r.lastDayInForce === null || Date.parse(at) < Date.parse(endOfDay(r.lastDayInForce, 'Europe/London')));

describe('properties of the contact gate', () => {
  it('an excluded subject is never declined or redirected (with no protection in play)', () => {
    fc.assert(
      fc.property(restrictions, contactAttempt, fc.constantFrom(...tep.exclusions), (r, c, subject) => {
        const decision = decide(r, { ...c, subject });
        expect(['allow', 'allow-exclusion']).toContain(decision.outcome);
        if (decision.outcome === 'allow-exclusion') {
          expect(decision.exclusion).toBe(subject);
          expect(decision.reasons[0]?.rule).toBe('TEP-7');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('TEP-7: under any valid policy, an excluded subject is never declined or redirected, unless a protected staff member would make it (SC-2)', () => {
    fc.assert(
      fc.property(
        validPolicy,
        restrictionsWithProtectedSpoc,
        protections,
        contactAttempt,
        fc.nat(),
        (policy, r, p, c, pick) => {
          const subject = policy.exclusions[pick % policy.exclusions.length] as ContactSubject;
          const attempt = { ...c, subject };
          for (const given of [undefined, p]) {
            const decision = decide(r, attempt, given, policy);
            const byBarred =
              given !== undefined &&
              attempt.direction === 'outbound' &&
              attempt.staffId !== undefined &&
              barredFor(given, attempt).has(attempt.staffId);
            if (byBarred) {
              expect(decision.outcome).toBe('decline');
              continue;
            }
            expect(['allow', 'allow-exclusion']).toContain(decision.outcome);
            if (decision.outcome === 'allow-exclusion') {
              expect(decision.exclusion).toBe(subject);
              expect(decision.reasons[0]?.rule).toBe('TEP-7');
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('SC-2: no decision ever routes to a protected staff member as SPOC', () => {
    fc.assert(
      fc.property(restrictionsWithProtectedSpoc, protections, contactAttempt, (r, p, c) => {
        const decision = decide(r, c, p);
        const barred = barredFor(p, c);
        if (decision.route?.spoc !== undefined) expect(barred.has(decision.route.spoc.staffId)).toBe(false);
        for (const staffId of decision.route?.avoidStaff ?? []) expect(barred.has(staffId)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('SC-2: an inbound contact reaching a protected staff member is never allowed as made', () => {
    fc.assert(
      fc.property(
        restrictionsWithProtectedSpoc,
        protections,
        contactAttempt,
        fc.constantFrom('s-1', 's-2', 's-9'),
        (r, p, c, staffId) => {
          const attempt: ContactAttempt = { ...c, direction: 'inbound', staffId };
          fc.pre(barredFor(p, attempt).has(staffId));
          const decision = decide(r, attempt, p);
          expect(decision.outcome).not.toBe('allow');
          expect(decision.reasons.some((reason) => reason.rule === 'SC-2')).toBe(true);
          if (tep.exclusions.includes(attempt.subject)) {
            expect(decision).toMatchObject({ outcome: 'allow-exclusion', exclusion: attempt.subject });
          } else if (attempt.subject === 'complaint' || attempt.subject === 'ombudsman') {
            expect(decision.outcome).not.toBe('decline'); // NF-3
          }
          if (decision.outcome === 'redirect') expect(decision.route?.avoidStaff).toContain(staffId);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('SC-2 with NF-3: a complaint is never declined, unless a protected staff member would make it', () => {
    fc.assert(
      fc.property(
        restrictionsWithProtectedSpoc,
        protections,
        contactAttempt,
        fc.constantFrom('complaint' as const, 'ombudsman' as const),
        (r, p, c, subject) => {
          const attempt = { ...c, subject };
          fc.pre(
            attempt.direction === 'inbound' ||
              attempt.staffId === undefined ||
              !barredFor(p, attempt).has(attempt.staffId),
          );
          expect(decide(r, attempt, p).outcome).not.toBe('decline');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('an expired (or not yet started) restriction never affects a contact', () => {
    fc.assert(
      fc.property(restrictions, restrictionOf('X'), contactAttempt, (r, extra, c) => {
        fc.pre(!inForceAt(extra, c.at));
        expect(decide([...r, extra], c)).toEqual(decide(r, c));
        expect(decide([extra, ...r], c)).toEqual(decide(r, c));
      }),
      { numRuns: 400 },
    );
  });

  it('TEP-10: a restriction lifted at or before the contact never affects it; lifted after, it applies as if never lifted', () => {
    fc.assert(
      fc.property(restrictions, restrictionOf('X'), contactAttempt, instant, (r, extra, c, lift) => {
        const lifted = { ...extra, liftedAt: new Date(lift).toISOString() };
        const expected = lift <= Date.parse(c.at) ? decide(r, c) : decide([...r, extra], c);
        expect(decide([...r, lifted], c)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('SC-2: a protection ended at or before the contact binds nothing; ended after, it binds as if never ended', () => {
    fc.assert(
      fc.property(restrictions, protections, contactAttempt, instant, (r, p, c, end) => {
        const ended = p.map((protection) => ({ ...protection, endedAt: new Date(end).toISOString() }));
        expect(decide(r, c, ended)).toEqual(decide(r, c, end <= Date.parse(c.at) ? [] : p));
      }),
      { numRuns: 300 },
    );
  });

  it('a protected staff member’s outbound contact is never allowed, whatever the subject or restriction', () => {
    fc.assert(
      fc.property(
        restrictions,
        contactAttempt,
        fc.integer({ min: 0, max: 400 * DAY }),
        fc.boolean(),
        (r, c, earlier, namesResident) => {
          const attempt: ContactAttempt = { ...c, direction: 'outbound', staffId: 's-9' };
          const protection: Protection = {
            staffId: 's-9',
            since: new Date(Date.parse(c.at) - earlier).toISOString(),
            reason: 'conduct reported',
            ...(namesResident && c.residentId !== undefined ? { residentId: c.residentId } : {}),
          };
          const decision = decide(r, attempt, [protection]);
          expect(decision.outcome).toBe('decline');
          expect(decision.reasons.every((reason) => reason.rule === 'SC-2')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a complaint or an approach to the Ombudsman is never declined (NF-3)', () => {
    fc.assert(
      fc.property(
        restrictions,
        contactAttempt,
        fc.constantFrom('complaint' as const, 'ombudsman' as const),
        (r, c, subject) => {
          expect(decide(r, { ...c, subject }).outcome).not.toBe('decline');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('outcome and shape agree: a route only with redirect, an exclusion only with allow-exclusion, breaches only when broken', () => {
    fc.assert(
      fc.property(restrictions, contactAttempt, (r, c) => {
        const decision = decide(r, c);
        expect(decision.route !== undefined).toBe(decision.outcome === 'redirect');
        expect(decision.exclusion !== undefined).toBe(decision.outcome === 'allow-exclusion');
        if (decision.outcome === 'allow') expect(decision.breaches).toEqual([]);
        else expect(decision.breaches.length).toBeGreaterThan(0);
        expect(decision.reasons.length).toBeGreaterThan(0);
        for (const breach of decision.breaches) {
          const broken = r.find((x) => x.id === breach.restrictionId);
          expect(broken && inForceAt(broken, c.at)).toBe(true);
        }
        expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
      }),
      { numRuns: 400 },
    );
  });

  it('the compiled gate’s fast path answers exactly as checkContact does', () => {
    fc.assert(
      fc.property(restrictions, fc.array(contactAttempt, { minLength: 1, maxLength: 8 }), (r, contacts) => {
        const gate = unwrap(compileContactGate({ restrictions: r, policy: tep }));
        for (const c of contacts) expect(gate.checkTrusted(c)).toEqual(decide(r, c));
      }),
      { numRuns: 200 },
    );
  });

  it('SC-2: with protections too, the compiled gate answers exactly as checkContact does', () => {
    fc.assert(
      fc.property(
        restrictionsWithProtectedSpoc,
        protections,
        fc.array(contactAttempt, { minLength: 1, maxLength: 8 }),
        (r, p, contacts) => {
          const gate = unwrap(compileContactGate({ restrictions: r, policy: tep, protections: p }));
          for (const c of contacts) expect(gate.checkTrusted(c)).toEqual(decide(r, c, p));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('following the route is allowed: the SPOC, a permitted channel, the nominated person, the next window', () => {
    // Restrictions in force from 2025 to 2028 and contacts in 2026, so the route's time is still covered.
    const longRestriction = (id: string) =>
      fc.record({ measures: fc.array(measure, { minLength: 1, maxLength: 4 }) }).map(
        ({ measures }): Restriction => ({
          id,
          startsOn: '2025-01-01',
          lastDayInForce: '2028-12-31',
          measures,
          spoc: SPOCS[0],
        }),
      );
    const seconds = (from: string, to: string) =>
      fc.integer({ min: Date.parse(from) / 1000, max: Date.parse(to) / 1000 });
    // Any time in 2026, and often the clock-change weekends, where windows open and close oddly.
    const inside = fc.oneof(
      seconds('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'),
      seconds('2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z'),
      seconds('2026-10-23T00:00:00Z', '2026-10-27T00:00:00Z'),
    );
    fc.assert(
      fc.property(
        fc.tuple(longRestriction('R1'), longRestriction('R2')),
        contactOf(inside.map((s) => s * 1000)),
        (r, c) => {
          const decision = decide(r, c);
          fc.pre(decision.outcome === 'redirect');
          const route = decision.route ?? {};
          const channel =
            route.channels === undefined || route.channels.includes(c.channel)
              ? c.channel
              : (route.channels[0] as Channel);
          const followed: ContactAttempt = {
            ...c,
            channel,
            ...(route.spoc ? { staffId: route.spoc.staffId } : {}),
            ...(route.nominatedPerson ? { via: route.nominatedPerson.personId } : {}),
            ...(route.nextWindow ? { at: route.nextWindow.startsAt } : {}),
          };
          if (route.nextWindow) {
            const opens = Date.parse(route.nextWindow.startsAt);
            expect(opens).toBeGreaterThan(Date.parse(c.at));
            // Within a week, or two when the spring change swallows the week's window whole.
            expect(opens).toBeLessThanOrEqual(Date.parse(c.at) + 15 * DAY);
            expect(Date.parse(route.nextWindow.endsAt)).toBeGreaterThan(opens);
            // One second before the window closes is inside it too.
            const last = {
              ...followed,
              at: new Date(Date.parse(route.nextWindow.endsAt) - 1000).toISOString(),
            };
            expect(decide(r, last).outcome).toBe('allow');
          }
          expect(decide(r, followed).outcome).toBe('allow');
        },
      ),
      { numRuns: 600 },
    );
  });

  it('SC-2: following the route is allowed with protections too: another colleague, never one barred', () => {
    // A SPOC that may be protected, protections in force from 2025, and contacts in 2026.
    const longRestriction = (id: string) =>
      fc
        .record({
          measures: fc.array(measure, { minLength: 1, maxLength: 4 }),
          spoc: fc.constantFrom(...SPOCS_WITH_PROTECTED),
        })
        .map(
          ({ measures, spoc }): Restriction => ({
            id,
            startsOn: '2025-01-01',
            lastDayInForce: '2028-12-31',
            measures,
            spoc,
          }),
        );
    const protection = fc.record(
      {
        staffId: fc.constantFrom('s-1', 's-2', 's-9'),
        since: fc.constant('2025-06-01T00:00:00Z'),
        reason: fc.constant('conduct reported'),
        residentId: fc.constantFrom('res-1', 'res-2'),
      },
      { requiredKeys: ['staffId', 'since', 'reason'] },
    );
    const in2026 = fc
      .integer({
        min: Date.parse('2026-01-01T00:00:00Z') / 1000,
        max: Date.parse('2027-01-01T00:00:00Z') / 1000,
      })
      .map((s) => s * 1000);
    fc.assert(
      fc.property(
        fc.tuple(longRestriction('R1'), longRestriction('R2')),
        fc.array(protection, { minLength: 1, maxLength: 2 }),
        contactOf(in2026),
        (r, p, c) => {
          const decision = decide(r, c, p);
          // Every outcome but allow says why: a measure broken, or a protection (SC-2).
          if (decision.outcome !== 'allow' && decision.breaches.length === 0) {
            expect(decision.reasons.some((reason) => reason.rule === 'SC-2')).toBe(true);
          }
          fc.pre(decision.outcome === 'redirect');
          const route = decision.route ?? {};
          const avoid = route.avoidStaff ?? [];
          const channel =
            route.channels === undefined || route.channels.includes(c.channel)
              ? c.channel
              : (route.channels[0] as Channel);
          const staffId =
            route.spoc?.staffId ?? (c.staffId === undefined || avoid.includes(c.staffId) ? 's-5' : c.staffId);
          const followed: ContactAttempt = {
            ...c,
            channel,
            staffId,
            ...(route.nominatedPerson ? { via: route.nominatedPerson.personId } : {}),
            ...(route.nextWindow ? { at: route.nextWindow.startsAt } : {}),
          };
          expect(decide(r, followed, p).outcome).toBe('allow');
        },
      ),
      { numRuns: 600 },
    );
  });
});
