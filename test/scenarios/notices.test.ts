// Every kind of letter the sources require, drawn from a scenario case and checked element by
// element against the sentences that require it.
import { describe, expect, it } from 'vitest';
import { definePolicy, type Notice, noticeContent, presets } from '../../src/index.js';
import { caseAfter, ev, LADDER, STAFF, TEP } from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';
import { elementOf, idsOf, REVIEWED_EIA, SCENARIOS, scenario } from '../notices/cases.js';

const draw = (kind: Notice['kind'], options?: { restrictionId?: string; date?: string }): Notice =>
  unwrap(noticeContent(scenario(kind), kind, TEP, options));

describe('written warning (TEP 4: "a formal written warning may be sent and placed on the customer’s file")', () => {
  const notice = draw('written-warning');

  it('is dated as the warning letter, and names the incidents it warns about', () => {
    expect(notice.date).toBe('2026-01-22');
    expect(elementOf(notice, 'behaviour-and-evidence')).toMatchObject({ rule: 'HO-5' });
    expect(elementOf(notice, 'behaviour-and-evidence').value).toHaveLength(2);
  });

  it('says it goes on file, and what follows if the behaviour persists (TEP-4.4)', () => {
    expect(elementOf(notice, 'decision-and-reasons').value).toContain(
      'We will keep this warning on your file.',
    );
    expect(elementOf(notice, 'what-happens-next')).toMatchObject({ rule: 'TEP-4.4' });
    expect(String(elementOf(notice, 'what-happens-next').value)).toMatch(/limit how you can contact us/);
  });

  it('keeps complaints and the Ombudsman open (NF-3), and offers adjustments and a nominated person (SH-3)', () => {
    expect(elementOf(notice, 'always-reportable')).toMatchObject({ rule: 'NF-3' });
    expect(elementOf(notice, 'always-reportable').value).toHaveLength(2);
    expect(elementOf(notice, 'adjustments-offer').rule).toBe('SH-3');
    expect(elementOf(notice, 'nominated-person-offer').rule).toBe('SH-3');
  });
});

describe('restriction decision (TEP 5: "the reasons ... the details of the restricted contact arrangements, including details of the SPOC and the length of time")', () => {
  const notice = draw('restriction-decision');

  it('is dated as the decision letter and concerns the restriction', () => {
    expect(notice).toMatchObject({
      kind: 'restriction-decision',
      caseId: 'case-1',
      customerId: 'cust-1',
      subject: 'r-1',
      date: '2026-03-02',
    });
  });

  it('gives the reasons and the incidents the restriction rests on (TEP-5.2, NF-1)', () => {
    expect(elementOf(notice, 'decision-and-reasons').rule).toBe('TEP-5.2');
    expect(elementOf(notice, 'decision-and-reasons').value).toContain(
      'We gave you a written warning on Thursday 22 January 2026, and the behaviour continued.',
    );
    expect(elementOf(notice, 'behaviour-and-evidence')).toMatchObject({ rule: 'NF-1' });
    expect(elementOf(notice, 'behaviour-and-evidence').value).toHaveLength(3);
  });

  it('sets out the arrangements in plain words, and the SPOC (TEP-5.2)', () => {
    expect(elementOf(notice, 'measures')).toEqual({
      id: 'measures',
      value: ['Please contact us in writing only: by email, letter or web form.'],
      rule: 'TEP-5.2',
    });
    expect(String(elementOf(notice, 'spoc').value)).toMatch(/^Sam Patel is your single point of contact/);
  });

  it('says how long it lasts and when it is reviewed (TEP-5.2, TEP-10)', () => {
    expect(elementOf(notice, 'starts-on').value).toBe('2026-03-02');
    expect(elementOf(notice, 'last-day-in-force').value).toBe('2027-03-01');
    expect(elementOf(notice, 'next-review')).toEqual({
      id: 'next-review',
      value: '2026-09-02',
      rule: 'TEP-10',
    });
  });

  it('gives the last day to appeal from caseDeadlines, and how and to whom (TEP-11.2, HO-6, SH-5)', () => {
    expect(elementOf(notice, 'appeal-deadline')).toEqual({
      id: 'appeal-deadline',
      value: '2026-03-16',
      rule: 'TEP-11.2',
    });
    const how = elementOf(notice, 'how-to-appeal');
    expect(how.rule).toBe('HO-6');
    expect(how.value).toContain('Please send your appeal in a way these arrangements allow.');
    expect(String(how.value)).toMatch(/Write to us by Monday 16 March 2026/);
    expect(String(how.value)).toMatch(/lose your right to appeal/);
    expect(String(how.value)).toMatch(/not involved in this decision\. It is not handled as a complaint/);
  });

  it('lists every exclusion and keeps complaints and the Ombudsman open (TEP-7, NF-3)', () => {
    const lines = elementOf(notice, 'always-reportable').value as string[];
    expect(elementOf(notice, 'always-reportable').rule).toBe('TEP-7');
    for (const words of [
      'Critical anti-social',
      'New repairs',
      'Urgent repairs',
      'Emergencies',
      'Safeguarding',
      'Domestic violence',
      'make a complaint',
      'Housing Ombudsman',
    ]) {
      expect(
        lines.some((line) => line.includes(words)),
        words,
      ).toBe(true);
    }
  });

  it('offers adjustments and a nominated person (SH-3), and says who decided (NF-8)', () => {
    expect(idsOf(notice)).toEqual(expect.arrayContaining(['adjustments-offer', 'nominated-person-offer']));
    expect(elementOf(notice, 'decided-by').value).toBe('This decision was made by hm-1.');
  });

  it('names the needs the EIA recorded in the adjustments offer (NF-8)', () => {
    const events = LADDER.map((e) => (e.type === 'eia-completed' ? { ...e, needs: ['large-print'] } : e));
    const state = caseAfter(events as typeof LADDER);
    const offer = elementOf(unwrap(noticeContent(state, 'restriction-decision', TEP)), 'adjustments-offer');
    expect(String(offer.value)).toMatch(/We have taken into account what we know: /);
  });

  it('carries the decision’s reasons and, per element, the rule and the sentence requiring it', () => {
    expect(notice.reasons.some((r) => r.rule === 'TEP-5.1')).toBe(true);
    expect(notice.reasons.some((r) => r.text.includes('including details of the SPOC'))).toBe(true);
  });

  it('takes the date on the letter from the options, never the clock', () => {
    expect(draw('restriction-decision', { date: '2026-03-02' }).date).toBe('2026-03-02');
    expect(draw('restriction-lifted', { date: '2026-06-10' }).date).toBe('2026-06-10');
  });

  it('under a policy with no internal appeal: final, with the Ombudsman signposted (TEP-11.3)', () => {
    const noAppeal = unwrap(
      definePolicy({ id: 'no-appeal', name: 'No appeal', effectiveFrom: '2020-01-01', appeal: null }),
    );
    const final = unwrap(
      noticeContent(caseAfter(SCENARIOS['restriction-decision'], noAppeal), 'restriction-decision', noAppeal),
    );
    expect(elementOf(final, 'appeal-deadline')).toEqual({
      id: 'appeal-deadline',
      value: 'no internal appeal: the decision is final',
      rule: 'TEP-11.3',
    });
    expect(elementOf(final, 'ombudsman-signpost').rule).toBe('TEP-11.3');
    expect(idsOf(final)).not.toContain('how-to-appeal');
  });

  it('an open-ended restriction has no last day in force (null)', () => {
    const open = unwrap(
      definePolicy({
        id: 'open',
        name: 'Open',
        effectiveFrom: '2020-01-01',
        restriction: { defaultMonths: null, openEnded: true },
      }),
    );
    const events = LADDER.map((e) =>
      e.type === 'restriction-imposed'
        ? { ...e, restriction: { id: 'r-1', startsOn: '2026-03-02', measures: [{ kind: 'written-only' }] } }
        : e,
    );
    const notice = unwrap(
      noticeContent(caseAfter(events as typeof LADDER, open), 'restriction-decision', open),
    );
    expect(elementOf(notice, 'last-day-in-force').value).toBeNull();
  });

  it('labels a library default as one: the Ombudsman’s policy sets no time limit to appeal', () => {
    const ho = presets.housingOmbudsman2021;
    const notice = unwrap(
      noticeContent(caseAfter(SCENARIOS['restriction-decision'], ho), 'restriction-decision', ho),
    );
    expect(String(elementOf(notice, 'how-to-appeal').value)).toMatch(
      /a default of our case system: our published policy does not set one/,
    );
    expect(
      notice.reasons.some(
        (r) => r.rule === 'TEP-11.2' && r.text.startsWith('Library default for "Appeal window"'),
      ),
    ).toBe(true);
  });

  it('names the policy’s authority for appeals where it sets one (SH-5)', () => {
    const selwood = presets.selwood;
    const state = caseAfter(SCENARIOS['restriction-decision'], selwood);
    const how = elementOf(unwrap(noticeContent(state, 'restriction-decision', selwood)), 'how-to-appeal');
    expect(String(how.value)).toMatch(/senior manager/);
  });
});

describe('restriction variation (TEP 9: "the customer is kept updated about decisions and changes")', () => {
  const notice = draw('restriction-variation');

  it('tells the new arrangements, dated as the variation’s letter', () => {
    expect(notice.date).toBe('2026-04-01');
    expect(elementOf(notice, 'decision-and-reasons').rule).toBe('TEP-9');
    expect(elementOf(notice, 'measures').value).toEqual(['Please contact us by email only.']);
    expect(elementOf(notice, 'last-day-in-force').value).toBe('2027-03-01');
  });

  it('a new letter opens a new appeal window (TEP-11.2)', () => {
    expect(elementOf(notice, 'appeal-deadline').value).toBe('2026-04-15');
  });

  it('a variation carrying out a decided appeal is final (TEP-11.3); a later one is a new decision (TEP-11.2)', () => {
    const decidedVaried = SCENARIOS['appeal-outcome'].map((event) =>
      event.type === 'appeal-decided' ? { ...event, outcome: 'varied' as const } : event,
    );
    const carriedOut = caseAfter([
      ...decidedVaried,
      ev('restriction-varied', '2026-03-21T09:00:00Z', {
        measures: [{ kind: 'single-channel', channel: 'email' }],
      }),
    ]);
    const final = unwrap(noticeContent(carriedOut, 'restriction-variation', TEP));
    expect(elementOf(final, 'appeal-deadline').rule).toBe('TEP-11.3');
    expect(idsOf(final)).toContain('ombudsman-signpost');
    // After a dismissed appeal, a variation is the landlord's new decision: appealable from its letter.
    const varied = caseAfter([
      ...SCENARIOS['appeal-outcome'],
      ev('restriction-varied', '2026-03-21T09:00:00Z', {
        measures: [{ kind: 'single-channel', channel: 'email' }],
        decisionLetterDate: '2026-03-21',
      }),
    ]);
    const appealable = unwrap(noticeContent(varied, 'restriction-variation', TEP));
    expect(elementOf(appealable, 'appeal-deadline').value).toBe('2026-04-04');
  });

  it('is refused when no restriction was varied', () => {
    const error = refusal(
      noticeContent(scenario('restriction-decision'), 'restriction-variation', TEP),
      'NOTICE_NOT_APPLICABLE',
    );
    expect(error.issues[0]?.path).toBe('kind');
  });
});

describe('review outcome (TEP 10: "In all instances we will write to the customer to inform them about the outcome of the review")', () => {
  const notice = draw('review-outcome');

  it('tells the outcome, dated as the review letter', () => {
    expect(notice.date).toBe('2026-09-01');
    expect(elementOf(notice, 'decision-and-reasons').value).toEqual([
      'We reviewed your case on Tuesday 1 September 2026.',
      'The limits on how you can contact us stay in place, as they are.',
    ]);
  });

  it('where the restriction remains, its terms and the next review (TEP-10)', () => {
    expect(elementOf(notice, 'measures').rule).toBe('TEP-5.2');
    expect(elementOf(notice, 'next-review').value).toBe('2027-03-01');
    expect(elementOf(notice, 'adjustments-offer').rule).toBe('TEP-2.4');
  });

  it('a review that lifts tells no terms', () => {
    const state = caseAfter([
      ...LADDER,
      REVIEWED_EIA,
      ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome: 'lift' }),
    ]);
    const lifted = unwrap(noticeContent(state, 'review-outcome', TEP));
    expect(lifted.date).toBe('2026-09-01');
    expect(idsOf(lifted)).not.toContain('measures');
  });
});

describe('appeal outcome (TEP 11: "On appeal, a fact sheet with an accompanying letter must be sent")', () => {
  const notice = draw('appeal-outcome');

  it('tells the outcome with a fact sheet (TEP-11.2)', () => {
    expect(notice.date).toBe('2026-03-20');
    expect(elementOf(notice, 'fact-sheet').rule).toBe('TEP-11.2');
    expect(elementOf(notice, 'fact-sheet').value).toEqual(
      expect.arrayContaining([
        'We received your request on Thursday 5 March 2026.',
        'Your reasons: disproportionate',
        'We had to decide by Thursday 2 April 2026.',
        'The outcome: your appeal was dismissed.',
      ]),
    );
  });

  it('decided by someone not involved (NF-4), final, with the Ombudsman signposted (TEP-11.3)', () => {
    expect(elementOf(notice, 'decided-by')).toEqual({
      id: 'decided-by',
      value: 'This decision was made by so-9.',
      rule: 'NF-4',
    });
    expect(elementOf(notice, 'ombudsman-signpost').rule).toBe('TEP-11.3');
    expect(idsOf(notice)).not.toContain('how-to-appeal');
  });

  it('is refused when no appeal was decided', () => {
    refusal(noticeContent(scenario('restriction-decision'), 'appeal-outcome', TEP), 'NOTICE_NOT_APPLICABLE');
  });
});

describe('reconsideration outcome (TEP 11: "A senior officer will ... confirm their decision within 28 days")', () => {
  const notice = draw('reconsideration-outcome');

  it('tells the senior officer’s decision, final (TEP-11.1, TEP-11.3)', () => {
    expect(notice.date).toBe('2026-05-20');
    expect(elementOf(notice, 'decision-and-reasons').rule).toBe('TEP-11.1');
    expect(elementOf(notice, 'decision-and-reasons').value).toContain(
      'We agree with you. We have lifted the limits on how you can contact us.',
    );
    expect(elementOf(notice, 'ombudsman-signpost').rule).toBe('TEP-11.3');
  });

  it('upheld, so no terms remain to tell', () => {
    expect(idsOf(notice)).not.toContain('measures');
  });
});

describe('breach warning (TEP 8: "advises the customer to refrain from ignoring our restrictions and warns of the potential action")', () => {
  const notice = draw('breach-warning');

  it('is dated as the warning letter, and names the breach and its incident', () => {
    expect(notice.date).toBe('2026-04-07');
    const lines = elementOf(notice, 'behaviour-and-evidence').value as string[];
    expect(lines[0]).toMatch(/^Monday 6 April 2026: you contacted us in a way/);
    expect(lines[1]).toMatch(/shouting \(repeatedly\)/);
  });

  it('restates the arrangements, and warns of each legal step in order (TEP-8)', () => {
    expect(elementOf(notice, 'measures').rule).toBe('TEP-8');
    const next = (elementOf(notice, 'what-happens-next').value as string[]).join(' ');
    expect(next).toMatch(
      /legal advice.*legal warning letter.*injunction.*civil restraint order.*Notice of Seeking Possession/,
    );
  });
});

describe('SPOC change (TEP 6: "the customer must be informed of the change in SPOC, even if that is only for a short period")', () => {
  const notice = draw('spoc-change');

  it('names the new SPOC, from when, and that the change is temporary', () => {
    expect(notice).toMatchObject({ subject: 'sp-2', date: '2026-06-01' });
    expect(String(elementOf(notice, 'spoc').value)).toMatch(
      /^Chris Doyle is now your single point of contact/,
    );
    expect(elementOf(notice, 'starts-on').value).toBe('2026-06-01');
    expect(String(elementOf(notice, 'decision-and-reasons').value)).toMatch(/for a short time/);
  });

  it('says a change of SPOC can be asked for (SH-4)', () => {
    expect(elementOf(notice, 'spoc-change-request').rule).toBe('SH-4');
  });
});

describe('restriction lifted (TEP 10: the measures "are adjusted or removed")', () => {
  const notice = draw('restriction-lifted');

  it('says it is lifted, from when', () => {
    expect(notice.date).toBe('2026-06-05');
    expect(elementOf(notice, 'decision-and-reasons').value).toEqual([
      'We have decided to lift the limits on how you can contact us.',
      'You can contact us in the usual way again.',
    ]);
    expect(elementOf(notice, 'last-day-in-force')).toEqual({
      id: 'last-day-in-force',
      value: '2026-06-05',
      rule: 'TEP-10',
    });
  });

  it('an appeal upheld lifts, and says so', () => {
    const state = caseAfter([
      ...LADDER,
      ev('appeal-received', '2026-03-05T09:00:00Z', {}, 'cust-1'),
      ev(
        'appeal-decided',
        '2026-03-20T09:00:00Z',
        { outcome: 'upheld', byRole: 'senior-officer' },
        STAFF.senior,
      ),
    ]);
    const lifted = unwrap(noticeContent(state, 'restriction-lifted', TEP));
    expect(elementOf(lifted, 'decision-and-reasons').value).toContain(
      'Your appeal succeeded, so we have lifted the limits on how you can contact us.',
    );
  });
});

describe('bad input and kinds with nothing to tell', () => {
  it('every kind is refused on a newly opened case, with the path kind', () => {
    const opened = caseAfter([LADDER[0] as (typeof LADDER)[number]]);
    for (const kind of Object.keys(SCENARIOS) as Notice['kind'][]) {
      const error = refusal(noticeContent(opened, kind, TEP), 'NOTICE_NOT_APPLICABLE');
      expect(error.issues[0]?.path).toBe('kind');
    }
  });

  it('an unknown kind, an unknown restriction and an unknown option are refused by path', () => {
    const state = scenario('restriction-decision');
    expect(refusal(noticeContent(state, 'letter' as never, TEP), 'INVALID_INPUT').issues[0]?.path).toBe(
      'kind',
    );
    expect(
      refusal(
        noticeContent(state, 'restriction-decision', TEP, { restrictionId: 'r-9' }),
        'NOTICE_NOT_APPLICABLE',
      ).issues[0]?.path,
    ).toBe('options.restrictionId');
    expect(
      refusal(noticeContent(state, 'restriction-decision', TEP, { when: 'now' } as never), 'INVALID_INPUT')
        .issues[0]?.path,
    ).toBe('options.when');
    expect(
      refusal(noticeContent(null as never, 'restriction-decision', TEP), 'INVALID_INPUT').issues[0]?.path,
    ).toBe('state');
  });
});

describe('TEP-11.2, HO-6: an outcome letter carries the date the paper trail records for it', () => {
  it('is dated as the customer-informed event recorded, not the day of the decision', () => {
    const told = caseAfter([
      ...SCENARIOS['appeal-outcome'],
      ev('customer-informed', '2026-03-23T09:00:00Z', {
        about: 'appeal-decided',
        letterDate: '2026-03-23',
      }),
    ]);
    expect(unwrap(noticeContent(told, 'appeal-outcome', TEP)).date).toBe('2026-03-23');
    // Still owed: the day of the decision, until the letter is recorded.
    expect(unwrap(noticeContent(scenario('appeal-outcome'), 'appeal-outcome', TEP)).date).toBe('2026-03-20');
  });
});
