// TEP 6: "The SPOC may also hand over responsibility to another colleague especially if they are
// planning extended leave ... Where responsibility is temporarily transferred to another colleague,
// the customer must be informed of the change in SPOC, even if that is only for a short period" and
// "a colleague ... reviews the SPOC's correspondence and decisions on a quarterly cycle or sooner".
import { describe, expect, it } from 'vitest';
import {
  activeRestrictions,
  applyEvent,
  type CaseEvent,
  type CaseState,
  obligations,
  presets,
  replay,
} from '../../src/index.js';
import { LADDER, OPENING } from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';

const policy = presets.tenancyEnforcementProcedure;
const sam = { staffId: 'sp-1', name: 'Sam Patel' };
const chris = { staffId: 'sp-2', name: 'Chris Doyle' };
const apply = (state: CaseState, event: CaseEvent) => unwrap(applyEvent(state, event, policy));
const kinds = (state: CaseState, at: string) =>
  unwrap(obligations(state, at, policy)).map((o) => [o.kind, o.dueOn, o.overdue]);

// The restriction of 2 March 2026, then Sam Patel as SPOC the same day.
const withSpoc = unwrap(
  replay(
    [...LADDER, { type: 'spoc-assigned', at: '2026-03-02T11:00:00Z', by: 'hm-1', spoc: sam }],
    policy,
    OPENING,
  ),
);

describe('a SPOC handover', () => {
  it('puts the SPOC on the restriction the contact gate sees, and schedules quarterly oversight', () => {
    expect(unwrap(activeRestrictions(withSpoc, '2026-03-03T09:00:00Z'))[0]?.spoc).toEqual(sam);
    expect(kinds(withSpoc, '2026-03-03T09:00:00Z')).toContainEqual(['spoc-oversight', '2026-06-02', false]);
  });

  it('refuses oversight by the SPOC of their own correspondence, and accepts their line manager’s', () => {
    const self: CaseEvent = { type: 'spoc-oversight-reviewed', at: '2026-05-28T09:00:00Z', by: 'sp-1' };
    refusal(applyEvent(withSpoc, self, policy), 'DECIDER_NOT_INDEPENDENT');
    const overseen = apply(withSpoc, { ...self, by: 'hm-1', recommendations: ['reply to the 12 May email'] });
    expect(kinds(overseen, '2026-05-29T09:00:00Z')).toContainEqual(['spoc-oversight', '2026-08-28', false]);
  });

  it('asks for the customer to be told of a temporary handover for leave, and routes contact to the cover', () => {
    const onLeave = apply(withSpoc, {
      type: 'spoc-handover',
      at: '2026-07-20T09:00:00Z',
      by: 'hm-1',
      to: chris,
      temporary: true,
    });
    expect(onLeave.spoc).toMatchObject({ ...chris, temporary: true, handover: { on: '2026-07-20' } });
    expect(unwrap(activeRestrictions(onLeave, '2026-07-21T09:00:00Z'))[0]?.spoc).toEqual(chris);
    expect(kinds(onLeave, '2026-07-21T09:00:00Z')).toContainEqual(['spoc-change-notice', '2026-07-20', true]);
    expect(onLeave.decisions.at(-1)?.reasons[0]?.text).toMatch(/even if only for a short period/);

    const told = apply(onLeave, {
      type: 'customer-informed',
      at: '2026-07-21T10:00:00Z',
      by: 'sp-2',
      about: 'spoc-handover',
      informedOn: '2026-07-21',
    });
    expect(kinds(told, '2026-07-22T09:00:00Z').map(([kind]) => kind)).not.toContain('spoc-change-notice');

    // Sam returns: another handover, told the same day, and nothing more is owed for it.
    const back = apply(told, {
      type: 'spoc-handover',
      at: '2026-08-17T09:00:00Z',
      by: 'hm-1',
      to: sam,
      temporary: false,
      customerInformedOn: '2026-08-17',
    });
    expect(unwrap(activeRestrictions(back, '2026-08-18T09:00:00Z'))[0]?.spoc).toEqual(sam);
    expect(kinds(back, '2026-08-18T09:00:00Z').map(([kind]) => kind)).not.toContain('spoc-change-notice');
    // The oversight cycle is not reset by a handover: still due three months after the first SPOC.
    expect(kinds(back, '2026-08-18T09:00:00Z')).toContainEqual(['spoc-oversight', '2026-06-02', true]);
  });

  it('refuses a handover to the SPOC already in place, and a second SPOC assigned without one', () => {
    refusal(
      applyEvent(
        withSpoc,
        { type: 'spoc-handover', at: '2026-07-20T09:00:00Z', by: 'hm-1', to: sam, temporary: true },
        policy,
      ),
      'INVALID_INPUT',
    );
    refusal(
      applyEvent(
        withSpoc,
        { type: 'spoc-assigned', at: '2026-07-20T09:00:00Z', by: 'hm-1', spoc: chris },
        policy,
      ),
      'INVALID_TRANSITION',
    );
  });
});
