// TEP 11: "A customer may appeal a decision and must write to us within 14 days of the date on the
// decision letter. If they do not do so, they will lose their right of appeal." And: "A decision to
// restrict customer contact may be reconsidered, upon written request if the customer demonstrates
// a more acceptable approach ... within 28 days of when the appeal is received."
import { describe, expect, it } from 'vitest';
import {
  type CaseEvent,
  caseDeadlines,
  definePolicy,
  obligations,
  presets,
  replay,
} from '../../src/index.js';
import { LADDER, OPENING } from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';

const policy = presets.tenancyEnforcementProcedure;
// LADDER's restriction: decision letter dated Monday 2 March 2026, so the last day to appeal is Monday 16 March.
const appeal = (at: string, receivedOn?: string): CaseEvent => ({
  type: 'appeal-received',
  at,
  by: 'cso-1',
  grounds: 'I was provoked by the repair delays.',
  ...(receivedOn !== undefined && { receivedOn }),
});

describe('an appeal out of time', () => {
  it('refuses an appeal received on 17 March, the 15th day: the right of appeal is lost', () => {
    const error = refusal(
      replay([...LADDER, appeal('2026-03-17T09:12:00Z')], policy, OPENING),
      'APPEAL_OUT_OF_TIME',
    );
    expect(error.index).toBe(LADDER.length);
    expect(error.message).toBe(
      'The appeal was received on Tuesday 17 March 2026, after the last day to appeal, Monday 16 March 2026: the right of appeal is lost.',
    );
    expect(error.reasons?.[0]).toMatchObject({
      rule: 'TEP-11.2',
      citation: { section: '11. Appealing/Reconsidering a Decision to Restrict Contact' },
    });
  });

  it('accepts the same letter received on 16 March, even when logged on the 18th', () => {
    const state = unwrap(replay([...LADDER, appeal('2026-03-18T09:00:00Z', '2026-03-16')], policy, OPENING));
    expect(state.appeals[0]).toMatchObject({ receivedOn: '2026-03-16' });
    expect(unwrap(caseDeadlines(state, policy)).appeals[0]).toMatchObject({ decisionDue: '2026-04-13' });
  });

  it('still lets the customer ask for reconsideration, decided within 28 days by a senior officer (TEP-11.1)', () => {
    const request: CaseEvent = {
      type: 'reconsideration-requested',
      at: '2026-03-17T09:12:00Z',
      by: 'cso-1',
      grounds: 'I have kept to email since the decision.',
    };
    const state = unwrap(replay([...LADDER, request], policy, OPENING));
    const due = unwrap(obligations(state, '2026-04-14T09:00:00Z', policy)).find(
      (o) => o.kind === 'reconsideration-decision',
    );
    expect(due).toMatchObject({ dueOn: '2026-04-14', overdue: false });
    const decided = unwrap(
      replay(
        [
          ...LADDER,
          request,
          {
            type: 'reconsideration-decided',
            at: '2026-04-10T15:00:00Z',
            by: 'so-9',
            byRole: 'senior-officer',
            outcome: 'varied',
          },
        ],
        policy,
        OPENING,
      ),
    );
    expect(decided.reconsiderations[0]).toMatchObject({ outcome: 'varied', decidedBy: 'so-9' });
    expect(decided.restrictions[0]?.liftedAt).toBeUndefined();
  });

  it('counts 14 business days from deemed receipt when the landlord’s policy says so (NF-6)', () => {
    const businessDays = unwrap(
      definePolicy({
        id: 'acme',
        name: 'Acme Homes policy',
        effectiveFrom: '2020-01-01',
        appeal: { window: { unit: 'business-days', countFrom: 'deemed-receipt' } },
      }),
    );
    const [restriction] = LADDER.slice(-1) as [Extract<CaseEvent, { type: 'restriction-imposed' }>];
    const withoutService = replay([...LADDER.slice(0, -1), restriction], businessDays, OPENING);
    refusal(withoutService, 'SERVICE_REQUIRED');
    const posted = {
      ...restriction,
      service: { method: 'first-class-post' as const, postedOn: '2026-03-02' },
    };
    // Posted Monday 2 March, deemed received Wednesday 4 March; 14 business days later is Tuesday 24 March.
    const state = unwrap(replay([...LADDER.slice(0, -1), posted], businessDays, OPENING));
    expect(unwrap(caseDeadlines(state, businessDays)).restrictions[0]?.appealLastDay).toBe('2026-03-24');
    unwrap(replay([...LADDER.slice(0, -1), posted, appeal('2026-03-24T16:00:00Z')], businessDays, OPENING));
    refusal(
      replay([...LADDER.slice(0, -1), posted, appeal('2026-03-25T09:00:00Z')], businessDays, OPENING),
      'APPEAL_OUT_OF_TIME',
    );
  });
});
