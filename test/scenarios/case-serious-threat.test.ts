// TEP 4: "there may be occasions where we decide to invoke the procedure without sending a formal
// written warning first, due to the seriousness of the customer's behaviour ... Sending a formal
// written notice may inflame a situation and put colleagues at risk" (TEP-4.5), and "where the
// behaviour is so extreme that it threatens the immediate safety ... report the matter to the
// police ... no warning of this action will be given" (TEP-4.6).
import { describe, expect, it } from 'vitest';
import {
  activeRestrictions,
  applyEvent,
  type CaseEvent,
  type CaseState,
  presets,
  replay,
} from '../../src/index.js';
import { refusal, unwrap } from '../helpers.js';

const policy = presets.tenancyEnforcementProcedure;
const opening = { caseId: 'case-threat', customerId: 'cust-7', openedAt: '2026-04-14T08:00:00Z' };

const threat: CaseEvent = {
  type: 'incident-recorded',
  at: '2026-04-14T09:40:00Z',
  by: 'ho-2',
  incident: {
    id: 'inc-threat',
    occurredAt: '2026-04-14T09:30:00Z',
    channel: 'in-person',
    actor: 'customer',
    target: 'staff',
    behaviours: [{ code: 'threat-of-violence' }, { code: 'intimidation' }],
    notes: 'Threatened to come back with a knife for the repairs manager.',
  },
};
const police: CaseEvent = {
  type: 'police-notified',
  at: '2026-04-14T09:45:00Z',
  by: 'ho-2',
  immediateRisk: true,
  incidentId: 'inc-threat',
  reference: 'CAD-1187',
};
const eia: CaseEvent = {
  type: 'eia-completed',
  at: '2026-04-15T09:00:00Z',
  by: 'hm-1',
  needs: ['hearing-impairment'],
  proportionate: true,
};

const restricting = (
  extra: Partial<Extract<CaseEvent, { type: 'restriction-imposed' }>> = {},
): CaseEvent => ({
  type: 'restriction-imposed',
  at: '2026-04-15T11:00:00Z',
  by: 'hm-1',
  restriction: {
    id: 'r-threat',
    startsOn: '2026-04-15',
    months: 6,
    measures: [{ kind: 'single-channel', channel: 'email' }, { kind: 'spoc-only' }],
    spoc: { staffId: 'sp-4', name: 'Jo Rahman' },
  },
  decisionLetterDate: '2026-04-15',
  ...extra,
});

describe('a restriction without a written warning, for a serious threat', () => {
  it('tells the police at once, before any EIA or warning (TEP-4.6)', () => {
    const state = unwrap(replay([threat, police], policy, opening));
    expect(state.decisions.at(-1)).toMatchObject({
      type: 'police-notified',
      subject: 'inc-threat',
      eia: 'none',
    });
    expect(state.decisions.at(-1)?.reasons[0]?.rule).toBe('TEP-4.6');
  });

  it('refuses the restriction until the reason to skip the warning is recorded (TEP-4.4, TEP-4.5)', () => {
    const error = refusal(replay([threat, police, eia, restricting()], policy, opening), 'WARNING_REQUIRED');
    expect(error.index).toBe(3);
    expect(error.reasons?.map((r) => r.rule)).toEqual(['TEP-4.4', 'TEP-4.5']);
  });

  it('imposes it with the reason recorded, the EIA considered, and the threat as its evidence', () => {
    const because =
      'A written warning would inflame the situation and put colleagues at risk: a threat with a knife.';
    const state = unwrap(
      replay([threat, police, eia, restricting({ warningSkippedBecause: because })], policy, opening),
    );
    expect(state.stage).toBe('restricted');
    expect(state.writtenWarnings).toEqual([]);
    const decision = state.decisions.at(-1);
    expect(decision).toMatchObject({
      type: 'restriction-imposed',
      evidence: ['inc-threat'],
      needsKnown: ['hearing-impairment'],
      eia: 'current',
    });
    expect(decision?.reasons[0]).toMatchObject({ rule: 'TEP-4.5', text: expect.stringContaining(because) });
    expect(unwrap(activeRestrictions(state, '2026-10-14T22:59:59Z')).map((r) => r.id)).toEqual(['r-threat']);
    expect(unwrap(activeRestrictions(state, '2026-10-14T23:00:00Z'))).toEqual([]);
  });

  it('still refuses phone-only contact for this customer, who has a hearing impairment (NF-2)', () => {
    const phoneOnly = restricting({
      warningSkippedBecause: 'threat with a knife',
      restriction: {
        id: 'r-threat',
        startsOn: '2026-04-15',
        months: 6,
        measures: [{ kind: 'single-channel', channel: 'phone' }],
      },
    });
    const state = unwrap(replay([threat, police, eia], policy, opening));
    refusal(applyEvent(state as CaseState, phoneOnly, policy), 'DISPROPORTIONATE_MEASURE');
  });

  it('may go straight to an injunction for an immediate risk, without the breach warning TEP-8 otherwise needs', () => {
    const injunction: CaseEvent = {
      type: 'legal-action-taken',
      at: '2026-04-16T09:00:00Z',
      by: 'hm-1',
      step: 'injunction',
      immediateRiskBecause: 'threat with a knife',
    };
    const state = unwrap(replay([threat, police, injunction], policy, opening));
    expect(state.stage).toBe('legal-action');
    const { immediateRiskBecause: _risk, ...withoutRisk } = injunction as Extract<
      CaseEvent,
      { type: 'legal-action-taken' }
    >;
    refusal(replay([threat, police, eia, withoutRisk], policy, opening), 'WARNING_REQUIRED');
  });
});
