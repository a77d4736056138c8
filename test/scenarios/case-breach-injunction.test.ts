// TEP 8: "If the customer continues to disregard contact restrictions ... a warning letter should be
// sent ... If the customer's behaviour does not modify and they continue to ignore our advice and
// warnings, we may consider taking legal action ... Issuing a legal warning letter. Consider
// potential injunction proceedings if the complainant ignores our warning."
import { describe, expect, it } from 'vitest';
import { type CaseEvent, presets, replay } from '../../src/index.js';
import { incident, LADDER, OPENING } from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';

const policy = presets.tenancyEnforcementProcedure;
const breach = (id: string, at: string): CaseEvent[] => [
  incident(id, at, { channel: 'phone', behaviours: [{ code: 'shouting', persistent: true }] }),
  {
    type: 'restriction-breached',
    at,
    by: 'sp-1',
    incidentId: id,
    description: 'phoned the repairs line despite email-only contact',
  },
];
const legal = (
  at: string,
  step: 'legal-warning-letter' | 'injunction' | 'notice-of-seeking-possession',
): CaseEvent => ({
  type: 'legal-action-taken',
  at,
  by: 'hm-1',
  step,
});

const FIRST_BREACH = [...LADDER, ...breach('inc-b1', '2026-04-06T10:00:00Z')];
const WARNED = [
  ...FIRST_BREACH,
  {
    type: 'breach-warning-issued',
    at: '2026-04-07T09:00:00Z',
    by: 'hm-1',
    letterDate: '2026-04-07',
  } as CaseEvent,
];
const IGNORED = [...WARNED, ...breach('inc-b2', '2026-04-20T10:00:00Z')];

describe('a breach leading to an injunction', () => {
  it('records the breach against the restriction in force, resting on its incident', () => {
    const state = unwrap(replay(FIRST_BREACH, policy, OPENING));
    expect(state.breaches).toEqual([
      { at: '2026-04-06T10:00:00Z', restrictionId: 'r-1', incidentId: 'inc-b1' },
    ]);
    expect(state.decisions.at(-1)).toMatchObject({
      type: 'restriction-breached',
      subject: 'r-1',
      evidence: ['inc-b1'],
    });
  });

  it('refuses legal action straight after the first breach: the warning letter comes first', () => {
    const error = refusal(
      replay([...FIRST_BREACH, legal('2026-04-07T09:00:00Z', 'legal-warning-letter')], policy, OPENING),
      'WARNING_REQUIRED',
    );
    expect(error.reasons?.map((r) => r.rule)).toEqual(['TEP-8', 'TEP-4.6']);
  });

  it('refuses legal action after the warning until the customer ignores it', () => {
    refusal(
      replay([...WARNED, legal('2026-04-08T09:00:00Z', 'legal-warning-letter')], policy, OPENING),
      'EVIDENCE_REQUIRED',
    );
  });

  it('refuses an injunction before the legal warning letter, then takes both in order', () => {
    const skipped = refusal(
      replay([...IGNORED, legal('2026-04-21T09:00:00Z', 'injunction')], policy, OPENING),
      'LEGAL_STEP_OUT_OF_ORDER',
    );
    expect(skipped.message).toBe(
      'A legal warning letter must come before injunction proceedings: legal steps are taken in order of gravity.',
    );
    const state = unwrap(
      replay(
        [
          ...IGNORED,
          legal('2026-04-21T09:00:00Z', 'legal-warning-letter'),
          ...breach('inc-b3', '2026-05-05T10:00:00Z'),
          legal('2026-05-12T09:00:00Z', 'injunction'),
        ],
        policy,
        OPENING,
      ),
    );
    expect(state.stage).toBe('legal-action');
    expect(state.legalSteps.map((s) => s.step)).toEqual(['legal-warning-letter', 'injunction']);
    expect(state.decisions.at(-1)?.reasons[0]?.rule).toBe('TEP-8');
  });
});
