// The SC source: a repairs operative sent a resident with a traumatic history inappropriate messages
// he called "banter" and tried to misuse her personal information. The Ombudsman: "As soon as the
// resident reported the issue, the landlord should have ensured no further contact could be allowed
// to happen until the resident was fully satisfied with the outcome" (SC-1, SC-2).
import { describe, expect, it } from 'vitest';
import {
  activeProtections,
  applyEvent,
  type CaseEvent,
  type CaseState,
  presets,
  replay,
} from '../../src/index.js';
import { refusal, unwrap } from '../helpers.js';

const policy = presets.tenancyEnforcementProcedure;
const opening = { caseId: 'case-sc', customerId: 'res-3', openedAt: '2026-02-02T09:00:00Z' };
const operative = 'op-7';

const messages: CaseEvent = {
  type: 'incident-recorded',
  at: '2026-02-02T10:00:00Z',
  by: 'ho-5',
  incident: {
    id: 'sc-1',
    occurredAt: '2026-01-30T19:00:00Z',
    channel: 'sms',
    actor: 'staff',
    target: 'resident',
    behaviours: [{ code: 'inappropriate-messages', persistent: true }, { code: 'misuse-of-personal-data' }],
    notes: 'Messages the operative called "banter"; used her details to try to start a relationship.',
  },
};
const reported: CaseEvent = {
  type: 'staff-conduct-reported',
  at: '2026-02-02T10:05:00Z',
  by: 'ho-5',
  staffId: operative,
  incidentId: 'sc-1',
  reason: 'Inappropriate messages and misuse of personal data',
};
const history = [messages, reported];
const state = unwrap(replay(history, policy, opening));
const apply = (s: CaseState, event: CaseEvent) => unwrap(applyEvent(s, event, policy));

describe('the staff-conduct case of the SC source', () => {
  it('records the operative’s conduct as staff conduct, never evidence against the resident (SC-1)', () => {
    expect(state.decisions[0]?.reasons[0]?.rule).toBe('SC-1');
    const warning: CaseEvent = {
      type: 'written-warning-issued',
      at: '2026-02-03T09:00:00Z',
      by: 'hm-1',
      letterDate: '2026-02-03',
    };
    const withEia = apply(state, {
      type: 'eia-completed',
      at: '2026-02-03T08:00:00Z',
      by: 'hm-1',
      needs: [],
      proportionate: true,
    });
    refusal(applyEvent(withEia, warning, policy), 'EVIDENCE_REQUIRED');
  });

  it('bars the operative from contact from the moment she reports it, for the contact gate (SC-2)', () => {
    expect(unwrap(activeProtections(state, '2026-02-02T10:04:59Z'))).toEqual([]);
    expect(unwrap(activeProtections(state, '2026-02-02T10:05:00Z'))).toEqual([
      {
        staffId: operative,
        residentId: 'res-3',
        since: '2026-02-02T10:05:00Z',
        reason: 'Inappropriate messages and misuse of personal data',
      },
    ]);
    expect(state.decisions.at(-1)).toMatchObject({
      type: 'staff-conduct-reported',
      subject: operative,
      evidence: ['sc-1'],
    });
  });

  it('keeps the bar while she is not satisfied: the "banter" letter and the meeting she had to leave', () => {
    let s = apply(state, {
      type: 'staff-conduct-resolved',
      at: '2026-02-20T15:00:00Z',
      by: 'hr-1',
      staffId: operative,
      residentSatisfied: false,
    });
    s = apply(s, {
      type: 'staff-conduct-resolved',
      at: '2026-03-06T11:00:00Z',
      by: 'hr-1',
      staffId: operative,
      residentSatisfied: false,
    });
    expect(unwrap(activeProtections(s, '2026-03-07T09:00:00Z')).map((p) => p.staffId)).toEqual([operative]);
    expect(s.decisions.at(-1)?.reasons[0]?.text).toMatch(/not satisfied/);
    // The operative can never become her single point of contact while the bar lasts.
    const spoc: CaseEvent = {
      type: 'spoc-assigned',
      at: '2026-03-07T09:00:00Z',
      by: 'hm-1',
      spoc: { staffId: operative, name: 'R. Operative' },
    };
    refusal(applyEvent(s, spoc, policy), 'PROTECTION_IN_FORCE');
  });

  it('lifts the bar only when she is satisfied with the outcome, even after the case is closed', () => {
    let s = apply(state, { type: 'case-closed', at: '2026-03-01T09:00:00Z', by: 'hm-1' });
    expect(unwrap(activeProtections(s, '2026-03-02T09:00:00Z'))).toHaveLength(1);
    s = apply(s, {
      type: 'staff-conduct-resolved',
      at: '2026-04-10T12:00:00Z',
      by: 'so-9',
      staffId: operative,
      residentSatisfied: true,
    });
    expect(unwrap(activeProtections(s, '2026-04-10T11:59:59Z'))).toHaveLength(1);
    expect(unwrap(activeProtections(s, '2026-04-10T12:00:00Z'))).toEqual([]);
    refusal(
      applyEvent(
        s,
        {
          type: 'staff-conduct-resolved',
          at: '2026-04-11T12:00:00Z',
          by: 'so-9',
          staffId: operative,
          residentSatisfied: true,
        },
        policy,
      ),
      'INVALID_TRANSITION',
    );
  });
});

describe('SC-2: "no further contact could be allowed to happen until the resident was fully satisfied with the outcome"', () => {
  const byOperative = (type: 'interaction-ended', at: string): CaseEvent => ({
    type,
    at,
    by: operative,
    channel: 'phone',
  });

  it('a step the reported operative takes on the resident’s case is refused, naming `by`', () => {
    const error = refusal(
      applyEvent(state, byOperative('interaction-ended', '2026-02-04T09:00:00Z'), policy),
      'PROTECTION_IN_FORCE',
    );
    expect(error.reasons?.map((r) => r.rule)).toEqual(['SC-2']);
    expect(error.issues).toEqual([{ path: 'event.by', message: expect.stringContaining(operative) }]);
  });

  it('so is a step the operative co-decides (jointlyWith), named at its path', () => {
    const error = refusal(
      applyEvent(
        state,
        {
          type: 'interaction-ended',
          at: '2026-02-04T09:00:00Z',
          by: 'ho-5',
          jointlyWith: [{ by: operative }],
          channel: 'phone',
        },
        policy,
      ),
      'PROTECTION_IN_FORCE',
    );
    expect(error.issues[0]?.path).toBe('event.jointlyWith[0].by');
  });

  it('the day before the report the step is taken; once the resident is satisfied, it is taken again', () => {
    const before = unwrap(replay([messages], policy, opening));
    expect(applyEvent(before, byOperative('interaction-ended', '2026-02-02T10:01:00Z'), policy).ok).toBe(
      true,
    );
    const satisfied = apply(state, {
      type: 'staff-conduct-resolved',
      at: '2026-03-01T09:00:00Z',
      by: 'hm-1',
      staffId: operative,
      residentSatisfied: true,
    });
    expect(applyEvent(satisfied, byOperative('interaction-ended', '2026-03-02T09:00:00Z'), policy).ok).toBe(
      true,
    );
  });

  it('an incident the operative records is kept (the evidence stands whoever records it)', () => {
    const recorded = applyEvent(
      state,
      {
        ...messages,
        at: '2026-02-04T09:00:00Z',
        by: operative,
        incident: { ...messages.incident, id: 'sc-2' },
      } as CaseEvent,
      policy,
    );
    expect(recorded.ok).toBe(true);
  });
});
