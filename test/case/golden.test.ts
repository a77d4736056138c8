// What a case says, word for word and date for date: each named history of golden-histories.ts
// replayed, and every query the case machine answers about it (its state, deadlines, timeline,
// restrictions and protections for the contact gate; and at three instants around a date the
// history falls due on, the day before, the day and the day after: its obligations, the events
// allowed and blocked, the restrictions and protections in force, and its warning markers),
// compared exactly with the committed JSON in golden/ that a person has read against RULES.md and
// the scenario tests (test/scenarios/case-*.test.ts). A changed word, date, reason or rule id
// fails here.
//
// Read against RULES.md when written: TEP-11.2 appeal within 14 days of the letter (2 March 2026
// -> 16 March), decided within 28 days of receipt (10 March -> 7 April; a decision on 9 April is
// late and says so); TEP-10 reviews every six months from the start (2 March -> 2 September); TEP-6
// oversight quarterly (2 March -> 2 June; overseen 24 August -> 24 November); TEP-2.4 an EIA is
// reviewed with each case review, at once after a change of circumstances, or 6 months after it
// was last assessed; NF-9 markers reviewed after 6 months for moderate (5 January -> 5 July), removed
// after 24; SH-2 Selwood's 12-month period; TEP-11.1 reconsideration within 28 days (1 March -> 29
// March; decided 1 April is late).
//
// To change what a case says on purpose, regenerate and review the diff line by line:
//   UPDATE_GOLDEN=1 npx vitest run --project UTC test/case/golden.test.ts
// Without UPDATE_GOLDEN the test only compares, and never writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  activeProtections,
  activeRestrictions,
  allowedEvents,
  CASE_EVENT_TYPES,
  type CaseState,
  caseDeadlines,
  caseProtections,
  caseRestrictions,
  caseTimeline,
  markers,
  obligations,
  replay,
} from '../../src/index.js';
import { unwrap } from '../helpers.js';
import { OPENING } from './fixtures.js';
import { type GoldenHistory, HISTORIES } from './golden-histories.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

const file = (name: string): URL => new URL(`./golden/${name}.json`, import.meta.url);

/** Everything the case machine answers about a history, as JSON. */
function answers(history: GoldenHistory, state: CaseState): unknown {
  const { policy, instants, reviewsUntil } = history;
  const asked = (instant: string): Record<string, unknown> =>
    JSON.parse(
      JSON.stringify({
        obligations: obligations(state, instant, policy),
        allowedEvents: allowedEvents(state, instant, policy),
        activeRestrictions: activeRestrictions(state, instant),
        activeProtections: activeProtections(state, instant),
        markers: markers(state, instant, policy),
      }),
    );
  // On the due date in full; the day before and after in full where they differ from it, else
  // { sameAs: <the due date's instant> }, so the files stay small and a difference stands out.
  const due = asked(instants[1]);
  const at: Record<string, unknown> = {};
  for (const instant of instants) {
    if (instant === instants[1]) {
      at[instant] = due;
      continue;
    }
    const answer = asked(instant);
    at[instant] = Object.fromEntries(
      Object.entries(answer).map(([query, value]) => [
        query,
        JSON.stringify(value) === JSON.stringify(due[query]) ? { sameAs: instants[1] } : value,
      ]),
    );
  }
  // The timeline's reasons are the audit trail's (state.decisions), checked apart: not pinned twice.
  const timeline = caseTimeline(state, policy);
  const entries = timeline.ok
    ? timeline.value.entries.map(({ reasons: _reasons, ...entry }) => entry)
    : undefined;
  return {
    covers: history.covers,
    dueOn: history.dueOn,
    state,
    caseDeadlines: caseDeadlines(state, policy, reviewsUntil === undefined ? undefined : { reviewsUntil }),
    caseTimeline: timeline.ok ? { entries, mermaid: timeline.value.mermaid } : timeline,
    caseRestrictions: caseRestrictions(state),
    caseProtections: caseProtections(state),
    at,
  };
}

describe('each case history answers word for word what its golden file says', () => {
  it.each(HISTORIES.map((history) => [history.name, history] as const))('%s', (name, history) => {
    const state = unwrap(replay(history.events, history.policy, OPENING));
    // Through JSON, as a CRM stores and reads it: no undefined, no prototype.
    const got = JSON.parse(JSON.stringify(answers(history, state)));
    if (UPDATE) writeFileSync(file(name), `${JSON.stringify(got, null, 2)}\n`);
    expect(got).toEqual(JSON.parse(readFileSync(file(name), 'utf8')));
  });

  it('each timeline entry gives the reasons of its step in the audit trail', () => {
    for (const history of HISTORIES) {
      const state = unwrap(replay(history.events, history.policy, OPENING));
      const [opened, ...steps] = unwrap(caseTimeline(state, history.policy)).entries;
      expect(opened?.reasons).toEqual([]);
      expect(steps.map((entry) => entry.reasons)).toEqual(state.decisions.map((record) => record.reasons));
    }
  });

  it('between them, the histories use every event type', () => {
    const used = new Set(HISTORIES.flatMap((history) => history.events.map((event) => event.type)));
    expect(CASE_EVENT_TYPES.filter((type) => !used.has(type))).toEqual([]);
  });

  it('the instants of each history are the day before, the day and the day after its due date, after its last event', () => {
    for (const history of HISTORIES) {
      const days = history.instants.map((at) => at.slice(0, 10));
      const last = history.events
        .map((event) => event.at)
        .sort()
        .at(-1) as string;
      expect(days[1], history.name).toBe(history.dueOn);
      expect(history.instants[0] >= last || history.name === 'versions-retries-voids', history.name).toBe(
        true,
      );
    }
  });
});
