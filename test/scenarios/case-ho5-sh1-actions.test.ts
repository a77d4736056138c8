// HO "Actions we may take": "Deciding not to investigate a complaint on the basis that it has been
// pursued in a way that is unacceptable"; "In exceptional circumstances, notify relevant public
// authorities"; "Where it is decided that formal action must be taken to manage someone’s behaviour
// (for example, declining to investigate a complaint), we will inform them of the decision in
// writing." SH-1: "Inform the police, local authority or other relevant public body."
import { describe, expect, it } from 'vitest';
import { type CaseEvent, presets, replay } from '../../src/index.js';
import { eia, ev, incident, OPENING } from '../case/fixtures.js';
import { badPaths, refusal, unwrap } from '../helpers.js';

const policy = presets.housingOmbudsman2021;
const INCIDENT = incident('inc-1', '2026-01-05T10:00:00Z');
const EIA = eia('2026-01-06T09:00:00Z');

const declined = (payload: Record<string, unknown> = { letterDate: '2026-01-07' }): CaseEvent =>
  ev('complaint-investigation-declined', '2026-01-07T09:00:00Z', payload as never);
const notified = (payload: Record<string, unknown>): CaseEvent =>
  ev('public-authority-notified', '2026-01-07T09:00:00Z', payload as never);

describe('HO-5: declining to investigate a complaint pursued unacceptably is formal action', () => {
  it('needs an equality impact assessment first, as other formal action does', () => {
    refusal(replay([INCIDENT, declined()], policy, OPENING), 'EIA_REQUIRED');
  });

  it('rests on a recorded incident of the customer’s behaviour (NF-1)', () => {
    refusal(replay([EIA, declined()], policy, OPENING), 'EVIDENCE_REQUIRED');
  });

  it('is told in writing: the letter date is required', () => {
    expect(badPaths(replay([INCIDENT, EIA, declined({})], policy, OPENING))).toEqual([
      'events[2].letterDate',
    ]);
  });

  it('is recorded with HO-5, HO-6 and the Ombudsman route left open (NF-3)', () => {
    const state = unwrap(
      replay([INCIDENT, EIA, declined({ letterDate: '2026-01-07', complaintId: 'cmp-4' })], policy, OPENING),
    );
    const decision = state.decisions.at(-1);
    expect(decision).toMatchObject({ type: 'complaint-investigation-declined', subject: 'cmp-4' });
    expect(decision?.reasons.map((r) => r.rule)).toEqual(['HO-5', 'HO-6', 'NF-3']);
    expect(decision?.reasons[1]?.text).toContain('Wednesday 7 January 2026');
    expect(decision?.reasons[2]?.text).toContain('Housing Ombudsman');
    expect(state.stage).toBe('opened');
  });
});

describe('SH-1, HO-5: notifying the local authority or another public body', () => {
  const council = { authority: 'local-authority', name: 'Wiltshire Council adult social care' };

  it('needs an EIA first, like telling the police, unless there is an immediate risk (TEP-4.6)', () => {
    refusal(replay([INCIDENT, notified(council)], policy, OPENING), 'EIA_REQUIRED');
    const state = unwrap(
      replay([INCIDENT, notified({ ...council, immediateRisk: true, incidentId: 'inc-1' })], policy, OPENING),
    );
    expect(state.decisions.at(-1)?.reasons.map((r) => r.rule)).toEqual(['SH-1', 'TEP-4.6']);
  });

  it('with an EIA, records SH-1 and HO-5 ("in exceptional circumstances")', () => {
    const state = unwrap(
      replay(
        [INCIDENT, EIA, notified({ authority: 'other-public-body', name: 'NHS trust safeguarding team' })],
        policy,
        OPENING,
      ),
    );
    const [sh1, ho5] = state.decisions.at(-1)?.reasons ?? [];
    expect(sh1).toMatchObject({ rule: 'SH-1' });
    expect(sh1?.text).toContain('NHS trust safeguarding team');
    expect(ho5?.rule).toBe('HO-5');
  });

  it('names only an incident recorded on the case (NF-1)', () => {
    refusal(
      replay([INCIDENT, EIA, notified({ ...council, incidentId: 'inc-9' })], policy, OPENING),
      'EVIDENCE_REQUIRED',
    );
  });

  it('the police have their own event: the authority is the local authority or another public body', () => {
    expect(
      badPaths(
        replay([INCIDENT, EIA, notified({ authority: 'police', name: 'Wiltshire Police' })], policy, OPENING),
      ),
    ).toEqual(['events[2].authority']);
  });
});
