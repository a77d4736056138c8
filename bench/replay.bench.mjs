// replay: a whole case history folded into its state, validated once at the door; against
// applyEvent one event at a time, which validates the state, the event and the policy each time.
// The histories are built deterministically, so every run measures the same work.
import { isDeepStrictEqual } from 'node:util';
import { assign, initialTransition, setup, transition } from 'xstate';
import { applyEvent, openCase, presets, replay } from '../dist/index.js';
import { measure, ratio, report } from './measure.mjs';

const policy = presets.tenancyEnforcementProcedure;
const opening = { caseId: 'bench-1', customerId: 'cust-1', openedAt: '2026-01-05T09:00:00Z' };
const HOUR = 3_600_000;
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

const incident = (id, at) => ({
  type: 'incident-recorded',
  at,
  by: 'ho-1',
  incident: {
    id,
    occurredAt: at,
    channel: 'phone',
    actor: 'customer',
    target: 'staff',
    behaviours: [{ code: 'swearing', persistent: true }],
  },
});

/** The TEP ladder to a 120-month restriction with a SPOC, then `cycles` rounds of incident, breach, review and oversight. */
function history(cycles) {
  let t = Date.parse(opening.openedAt) + HOUR;
  const next = (hours = 24) => {
    t += hours * HOUR;
    return iso(t);
  };
  const events = [
    incident('inc-0', next()),
    { type: 'informal-action-taken', at: next(), by: 'ho-1', kind: 'initial-warning' },
    incident('inc-1', next()),
    { type: 'eia-completed', at: next(), by: 'hm-1', needs: ['hearing-impairment'], proportionate: true },
    { type: 'written-warning-issued', at: next(), by: 'hm-1', letterDate: iso(t).slice(0, 10) },
    incident('inc-2', next()),
  ];
  const day = next().slice(0, 10);
  events.push(
    {
      type: 'restriction-imposed',
      at: iso(t),
      by: 'hm-1',
      restriction: {
        id: 'r-1',
        startsOn: day,
        months: 120,
        measures: [{ kind: 'single-channel', channel: 'email' }, { kind: 'spoc-only' }],
        spoc: { staffId: 'sp-1', name: 'Sam Patel' },
      },
      decisionLetterDate: day,
    },
    { type: 'appeal-received', at: next(), by: 'ho-1', grounds: 'provoked' },
    { type: 'appeal-decided', at: next(), by: 'so-9', byRole: 'senior-officer', outcome: 'dismissed' },
  );
  for (let i = 0; i < cycles; i++) {
    events.push(
      incident(`inc-c${i}`, next(8)),
      { type: 'restriction-breached', at: next(1), by: 'sp-1', incidentId: `inc-c${i}` },
      {
        type: 'interaction-ended',
        at: next(1),
        by: 'sp-1',
        channel: 'phone',
        incidentId: `inc-c${i}`,
        customerTold: true,
      },
      { type: 'spoc-oversight-reviewed', at: next(8), by: 'hm-1' },
      { type: 'eia-reviewed', at: next(1), by: 'hm-1', needs: ['hearing-impairment'], proportionate: true },
      {
        type: 'case-reviewed',
        at: next(1),
        by: 'hm-1',
        outcome: 'continue',
        letterDate: iso(t).slice(0, 10),
      },
    );
  }
  return events;
}

/** applyEvent, one event at a time, as a CRM storing the state between events would. */
function oneByOne(events) {
  let state = openCase(opening).value;
  for (const event of events) {
    const result = applyEvent(state, event, policy);
    if (!result.ok) throw new Error(`${event.type}: ${result.error.message}`);
    state = result.value;
  }
  return state;
}

const typical = history(5); // 39 events
const long = history(165); // 999 events

// The two ways must agree before their speed means anything.
for (const events of [typical, long]) {
  const replayed = replay(events, policy, opening);
  if (!replayed.ok)
    throw new Error(`replay refused event ${replayed.error.index}: ${replayed.error.message}`);
  if (!isDeepStrictEqual(replayed.value, oneByOne(events))) throw new Error('replay and applyEvent disagree');
}

const typicalReplay = measure(() => replay(typical, policy, opening).ok, { perRound: 20 });
report(`replay, ${typical.length} events (ladder, restriction, appeal, cycles)`, typicalReplay);
const typicalSteps = measure(() => oneByOne(typical).stage === 'restricted', { perRound: 5 });
report(`applyEvent one by one, ${typical.length} events`, typicalSteps);
ratio('replay vs applyEvent one by one', typicalReplay, typicalSteps);

// --- XState: the same histories folded by XState's pure transition() -----------------------------
// A machine of the same stages and events, each event's record appended to the context as
// XState's own idiom has it (assign with a new array), with guards for the ladder: less than the
// case machine checks (no authority, EIA, deadlines or reasons), so a fair floor for a peer.
const record = assign({ events: ({ context, event }) => [...context.events, event] });
const caseMachine = setup({
  actions: { record },
  guards: { warned: ({ context }) => context.events.some((e) => e.type === 'written-warning-issued') },
}).createMachine({
  id: 'case',
  initial: 'opened',
  context: { events: [] },
  on: {
    'incident-recorded': { actions: 'record' },
    'eia-completed': { actions: 'record' },
    'eia-reviewed': { actions: 'record' },
    'spoc-oversight-reviewed': { actions: 'record' },
    'interaction-ended': { actions: 'record' },
  },
  states: {
    opened: { on: { 'informal-action-taken': { target: 'informal', actions: 'record' } } },
    informal: { on: { 'written-warning-issued': { target: 'warned', actions: 'record' } } },
    warned: { on: { 'restriction-imposed': { target: 'restricted', guard: 'warned', actions: 'record' } } },
    restricted: {
      on: {
        'appeal-received': { target: 'appealed', actions: 'record' },
        'restriction-breached': { actions: 'record' },
        'case-reviewed': { actions: 'record' },
      },
    },
    appealed: { on: { 'appeal-decided': { target: 'restricted', actions: 'record' } } },
  },
});
function viaXState(events) {
  let [snapshot] = initialTransition(caseMachine);
  for (const event of events) [snapshot] = transition(caseMachine, snapshot, event);
  return snapshot;
}
const xstateCheck = viaXState(typical);
if (xstateCheck.value !== 'restricted' || xstateCheck.context.events.length !== typical.length) {
  throw new Error(`the XState machine did not follow the history: ${xstateCheck.value}`);
}
const typicalXState = measure(() => viaXState(typical).value === 'restricted', { perRound: 20 });
report(`XState 5 transition(), ${typical.length} events`, typicalXState);
ratio(`replay vs XState, ${typical.length} events`, typicalReplay, typicalXState);

// Growth with the history's length: per event at 100, 1,000, 5,000 and 20,000 events.
const perEvent = (result, n) => ((result.msPerCall * 1000) / n).toFixed(1).padStart(10);
for (const size of [100, 1000, 5000, 20_000]) {
  const events = history(Math.round((size - 9) / 6));
  const options =
    size <= 1000 ? { perRound: 1, rounds: 5, warmup: 1 } : { perRound: 1, rounds: 1, warmup: 0 };
  const once = replay(events, policy, opening);
  if (!once.ok) {
    console.log(
      `${`replay, ${events.length} events`.padEnd(58)} refused: ${once.error.code} (${once.error.message.slice(0, 90)})`,
    );
    continue;
  }
  const ours = measure(() => replay(events, policy, opening).ok, options);
  const theirs = measure(() => viaXState(events).value === 'restricted', options);
  console.log(
    `${`replay, ${events.length} events: per event`.padEnd(58)} ${perEvent(ours, events.length)} µs/event` +
      `   XState ${perEvent(theirs, events.length).trim()} µs/event   ratio ${(theirs.msPerCall / ours.msPerCall).toFixed(2)} ×`,
  );
}

// applyEvent on a long case: the state as the library returned it (frozen, trusted at the door)
// and the same state read back from JSON (validated in full at the door).
const oversight = (state) => ({
  type: 'spoc-oversight-reviewed',
  at: new Date(Date.parse(state.lastEventAt) + HOUR).toISOString(),
  by: 'hm-1',
});
for (const size of [1000, 5000, 20_000]) {
  const events = history(Math.round((size - 9) / 6));
  const state = replay(events, policy, opening).value;
  const event = oversight(state);
  const text = JSON.stringify(state);
  const fromJson = applyEvent(JSON.parse(text), event, policy);
  if (JSON.stringify(fromJson) !== JSON.stringify(applyEvent(state, event, policy))) {
    throw new Error('applyEvent differs on a frozen state and its JSON copy');
  }
  report(
    `applyEvent on a ${events.length}-event case, state as returned`,
    measure(() => applyEvent(state, event, policy).ok, { perRound: 20 }),
  );
  const copies = Array.from({ length: 8 }, () => JSON.parse(text));
  let next = 0;
  report(
    `applyEvent on a ${events.length}-event case, state read from JSON`,
    measure(() => applyEvent(copies[next++ % copies.length], event, policy).ok, {
      perRound: 1,
      rounds: 5,
      warmup: 1,
    }),
  );
}
