// Issue 9, items 4 and 5: the paper trail. Every written decision records its letter, on the event
// or by a later customer-informed; the teams that must know are told; the case never closes with
// a letter owed.
import { describe, expect, it } from 'vitest';
import { applyEvent, type CaseEvent, type CaseState, obligations, replay } from '../../src/case/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { unwrap } from '../helpers.js';
import { caseAfter, ev, LADDER, OPENING, STAFF, TEP } from './fixtures.js';

const TEAMS = ['customer-service-centre', 'repairs-contractors'];
const told = (at: string): CaseEvent => ev('teams-informed', at, { teams: TEAMS });
/** The ladder to a restriction on 2 March 2026, the teams told that day. */
const RESTRICTED: CaseEvent[] = [...LADDER, told('2026-03-02T11:00:00Z')];
const REVIEW_EIA = ev('eia-reviewed', '2026-09-01T09:00:00Z', { needs: [], proportionate: true });

const kinds = (state: CaseState, at: string) => unwrap(obligations(state, at, TEP)).map((o) => o.kind);
const refusalOf = (state: CaseState, event: CaseEvent) => {
  const result = applyEvent(state, event, TEP);
  if (result.ok) throw new Error(`expected ${event.type} to be refused`);
  return result.error;
};
const close = (at: string) => ev('case-closed', at, {});

describe('the paper trail (TEP-9, TEP-10, TEP-6, TEP-11)', () => {
  describe('"In all instances we will write to the customer to inform them about the outcome of the review" (TEP-10)', () => {
    it('a review lifting the restriction with no letter owes one, and the case cannot close until it is sent', () => {
      const state = caseAfter([
        ...RESTRICTED,
        REVIEW_EIA,
        ev('case-reviewed', '2026-09-01T10:00:00Z', { outcome: 'lift' }),
        told('2026-09-01T11:00:00Z'),
      ]);
      expect(kinds(state, '2026-09-02T09:00:00Z')).toContain('review-outcome-letter');
      const error = refusalOf(state, close('2026-09-02T09:00:00Z'));
      expect(error.code).toBe('LETTERS_OUTSTANDING');
      expect(error.message).toContain('case-reviewed of Tuesday 1 September 2026');
      expect(error.reasons?.map((r) => r.rule)).toEqual(['TEP-9', 'TEP-10']);

      const informed = unwrap(
        applyEvent(
          state,
          ev('customer-informed', '2026-09-02T09:00:00Z', {
            about: 'case-reviewed',
            letterDate: '2026-09-02',
            channel: 'letter',
          }),
          TEP,
        ),
      );
      expect(kinds(informed, '2026-09-03T09:00:00Z')).not.toContain('review-outcome-letter');
      expect(informed.reviews.at(-1)?.letterDate).toBe('2026-09-02');
      expect(informed.letters.at(-1)).toMatchObject({
        about: 'case-reviewed',
        letterDate: '2026-09-02',
        channel: 'letter',
      });
      expect(unwrap(applyEvent(informed, close('2026-09-03T09:00:00Z'), TEP)).stage).toBe('closed');
    });

    it('the deprecated names still replay: about review-outcome, informedOn', () => {
      const state = caseAfter([
        ...RESTRICTED,
        REVIEW_EIA,
        ev('case-reviewed', '2026-09-01T10:00:00Z', { outcome: 'continue' }),
        ev('customer-informed', '2026-09-02T09:00:00Z', {
          about: 'review-outcome',
          informedOn: '2026-09-02',
        }),
      ]);
      expect(state.letters.at(-1)).toMatchObject({ about: 'case-reviewed', letterDate: '2026-09-02' });
      expect(kinds(state, '2026-09-03T09:00:00Z')).not.toContain('review-outcome-letter');
    });

    it('a letter date, given once: both names, or neither, is refused with the path', () => {
      const state = caseAfter([
        ...RESTRICTED,
        REVIEW_EIA,
        ev('case-reviewed', '2026-09-01T10:00:00Z', { outcome: 'continue' }),
      ]);
      for (const payload of [
        { about: 'case-reviewed', letterDate: '2026-09-02', informedOn: '2026-09-02' },
        { about: 'case-reviewed' },
      ]) {
        const error = refusalOf(state, ev('customer-informed', '2026-09-02T09:00:00Z', payload as never));
        expect(error.code).toBe('INVALID_INPUT');
        expect(error.issues.map((i) => i.path)).toContain('event.letterDate');
      }
    });
  });

  describe('"the customer must be informed of the change in SPOC, even if that is only for a short period" (TEP-6)', () => {
    const handedOver = [
      ...RESTRICTED,
      ev('spoc-assigned', '2026-03-02T12:00:00Z', { spoc: { ...STAFF.spoc } }),
      ev('spoc-handover', '2026-04-01T09:00:00Z', { to: { ...STAFF.cover }, temporary: true }),
    ];

    it('an untold handover is owed, and the case cannot close with it (nor with the restriction lifted)', () => {
      const state = caseAfter([
        ...handedOver,
        ev('restriction-lifted', '2026-04-02T09:00:00Z', { letterDate: '2026-04-02' }),
        told('2026-04-02T10:00:00Z'),
      ]);
      expect(kinds(state, '2026-04-03T09:00:00Z')).toContain('spoc-change-notice');
      expect(refusalOf(state, close('2026-04-03T09:00:00Z')).code).toBe('LETTERS_OUTSTANDING');
      const informed = unwrap(
        applyEvent(
          state,
          ev('customer-informed', '2026-04-03T09:00:00Z', {
            about: 'spoc-handover',
            letterDate: '2026-04-03',
          }),
          TEP,
        ),
      );
      expect(informed.spoc?.handover?.customerInformedOn).toBe('2026-04-03');
      expect(unwrap(applyEvent(informed, close('2026-04-03T10:00:00Z'), TEP)).stage).toBe('closed');
    });

    it('a handover told before it happened is refused at customerInformedOn', () => {
      const state = caseAfter(handedOver.slice(0, -1));
      const error = refusalOf(
        state,
        ev('spoc-handover', '2026-04-01T09:00:00Z', {
          to: { ...STAFF.cover },
          temporary: true,
          customerInformedOn: '2026-03-31',
        }),
      );
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues.map((i) => i.path)).toEqual(['event.customerInformedOn']);
    });
  });

  describe('each written decision owes a letter until told', () => {
    it('a variation: owed without a new decision letter, cleared by customer-informed about restriction-varied', () => {
      const varied = caseAfter([
        ...RESTRICTED,
        ev('restriction-varied', '2026-04-01T09:00:00Z', {
          measures: [{ kind: 'single-channel', channel: 'email' }],
        }),
      ]);
      const due = unwrap(obligations(varied, '2026-04-02T09:00:00Z', TEP));
      expect(due.filter((o) => o.overdue).map((o) => [o.kind, o.subject])).toEqual([
        ['variation-letter', 'r-1'],
        ['teams-to-inform', 'r-1'],
      ]);
      const informed = unwrap(
        applyEvent(
          varied,
          ev('customer-informed', '2026-04-02T09:00:00Z', {
            about: 'restriction-varied',
            letterDate: '2026-04-01',
            restrictionId: 'r-1',
          }),
          TEP,
        ),
      );
      expect(kinds(informed, '2026-04-02T09:00:00Z')).not.toContain('variation-letter');
    });

    it('a variation with its own decision letter owes none', () => {
      const varied = caseAfter([
        ...RESTRICTED,
        ev('restriction-varied', '2026-04-01T09:00:00Z', {
          measures: [{ kind: 'single-channel', channel: 'email' }],
          decisionLetterDate: '2026-04-01',
        }),
      ]);
      expect(kinds(varied, '2026-04-02T09:00:00Z')).not.toContain('variation-letter');
    });

    it('a lift: owed without letterDate; a letter dated before the lift is refused with the path', () => {
      const state = caseAfter(RESTRICTED);
      const error = refusalOf(
        state,
        ev('restriction-lifted', '2026-04-01T09:00:00Z', { letterDate: '2026-03-31' }),
      );
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues.map((i) => i.path)).toEqual(['event.letterDate']);
      expect(error.reasons?.[0]?.rule).toBe('TEP-9');

      const lifted = caseAfter([...RESTRICTED, ev('restriction-lifted', '2026-04-01T09:00:00Z', {})]);
      expect(kinds(lifted, '2026-04-01T10:00:00Z')).toEqual(
        expect.arrayContaining(['lift-letter', 'teams-to-inform']),
      );
      // "A letter date never predates the decision it records."
      const early = refusalOf(
        lifted,
        ev('customer-informed', '2026-04-02T09:00:00Z', {
          about: 'restriction-lifted',
          letterDate: '2026-03-30',
        }),
      );
      expect(early.code).toBe('INVALID_INPUT');
      expect(early.issues).toEqual([
        {
          path: 'event.letterDate',
          message: 'expected a letter dated on or after the decision it records (2026-04-01)',
        },
      ]);
    });

    it('"On appeal, a fact sheet with an accompanying letter must be sent to the customer" (TEP-11.2)', () => {
      const appealed = [
        ...RESTRICTED,
        ev('appeal-received', '2026-03-05T09:00:00Z', { grounds: 'disproportionate' }, 'cust-1'),
      ];
      const decided = caseAfter([
        ...appealed,
        {
          ...ev('appeal-decided', '2026-03-20T09:00:00Z', { outcome: 'dismissed' }, STAFF.senior),
          byRole: 'senior-officer',
        } as CaseEvent,
      ]);
      const owed = unwrap(obligations(decided, '2026-03-21T09:00:00Z', TEP)).find(
        (o) => o.kind === 'appeal-outcome-letter',
      );
      expect(owed).toMatchObject({ dueOn: '2026-03-20', overdue: true, subject: 'r-1' });
      expect(owed?.reasons.map((r) => r.rule)).toEqual(['TEP-11.2', 'TEP-11.3']);
      expect(owed?.reasons[0]?.text).toContain('fact sheet');

      const withLetter = caseAfter([
        ...appealed,
        {
          ...ev(
            'appeal-decided',
            '2026-03-20T09:00:00Z',
            { outcome: 'dismissed', letterDate: '2026-03-20' },
            STAFF.senior,
          ),
          byRole: 'senior-officer',
        } as CaseEvent,
      ]);
      expect(kinds(withLetter, '2026-03-21T09:00:00Z')).not.toContain('appeal-outcome-letter');
    });

    it('"A senior officer will ... confirm their decision" (TEP-11.1): a reconsideration outcome is owed until told', () => {
      const decided = caseAfter([
        ...RESTRICTED,
        ev('reconsideration-requested', '2026-05-01T09:00:00Z', {}, 'cust-1'),
        {
          ...ev('reconsideration-decided', '2026-05-10T09:00:00Z', { outcome: 'dismissed' }, STAFF.senior),
          byRole: 'senior-officer',
        } as CaseEvent,
      ]);
      expect(kinds(decided, '2026-05-11T09:00:00Z')).toContain('reconsideration-outcome-letter');
      const informed = unwrap(
        applyEvent(
          decided,
          ev('customer-informed', '2026-05-11T09:00:00Z', {
            about: 'reconsideration-decided',
            letterDate: '2026-05-11',
          }),
          TEP,
        ),
      );
      expect(kinds(informed, '2026-05-11T09:00:00Z')).not.toContain('reconsideration-outcome-letter');
    });

    it('a customer-informed with nothing of its kind owed is refused', () => {
      const error = refusalOf(
        caseAfter(RESTRICTED),
        ev('customer-informed', '2026-04-02T09:00:00Z', {
          about: 'restriction-lifted',
          letterDate: '2026-04-02',
        }),
      );
      expect(error.code).toBe('INVALID_TRANSITION');
      expect(error.issues.map((i) => i.path)).toEqual(['event.about']);
    });
  });

  describe('"Relevant colleagues will be informed of any restrictions put in place" (TEP-5.2, TEP-9)', () => {
    it('imposing, varying and lifting each owe the teams the policy names, until teams-informed', () => {
      const imposed = caseAfter(LADDER);
      const teams = unwrap(obligations(imposed, '2026-03-02T10:00:00Z', TEP)).find(
        (o) => o.kind === 'teams-to-inform',
      );
      expect(teams).toMatchObject({ dueOn: '2026-03-02', subject: 'r-1' });
      expect(teams?.reasons.map((r) => r.rule)).toEqual(['TEP-9', 'TEP-5.2']);
      expect(teams?.reasons[0]?.text).toContain('customer-service-centre, repairs-contractors');

      // One team told: the other is still owed.
      const partly = unwrap(
        applyEvent(
          imposed,
          ev('teams-informed', '2026-03-02T11:00:00Z', { teams: ['customer-service-centre'] }),
          TEP,
        ),
      );
      const left = unwrap(obligations(partly, '2026-03-02T11:00:00Z', TEP)).find(
        (o) => o.kind === 'teams-to-inform',
      );
      expect(left?.reasons[0]?.text).toContain('tell repairs-contractors,');
      const all = unwrap(
        applyEvent(
          partly,
          ev('teams-informed', '2026-03-02T12:00:00Z', { teams: ['repairs-contractors'] }),
          TEP,
        ),
      );
      expect(kinds(all, '2026-03-02T12:00:00Z')).not.toContain('teams-to-inform');
      expect(all.teamNotices).toEqual([
        {
          about: 'restriction-imposed',
          subject: 'r-1',
          decidedAt: '2026-03-02T10:00:00Z',
          decidedOn: '2026-03-02',
          teamsInformed: TEAMS,
          informedOn: '2026-03-02',
        },
      ]);
      // Nothing left to tell them.
      expect(refusalOf(all, told('2026-03-03T09:00:00Z')).code).toBe('INVALID_TRANSITION');
    });

    it('a policy naming no teams owes no such task', () => {
      const none = unwrap(
        definePolicy({ id: 'acme', name: 'Acme', effectiveFrom: '2000-01-01', teams: { toInform: [] } }),
      );
      const state = unwrap(replay(LADDER, none, OPENING));
      expect(unwrap(obligations(state, '2026-03-02T10:00:00Z', none)).map((o) => o.kind)).not.toContain(
        'teams-to-inform',
      );
    });
  });
});
