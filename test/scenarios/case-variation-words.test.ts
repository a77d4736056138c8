// What the audit trail says of a variation (TEP-10, TEP-11.2, TEP-11.3), found reading the golden
// case histories (test/case/golden/): a variation by length alone read "its length and it lasts
// 14 months"; the variation carrying out an appeal decided 'varied' told a new window to appeal
// a decision TEP-11.3 makes final ("the decision ... is final and cannot be appealed against");
// and a letter stating a later last day to appeal was recorded with the policy's earlier one only.
import { describe, expect, it } from 'vitest';
import { type CaseEvent, caseDeadlines, replay } from '../../src/index.js';
import { ev, LADDER, OPENING, STAFF, TEP } from '../case/fixtures.js';
import { unwrap } from '../helpers.js';

/** The reasons the last event of a history records, as rule and words. */
const lastReasons = (events: CaseEvent[]) =>
  unwrap(replay(events, TEP, OPENING))
    .decisions.at(-1)
    ?.reasons.map((r) => [r.rule, r.text]);

const appealVaried: CaseEvent[] = [
  ...LADDER,
  ev('appeal-received', '2026-03-10T09:00:00Z', {}, STAFF.officer),
  {
    ...ev(
      'appeal-decided',
      '2026-03-20T14:00:00Z',
      { outcome: 'varied', letterDate: '2026-03-20' },
      STAFF.senior,
    ),
    byRole: 'senior-officer',
  },
];
const toEmail = (at: string, letterDate: string) =>
  ev('restriction-varied', at, {
    measures: [{ kind: 'single-channel', channel: 'email' }],
    decisionLetterDate: letterDate,
  });

describe('TEP-10: a variation says what it changes', () => {
  it('by length alone: "it lasts 14 months from its start"', () => {
    const reasons = lastReasons([
      ...LADDER,
      ev('restriction-varied', '2026-04-01T10:00:00Z', { months: 14 }),
    ]);
    expect(reasons?.[0]).toEqual([
      'TEP-10',
      "Restriction 'r-1' is adjusted: it lasts 14 months from its start.",
    ]);
  });

  it('measures and length: both', () => {
    const reasons = lastReasons([
      ...LADDER,
      ev('restriction-varied', '2026-04-01T10:00:00Z', { measures: [{ kind: 'no-contact' }], months: 6 }),
    ]);
    expect(reasons?.[0]).toEqual([
      'TEP-10',
      "Restriction 'r-1' is adjusted: its measures are now no-contact and it lasts 6 months from its start.",
    ]);
  });

  it('an answer to a need alone (NF-2): the measures stay as they are', () => {
    const reasons = lastReasons([
      ...LADDER,
      ev('restriction-varied', '2026-04-01T10:00:00Z', { adjustments: ['large-print letters'] }),
    ]);
    expect(reasons).toEqual([
      [
        'TEP-10',
        "Restriction 'r-1' is adjusted: its measures stay as they are, with the adjustments made or the justification for them recorded.",
      ],
    ]);
  });
});

describe('TEP-11.3: the variation carrying out an appeal decided varied is final', () => {
  it('tells no new window to appeal, and signposts the Housing Ombudsman', () => {
    const events = [...appealVaried, toEmail('2026-03-25T10:00:00Z', '2026-03-25')];
    const reasons = lastReasons(events);
    expect(reasons).toEqual([
      ['TEP-10', "Restriction 'r-1' is adjusted: its measures are now single-channel."],
      [
        'TEP-11.3',
        'The variation carries out the appeal decided on Friday 20 March 2026: that decision is final and cannot be appealed against; a customer who remains dissatisfied is signposted to the Housing Ombudsman.',
      ],
    ]);
    // As caseDeadlines says: no window is open.
    const state = unwrap(replay(events, TEP, OPENING));
    expect(unwrap(caseDeadlines(state, TEP)).restrictions[0]?.appealLastDay).toBeNull();
  });

  it('a later variation is a new decision, appealable from its own letter (TEP-11.2)', () => {
    const events = [
      ...appealVaried,
      toEmail('2026-03-25T10:00:00Z', '2026-03-25'),
      ev('restriction-varied', '2026-05-04T10:00:00Z', { months: 6, decisionLetterDate: '2026-05-04' }),
    ];
    expect(lastReasons(events)?.map(([rule]) => rule)).toContain('TEP-11.2');
    expect(lastReasons(events)?.map(([, text]) => text)).toContain(
      'An appeal must be made in writing within 14 calendar days of the date on the decision letter, or the right of appeal is lost: the last day is Monday 18 May 2026.',
    );
  });
});

describe('TEP-11.2: a letter stating a later last day to appeal', () => {
  it('the record says the customer keeps it, as caseDeadlines does', () => {
    const events = [
      ...LADDER,
      ev('restriction-varied', '2026-04-01T10:00:00Z', {
        months: 6,
        decisionLetterDate: '2026-04-01',
        appealLastDayStated: '2026-04-20',
      }),
    ];
    const reasons = lastReasons(events)?.map(([, text]) => text);
    expect(reasons).toContain(
      'An appeal must be made in writing within 14 calendar days of the date on the decision letter, or the right of appeal is lost: the last day is Wednesday 15 April 2026.',
    );
    expect(reasons?.at(-1)).toBe(
      'The decision letter stated a later last day to appeal, Monday 20 April 2026: the customer keeps it.',
    );
    const state = unwrap(replay(events, TEP, OPENING));
    expect(unwrap(caseDeadlines(state, TEP)).restrictions[0]?.appealLastDay).toBe('2026-04-20');
  });

  it('an earlier stated day changes nothing: no such reason', () => {
    const events = [
      ...LADDER,
      ev('restriction-varied', '2026-04-01T10:00:00Z', {
        months: 6,
        decisionLetterDate: '2026-04-01',
        appealLastDayStated: '2026-04-10',
      }),
    ];
    expect(
      lastReasons(events)
        ?.map(([, text]) => text)
        .join(' '),
    ).not.toContain('stated a later last day');
  });
});
