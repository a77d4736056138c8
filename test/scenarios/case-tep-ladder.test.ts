// The Tenancy Enforcement Procedure's ladder, walked as one case from the first call to closure:
// TEP 4 (end the interaction, informal, EIA, written warning), 5 (restrict), 10 (review), 2 (EIA review).
import { describe, expect, it } from 'vitest';
import {
  activeRestrictions,
  applyEvent,
  type CaseEvent,
  type CaseState,
  caseDeadlines,
  obligations,
  openCase,
  presets,
} from '../../src/index.js';
import { refusal, unwrap } from '../helpers.js';

const policy = presets.tenancyEnforcementProcedure;
const opened = unwrap(
  openCase({ caseId: 'case-ladder', customerId: 'cust-42', openedAt: '2026-01-12T09:00:00Z' }),
);
const apply = (state: CaseState, event: CaseEvent) => unwrap(applyEvent(state, event, policy));

const swearingCall = (id: string, at: string): CaseEvent => ({
  type: 'incident-recorded',
  at,
  by: 'cso-3',
  incident: {
    id,
    occurredAt: at,
    channel: 'phone',
    actor: 'customer',
    target: 'staff',
    behaviours: [{ code: 'swearing', persistent: true }, { code: 'shouting' }],
  },
});

describe('the TEP ladder, from a first abusive call to a lifted restriction', () => {
  // "may decide to remove themselves from the situation after advising the customer that their behaviour is unacceptable"
  let state = apply(opened, swearingCall('inc-1', '2026-01-12T10:15:00Z'));
  state = apply(state, {
    type: 'interaction-ended',
    at: '2026-01-12T10:20:00Z',
    by: 'cso-3',
    channel: 'phone',
    incidentId: 'inc-1',
    customerTold: true,
  });

  it('ends the interaction after telling the customer, and records it (TEP-4.1)', () => {
    expect(state.decisions.at(-1)?.reasons[0]?.rule).toBe('TEP-4.1');
    expect(state.stage).toBe('opened');
  });

  it('refuses a formal warning before an equality impact assessment (TEP-2.3)', () => {
    refusal(
      applyEvent(
        state,
        { type: 'written-warning-issued', at: '2026-01-13T09:00:00Z', by: 'hm-1', letterDate: '2026-01-13' },
        policy,
      ),
      'EIA_REQUIRED',
    );
  });

  it('walks the ladder: informal warning, EIA, formal warning, restriction, reviews, lift, closure', () => {
    // "give customers an initial warning that their behaviour is unacceptable and record the details on their file"
    let s = apply(state, {
      type: 'informal-action-taken',
      at: '2026-01-13T09:00:00Z',
      by: 'ho-1',
      kind: 'initial-warning',
    });
    expect(s.stage).toBe('informal');
    s = apply(s, swearingCall('inc-2', '2026-01-27T14:00:00Z'));
    // "We will undertake an equality impact assessment before taking any formal action"
    s = apply(s, {
      type: 'eia-completed',
      at: '2026-01-28T09:00:00Z',
      by: 'hm-1',
      needs: [],
      proportionate: true,
    });
    // "Should such behaviour continue, a formal written warning may be sent and placed on the customer's file."
    s = apply(s, {
      type: 'written-warning-issued',
      at: '2026-01-29T09:00:00Z',
      by: 'hm-1',
      letterDate: '2026-01-29',
    });
    expect(s.stage).toBe('warned');
    s = apply(s, swearingCall('inc-3', '2026-02-16T11:00:00Z'));
    // "If the behaviour persists after a formal warning ... manage our interaction with the customer"
    s = apply(s, {
      type: 'restriction-imposed',
      at: '2026-03-02T10:00:00Z',
      by: 'hm-1',
      restriction: {
        id: 'r-1',
        startsOn: '2026-03-02',
        months: 12,
        measures: [{ kind: 'single-channel', channel: 'email' }, { kind: 'spoc-only' }],
        spoc: { staffId: 'sp-1', name: 'Sam Patel' },
      },
      decisionLetterDate: '2026-03-02',
    });
    expect(s.stage).toBe('restricted');
    // TEP-9: "Update the appropriate colleagues and/or teams such as Customer Service Centre, ... repairs contractors"
    expect(unwrap(obligations(s, '2026-03-02T10:00:00Z', policy)).map((o) => o.kind)).toContain(
      'teams-to-inform',
    );
    s = apply(s, {
      type: 'teams-informed',
      at: '2026-03-02T11:00:00Z',
      by: 'hm-1',
      teams: ['customer-service-centre', 'repairs-contractors'],
    });
    expect(unwrap(obligations(s, '2026-03-02T11:00:00Z', policy)).map((o) => o.kind)).not.toContain(
      'teams-to-inform',
    );
    expect(s.restrictions[0]).toMatchObject({
      lastDayInForce: '2027-03-01',
      evidence: ['inc-1', 'inc-2', 'inc-3'],
    });
    expect(unwrap(caseDeadlines(s, policy)).restrictions[0]).toMatchObject({
      appealLastDay: '2026-03-16',
      reviewsDue: ['2026-09-02'],
    });
    expect(unwrap(activeRestrictions(s, '2026-03-02T10:00:00Z'))[0]?.spoc).toEqual({
      staffId: 'sp-1',
      name: 'Sam Patel',
    });
    expect(s.decisions.at(-2)?.reasons.map((r) => r.rule)).toEqual(
      expect.arrayContaining([
        'TEP-5.1',
        'TEP-2.3',
        'NF-1',
        'TEP-5.2',
        'TEP-11.2',
        'NF-5',
        'TEP-10',
        'TEP-2.4',
      ]),
    );

    // "Each case should be reviewed every six months": due Wednesday 2 September 2026, with the EIA.
    const due = unwrap(obligations(s, '2026-09-03T09:00:00Z', policy));
    // NF-9: the warning markers on the three incidents reach their review with it.
    expect(due.filter((o) => o.overdue).map((o) => o.kind)).toEqual([
      'spoc-oversight',
      'marker-review',
      'marker-review',
      'marker-review',
      'case-review',
      'eia-review',
    ]);

    // "In all instances we will write to the customer to inform them about the outcome of the review."
    s = apply(s, { type: 'spoc-oversight-reviewed', at: '2026-05-29T09:00:00Z', by: 'hm-1' });
    s = apply(s, { type: 'spoc-oversight-reviewed', at: '2026-08-28T09:00:00Z', by: 'hm-1' });
    s = apply(s, {
      type: 'eia-reviewed',
      at: '2026-09-01T09:00:00Z',
      by: 'hm-1',
      needs: [],
      proportionate: true,
    });
    s = apply(s, {
      type: 'case-reviewed',
      at: '2026-09-01T10:00:00Z',
      by: 'hm-1',
      outcome: 'continue',
      letterDate: '2026-09-01',
    });
    expect(unwrap(obligations(s, '2026-09-03T09:00:00Z', policy)).filter((o) => o.overdue)).toEqual([]);

    // A second review lifts the restriction early; the case can then close.
    s = apply(s, {
      type: 'eia-reviewed',
      at: '2026-12-01T09:00:00Z',
      by: 'hm-1',
      needs: [],
      proportionate: true,
    });
    s = apply(s, {
      type: 'case-reviewed',
      at: '2026-12-01T10:00:00Z',
      by: 'hm-1',
      outcome: 'lift',
      letterDate: '2026-12-01',
    });
    expect(unwrap(activeRestrictions(s, '2026-12-01T10:00:00Z'))).toEqual([]);
    s = apply(s, {
      type: 'teams-informed',
      at: '2026-12-01T11:00:00Z',
      by: 'hm-1',
      teams: ['customer-service-centre', 'repairs-contractors'],
    });
    s = apply(s, { type: 'case-closed', at: '2026-12-02T09:00:00Z', by: 'hm-1' });
    expect(s.stage).toBe('closed');
    expect(unwrap(obligations(s, '2027-06-01T09:00:00Z', policy))).toEqual([]);
    expect(s.decisions).toHaveLength(17);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
