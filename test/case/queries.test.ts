import { describe, expect, it } from 'vitest';
import {
  activeProtections,
  activeRestrictions,
  allowedEvents,
  applyEvent,
  CASE_EVENT_TYPES,
  type CaseState,
  openCase,
} from '../../src/case/index.js';
import { RestrictionSchema } from '../../src/shared/restriction.js';
import { badPaths, refusal, unwrap } from '../helpers.js';
import { caseAfter, eia, ev, incident, LADDER, OPENING, restriction, STAFF, TEP } from './fixtures.js';

const active = (state: CaseState, at: string) => unwrap(activeRestrictions(state, at)).map((r) => r.id);

describe('activeRestrictions', () => {
  // A 12-month restriction from Monday 2 March 2026: in force to the end of Monday 1 March 2027.
  const restricted = caseAfter(LADDER);

  it('returns restrictions in force, shaped for the contact gate', () => {
    const [first] = unwrap(activeRestrictions(restricted, '2026-06-01T12:00:00Z'));
    expect(first).toEqual({
      id: 'r-1',
      startsOn: '2026-03-02',
      lastDayInForce: '2027-03-01',
      measures: [{ kind: 'written-only' }],
    });
    expect(RestrictionSchema.safeParse(first).success).toBe(true);
  });

  it('is in force from midnight at the start of its first day to midnight at the end of its last (London time)', () => {
    expect(active(restricted, '2026-03-01T23:59:59Z')).toEqual([]);
    expect(active(restricted, '2026-03-02T00:00:00Z')).toEqual(['r-1']);
    expect(active(restricted, '2027-03-01T23:59:59Z')).toEqual(['r-1']);
    expect(active(restricted, '2027-03-02T00:00:00Z')).toEqual([]);
  });

  it('reads the boundaries in London summer time', () => {
    // Starts Wednesday 1 July 2026 (BST): midnight London is 23:00 UTC the day before.
    const summer = caseAfter([...LADDER.slice(0, 6), restriction('2026-07-01T10:00:00Z', { months: 3 })]);
    expect(active(summer, '2026-06-30T22:59:59Z')).toEqual([]);
    expect(active(summer, '2026-06-30T23:00:00Z')).toEqual(['r-1']);
    expect(active(summer, '2026-09-30T22:59:59Z')).toEqual(['r-1']);
    expect(active(summer, '2026-09-30T23:00:00Z')).toEqual([]);
  });

  it('stops at the instant it is lifted, reporting the day of the lift as its last', () => {
    const lifted = unwrap(applyEvent(restricted, ev('restriction-lifted', '2026-05-10T14:00:00Z', {}), TEP));
    expect(unwrap(activeRestrictions(lifted, '2026-05-10T13:59:59Z'))[0]?.lastDayInForce).toBe('2026-05-10');
    expect(active(lifted, '2026-05-10T14:00:00Z')).toEqual([]);
  });

  it('carries the case’s current SPOC, and the SPOC after a handover', () => {
    const assigned = unwrap(
      applyEvent(restricted, ev('spoc-assigned', '2026-03-03T09:00:00Z', { spoc: STAFF.spoc }), TEP),
    );
    expect(unwrap(activeRestrictions(assigned, '2026-03-04T09:00:00Z'))[0]?.spoc).toEqual(STAFF.spoc);
    const handed = unwrap(
      applyEvent(
        assigned,
        ev('spoc-handover', '2026-04-01T09:00:00Z', { to: STAFF.cover, temporary: true }),
        TEP,
      ),
    );
    expect(unwrap(activeRestrictions(handed, '2026-04-02T09:00:00Z'))[0]?.spoc).toEqual(STAFF.cover);
  });

  it('SC-2: still names a reported SPOC, so the gate (given the protections) can route round them', () => {
    const assigned = unwrap(
      applyEvent(restricted, ev('spoc-assigned', '2026-03-03T09:00:00Z', { spoc: STAFF.spoc }), TEP),
    );
    const reported = unwrap(
      applyEvent(
        assigned,
        ev('staff-conduct-reported', '2026-04-01T09:00:00Z', { staffId: STAFF.spoc.staffId }),
        TEP,
      ),
    );
    expect(unwrap(activeRestrictions(reported, '2026-03-31T09:00:00Z'))[0]?.spoc).toEqual(STAFF.spoc);
    expect(unwrap(activeRestrictions(reported, '2026-04-02T09:00:00Z'))[0]?.spoc).toEqual(STAFF.spoc);
    expect(unwrap(activeProtections(reported, '2026-04-02T09:00:00Z')).map((p) => p.staffId)).toEqual([
      STAFF.spoc.staffId,
    ]);
    const handed = unwrap(
      applyEvent(
        reported,
        ev('spoc-handover', '2026-04-03T09:00:00Z', { to: STAFF.cover, temporary: false }),
        TEP,
      ),
    );
    expect(unwrap(activeRestrictions(handed, '2026-04-04T09:00:00Z'))[0]?.spoc).toEqual(STAFF.cover);
  });

  it('validates its inputs', () => {
    expect(badPaths(activeRestrictions({ ...restricted, restrictions: 'none' } as never, 'now'))).toEqual([
      'state.restrictions',
      'at',
    ]);
  });
});

describe('activeProtections (SC-2)', () => {
  const reported = caseAfter([
    ev('staff-conduct-reported', '2026-02-01T09:00:00Z', {
      staffId: 'op-7',
      reason: 'inappropriate messages',
    }),
  ]);

  it('protects the resident from the moment of the report', () => {
    expect(unwrap(activeProtections(reported, '2026-02-01T08:59:59Z'))).toEqual([]);
    expect(unwrap(activeProtections(reported, '2026-02-01T09:00:00Z'))).toEqual([
      {
        staffId: 'op-7',
        residentId: 'cust-1',
        since: '2026-02-01T09:00:00Z',
        reason: 'inappropriate messages',
      },
    ]);
  });

  it('lasts while the resident is not satisfied, and ends when they are', () => {
    const unsatisfied = unwrap(
      applyEvent(
        reported,
        ev('staff-conduct-resolved', '2026-03-01T09:00:00Z', { staffId: 'op-7', residentSatisfied: false }),
        TEP,
      ),
    );
    expect(unwrap(activeProtections(unsatisfied, '2026-03-02T09:00:00Z'))).toHaveLength(1);
    const satisfied = unwrap(
      applyEvent(
        unsatisfied,
        ev('staff-conduct-resolved', '2026-04-01T09:00:00Z', { staffId: 'op-7', residentSatisfied: true }),
        TEP,
      ),
    );
    expect(unwrap(activeProtections(satisfied, '2026-03-31T09:00:00Z'))).toHaveLength(1);
    expect(unwrap(activeProtections(satisfied, '2026-04-01T09:00:00Z'))).toEqual([]);
  });

  it('does not start a second protection for a second report of the same person', () => {
    const twice = unwrap(
      applyEvent(reported, ev('staff-conduct-reported', '2026-02-02T09:00:00Z', { staffId: 'op-7' }), TEP),
    );
    expect(twice.protections).toHaveLength(1);
    expect(twice.decisions).toHaveLength(2);
  });
});

describe('allowedEvents', () => {
  const types = (state: CaseState, at: string) => unwrap(allowedEvents(state, at, TEP));

  it('blocks formal steps on a new case, with the code and rule', () => {
    const opened = unwrap(openCase(OPENING));
    const { allowed, blocked } = types(opened, '2026-01-06T09:00:00Z');
    expect(allowed.map((a) => a.type)).toContain('incident-recorded');
    expect(blocked.find((b) => b.type === 'written-warning-issued')).toMatchObject({ code: 'EIA_REQUIRED' });
    expect(blocked.find((b) => b.type === 'restriction-breached')).toMatchObject({
      code: 'NO_ACTIVE_RESTRICTION',
    });
    expect(blocked.find((b) => b.type === 'appeal-decided')?.code).toBe('INVALID_TRANSITION');
    expect(allowed.length + blocked.length).toBe(CASE_EVENT_TYPES.length);
  });

  it('says what a restriction must carry when no informal action or written warning is on file (TEP-4.2, TEP-4.5)', () => {
    const state = caseAfter([incident('inc-1', '2026-01-05T10:00:00Z'), eia('2026-01-06T09:00:00Z')]);
    const restricting = types(state, '2026-01-07T09:00:00Z').allowed.find(
      (a) => a.type === 'restriction-imposed',
    );
    expect(restricting?.reasons.map((r) => r.rule)).toEqual(['TEP-4.5', 'TEP-4.2', 'TEP-5.2']);
  });

  it('agrees with applyEvent: a blocked event is refused with the same code', () => {
    const state = caseAfter(LADDER);
    const { blocked } = types(state, '2026-04-01T09:00:00Z');
    const closing = blocked.find((b) => b.type === 'case-closed');
    expect(closing?.code).toBe('INVALID_TRANSITION');
    refusal(applyEvent(state, ev('case-closed', '2026-04-01T09:00:00Z', {}), TEP), 'INVALID_TRANSITION');
  });

  it('allows only marker reviews and staff-conduct events once closed', () => {
    const closed = caseAfter([ev('case-closed', '2026-01-06T09:00:00Z', {})]);
    expect(types(closed, '2026-01-07T09:00:00Z').allowed.map((a) => a.type)).toEqual([
      'marker-reviewed',
      'staff-conduct-reported',
      'staff-conduct-resolved',
    ]);
  });

  it('refuses an instant before the last event', () => {
    refusal(allowedEvents(caseAfter(LADDER), '2026-03-01T09:00:00Z', TEP), 'EVENT_OUT_OF_ORDER');
  });
});
