// Faults the word-for-word letter goldens (test/notices/golden/) surfaced, each fixed as a kind:
// a variation with no new letter offered an appeal day already passed (TEP-11.2); a variation at
// the decision's own instant was not counted as carrying it out (TEP-10, TEP-11.2), in letters and
// obligations alike; a 'vary' review whose restriction was lifted at once said nothing of the lift
// (TEP-10); and the case log named a SPOC the customer did not have (TEP-5.2, TEP-6).
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  type CaseEvent,
  caseDeadlines,
  type Notice,
  noticeContent,
  obligations,
  validateNotice,
} from '../../src/index.js';
import { caseAfter, ev, LADDER, restriction, STAFF, TEP } from '../case/fixtures.js';
import { unwrap } from '../helpers.js';
import { REVIEWED_EIA, SPOC } from '../notices/cases.js';

const elementValue = (notice: Notice, id: string) => notice.elements.find((e) => e.id === id)?.value;
const toPhone = (at: string, extra: Record<string, unknown> = {}): CaseEvent =>
  ev('restriction-varied', at, { measures: [{ kind: 'single-channel', channel: 'phone' }], ...extra });

describe('TEP-11.2 "If they do not do so, they will lose their right of appeal": a variation with no new decision letter', () => {
  // The decision letter of Monday 2 March 2026: the last day to appeal is Monday 16 March (NF-5).
  const variedOn = (day: string) => caseAfter([...LADDER, toPhone(`${day}T09:00:00Z`)]);

  it('after the last day: the letter says the time to appeal ended, and never "write to us by" it', () => {
    const state = variedOn('2026-04-01');
    const notice = unwrap(noticeContent(state, 'restriction-variation', TEP));
    expect(notice.date).toBe('2026-04-01');
    expect(elementValue(notice, 'appeal-deadline')).toEqual([
      'The time to appeal our decision in our letter dated Monday 2 March 2026 ended on Monday 16 March 2026. This change comes without a new decision letter, so it does not start a new time to appeal.',
      'You can still make a complaint, or escalate one, and take your complaint to the Housing Ombudsman Service: these arrangements never stop that.',
    ]);
    expect(elementValue(notice, 'how-to-appeal')).toBeUndefined();
    // TEP-11.1: asking to reconsider is still open under the policy.
    expect(elementValue(notice, 'reconsideration')).toMatch(
      /^If you can show us a better way of dealing with us/,
    );
    expect(JSON.stringify(notice.elements)).not.toContain('Write to us by');
  });

  it('agrees with the case machine: caseDeadlines keeps 16 March, and an appeal on 1 April is out of time', () => {
    const state = variedOn('2026-04-01');
    expect(unwrap(caseDeadlines(state, TEP)).restrictions[0]?.appealLastDay).toBe('2026-03-16');
    const appeal = applyEvent(state, ev('appeal-received', '2026-04-01T10:00:00Z', {}, 'cust-1'), TEP);
    expect(appeal.ok ? undefined : appeal.error.code).toBe('APPEAL_OUT_OF_TIME');
  });

  it('validateNotice requires the lapse told, and flags a letter offering the passed day', () => {
    const state = variedOn('2026-04-01');
    const notice = unwrap(noticeContent(state, 'restriction-variation', TEP));
    const blank = unwrap(validateNotice({ ...notice, elements: [] }, 'restriction-variation', TEP, state));
    const required = blank.missing.map((p) => `${p.element} (${p.rule})`);
    expect(required).toContain('appeal-deadline (TEP-11.2)');
    expect(required).toContain('reconsideration (TEP-11.1)');
    expect(required).not.toContain('how-to-appeal (HO-6)');
    expect(required).not.toContain('ombudsman-signpost (TEP-11.3)');
    const offering = {
      ...notice,
      elements: notice.elements.map((e) => (e.id === 'appeal-deadline' ? { ...e, value: '2026-03-16' } : e)),
    };
    const check = unwrap(validateNotice(offering, 'restriction-variation', TEP, state));
    expect(check.wrong.map((p) => p.element)).toEqual(['appeal-deadline']);
    expect(check.wrong[0]?.message).toMatch(
      /^The letter offers an appeal until Monday 16 March 2026, but the time to appeal has passed/,
    );
  });

  it('on the last day itself (16 March): the appeal is still open, and the letter gives that day', () => {
    const notice = unwrap(noticeContent(variedOn('2026-03-16'), 'restriction-variation', TEP));
    expect(elementValue(notice, 'appeal-deadline')).toBe('2026-03-16');
    expect(elementValue(notice, 'how-to-appeal')).toEqual(
      expect.arrayContaining([expect.stringContaining('Write to us by Monday 16 March 2026')]),
    );
  });

  it('the day after (17 March): the time has passed', () => {
    const notice = unwrap(noticeContent(variedOn('2026-03-17'), 'restriction-variation', TEP));
    expect(Array.isArray(elementValue(notice, 'appeal-deadline'))).toBe(true);
    expect(elementValue(notice, 'how-to-appeal')).toBeUndefined();
  });

  it('with a new decision letter the variation opens its own appeal, counted from that letter', () => {
    const state = caseAfter([
      ...LADDER,
      toPhone('2026-04-01T09:00:00Z', { decisionLetterDate: '2026-04-01' }),
    ]);
    const notice = unwrap(noticeContent(state, 'restriction-variation', TEP));
    expect(elementValue(notice, 'appeal-deadline')).toBe('2026-04-15');
  });

  it('a policy with no route to reconsider: no reconsideration element is offered or required', () => {
    const policy = { ...TEP, reconsideration: null };
    const state = caseAfter([...LADDER, toPhone('2026-04-01T09:00:00Z')], policy);
    const notice = unwrap(noticeContent(state, 'restriction-variation', policy));
    expect(elementValue(notice, 'reconsideration')).toBeUndefined();
    expect(unwrap(validateNotice(notice, 'restriction-variation', policy, state))).toEqual({
      missing: [],
      wrong: [],
    });
  });
});

describe('TEP-10, TEP-11.2: a variation on or after the decision that required it carries it out', () => {
  const REVIEW_AT = '2026-09-01T09:00:00Z';
  const reviewedVary = [...LADDER, REVIEWED_EIA, ev('case-reviewed', REVIEW_AT, { outcome: 'vary' })];
  const owed = (events: CaseEvent[], at: string) =>
    unwrap(obligations(caseAfter(events), at, TEP)).filter((o) => o.kind === 'variation-to-carry-out');
  const reviewWords = (events: CaseEvent[]) =>
    elementValue(unwrap(noticeContent(caseAfter(events), 'review-outcome', TEP)), 'decision-and-reasons');

  it('a variation a millisecond before the review does not carry it out: still owed, still to follow', () => {
    // The review at 09:00:00.000 with the variation recorded first, at 08:59:59.999.
    const events = [
      ...LADDER,
      REVIEWED_EIA,
      toPhone('2026-09-01T08:59:59.999Z'),
      ev('case-reviewed', REVIEW_AT, { outcome: 'vary' }),
    ];
    expect(owed(events, '2026-09-02T09:00:00Z')).toHaveLength(1);
    expect(reviewWords(events)).toContain(
      'We will write to you with the changed arrangements once they are made. Until then, the arrangements below still apply.',
    );
  });

  it('at the same instant: carried out, owed no more, and the letter gives the new measures as made', () => {
    const events = [...reviewedVary, toPhone(REVIEW_AT)];
    expect(owed(events, '2026-09-02T09:00:00Z')).toEqual([]);
    expect(reviewWords(events)).toContain('We have made the change: the new arrangements are set out below.');
    const notice = unwrap(noticeContent(caseAfter(events), 'review-outcome', TEP));
    expect(elementValue(notice, 'measures')).toEqual(['Please contact us by telephone only.']);
  });

  it('after it: carried out', () => {
    const events = [...reviewedVary, toPhone('2026-09-01T09:00:00.001Z')];
    expect(owed(events, '2026-09-02T09:00:00Z')).toEqual([]);
    expect(reviewWords(events)).toContain('We have made the change: the new arrangements are set out below.');
  });

  describe('an appeal decided varied', () => {
    const DECIDED_AT = '2026-03-20T09:00:00Z';
    const appealVaried = [
      ...LADDER,
      SPOC,
      ev('appeal-received', '2026-03-05T09:00:00Z', {}, 'cust-1'),
      ev('appeal-decided', DECIDED_AT, { outcome: 'varied', byRole: 'senior-officer' }, STAFF.senior),
    ];
    const appealWords = (events: CaseEvent[]) =>
      elementValue(unwrap(noticeContent(caseAfter(events), 'appeal-outcome', TEP)), 'decision-and-reasons');

    it('before the decision is recorded, the change is owed and to follow', () => {
      expect(owed(appealVaried, '2026-03-21T09:00:00Z')).toHaveLength(1);
      expect(appealWords(appealVaried)).toContain(
        'We will write to you with the changed arrangements once they are made. Until then, the arrangements below still apply.',
      );
    });

    it('a variation at the same instant carries it out, and is final (TEP-11.3): a later one opens a new appeal', () => {
      const atOnce = [...appealVaried, toPhone(DECIDED_AT, { decisionLetterDate: '2026-03-20' })];
      expect(owed(atOnce, '2026-03-21T09:00:00Z')).toEqual([]);
      expect(appealWords(atOnce)).toEqual([
        'We have decided your appeal.',
        'We have decided to change the limits on how you can contact us. The new arrangements are set out below.',
      ]);
      const state = caseAfter(atOnce);
      expect(state.decisions.at(-1)?.reasons.map((r) => r.rule)).toContain('TEP-11.3');
      expect(unwrap(caseDeadlines(state, TEP)).restrictions[0]?.appealLastDay).toBeNull();
      // A later variation with its own letter is the landlord's new decision, appealable from it.
      const later = caseAfter([
        ...atOnce,
        ev('restriction-varied', '2026-05-01T09:00:00Z', {
          measures: [{ kind: 'written-only' }],
          decisionLetterDate: '2026-05-01',
        }),
      ]);
      expect(unwrap(caseDeadlines(later, TEP)).restrictions[0]?.appealLastDay).toBe('2026-05-15');
    });
  });
});

describe('TEP-10 "In all instances we will write to the customer to inform them about the outcome of the review": lifted at the review', () => {
  const REVIEW_AT = '2026-09-01T09:00:00Z';
  const liftedAt = (outcome: 'vary' | 'continue', at: string) => [
    ...LADDER,
    REVIEWED_EIA,
    ev('case-reviewed', REVIEW_AT, { outcome }),
    ev('restriction-lifted', at, { restrictionId: 'r-1' }, STAFF.senior),
  ];
  const words = (events: CaseEvent[]) =>
    elementValue(unwrap(noticeContent(caseAfter(events), 'review-outcome', TEP)), 'decision-and-reasons');

  it("a 'vary' review with the restriction lifted at once says it was lifted, and no change is owed", () => {
    const events = liftedAt('vary', REVIEW_AT);
    expect(words(events)).toEqual([
      'We reviewed your case on Tuesday 1 September 2026.',
      'We have removed the limits on how you can contact us, rather than change them. You can contact us in the usual way again.',
    ]);
    const owed = unwrap(obligations(caseAfter(events), '2026-09-02T09:00:00Z', TEP));
    expect(owed.filter((o) => o.kind === 'variation-to-carry-out')).toEqual([]);
  });

  it("a 'continue' review with the restriction lifted at once says it was lifted", () => {
    expect(words(liftedAt('continue', REVIEW_AT))).toEqual([
      'We reviewed your case on Tuesday 1 September 2026.',
      'We have removed the limits on how you can contact us. You can contact us in the usual way again.',
    ]);
  });

  it('lifted a millisecond later: the review told as it was, the change to follow, the next review as it then stood', () => {
    const notice = unwrap(
      noticeContent(caseAfter(liftedAt('vary', '2026-09-01T09:00:00.001Z')), 'review-outcome', TEP),
    );
    expect(elementValue(notice, 'decision-and-reasons')).toContain(
      'We will write to you with the changed arrangements once they are made. Until then, the arrangements below still apply.',
    );
    expect(elementValue(notice, 'next-review')).toBe('2027-03-01');
  });
});

describe('TEP-5.2, TEP-6: the case log names the single point of contact only where there is one', () => {
  const imposedReason = (events: CaseEvent[]) =>
    caseAfter(events)
      .decisions.find((d) => d.type === 'restriction-imposed')
      ?.reasons.find((r) => r.rule === 'TEP-5.2' && r.text.startsWith('The customer is told in writing'))
      ?.text;

  it('with no SPOC: reasons, arrangements and length, and no SPOC', () => {
    expect(imposedReason(LADDER)).toBe(
      'The customer is told in writing (letter dated Monday 2 March 2026) the reasons, the arrangements (written-only), and how long the restriction lasts.',
    );
  });

  it('with a SPOC assigned before: the SPOC too', () => {
    const events = [
      ...LADDER.slice(0, -1),
      ev('spoc-assigned', '2026-03-01T09:00:00Z', { spoc: STAFF.spoc }),
      restriction('2026-03-02T10:00:00Z'),
    ];
    expect(imposedReason(events)).toBe(
      'The customer is told in writing (letter dated Monday 2 March 2026) the reasons, the arrangements (written-only), the single point of contact, and how long the restriction lasts.',
    );
  });
});

describe('TEP-11.2: an appeal decided with the restriction lifted at the same instant', () => {
  const DECIDED_AT = '2026-03-20T09:00:00Z';
  const decided = (outcome: 'varied' | 'dismissed', liftedAt: string) => [
    ...LADDER,
    ev('appeal-received', '2026-03-05T09:00:00Z', {}, 'cust-1'),
    ev('appeal-decided', DECIDED_AT, { outcome, byRole: 'senior-officer' }, STAFF.senior),
    ev('restriction-lifted', liftedAt, { restrictionId: 'r-1' }, STAFF.senior),
  ];
  const words = (events: CaseEvent[]) =>
    elementValue(unwrap(noticeContent(caseAfter(events), 'appeal-outcome', TEP)), 'decision-and-reasons');

  it.each(['varied', 'dismissed'] as const)(
    '%s, lifted at once: the letter says the limits were lifted',
    (outcome) => {
      expect(words(decided(outcome, DECIDED_AT))).toEqual([
        'We have decided your appeal.',
        'We have lifted the limits on how you can contact us. You can contact us in the usual way again.',
      ]);
    },
  );

  it('varied, lifted a millisecond later: the lift is a later step, not this decision', () => {
    expect(words(decided('varied', '2026-03-20T09:00:00.001Z'))).not.toContain(
      'We have lifted the limits on how you can contact us. You can contact us in the usual way again.',
    );
  });
});
