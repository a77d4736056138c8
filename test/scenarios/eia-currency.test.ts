// TEP 2: "We will continually review the equality impact assessment ... Reviews should be
// undertaken aligned to when the case is regularly reviewed every six months." How long an EIA
// stays current is its own setting, `eia.currentForMonths` (API.md, "Any landlord's policy"), not
// borrowed from the case review interval.
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  type CaseEvent,
  isLibraryDefault,
  obligations,
  type Policy,
  presets,
  RULES,
  replay,
} from '../../src/index.js';
import { ev, LADDER, OPENING, restriction, TEP } from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';
import { acmePolicy } from '../policy/landlord.js';

const policyWith = acmePolicy;

// EIA completed 21 January 2026, written warning 22 January; no restriction yet.
const BEFORE_RESTRICTION = LADDER.slice(0, 6);
const incidentOn = (day: string): CaseEvent =>
  ev(
    'incident-recorded',
    `${day}T08:00:00Z`,
    {
      incident: {
        id: `inc-${day}`,
        occurredAt: `${day}T08:00:00Z`,
        channel: 'phone',
        actor: 'customer',
        target: 'staff',
        behaviours: [{ code: 'threat-of-violence' }],
      },
    },
    'ho-1',
  );
/** A restriction decided on `day`, resting on an incident that morning. */
const restrictOn = (day: string, policy: Policy) => {
  const state = unwrap(replay([...BEFORE_RESTRICTION, incidentOn(day)], policy, OPENING));
  return applyEvent(state, restriction(`${day}T10:00:00Z`), policy);
};

describe('eia.currentForMonths: how long an EIA stays current with no restriction current', () => {
  it('TEP: six months, citing TEP 2: current on 21 July, not on 22 July', () => {
    unwrap(restrictOn('2026-07-21', TEP));
    const stale = refusal(restrictOn('2026-07-22', TEP), 'EIA_REQUIRED');
    expect(stale.reasons?.[0]).toMatchObject({
      rule: 'TEP-2.4',
      text: 'An equality impact assessment stays current for 6 months after it was last completed or reviewed: one not reviewed since is not current.',
      citation: { document: RULES['TEP-2.4'].document, section: '2. Diverse Needs' },
    });
  });

  it('a landlord’s 3 months, with six-monthly case reviews: stale from 22 April, not 22 July', () => {
    const threeMonths = policyWith({ eia: { currentForMonths: 3 } });
    unwrap(restrictOn('2026-04-21', threeMonths));
    const stale = refusal(restrictOn('2026-04-22', threeMonths), 'EIA_REQUIRED');
    expect(stale.message).toMatch(/due by Tuesday 21 April 2026 \(3 months after it was last completed/);
    expect(stale.reasons?.[0]?.citation).toEqual({
      document: 'Acme Homes policy',
      section: 'Policy setting eia.currentForMonths',
    });
    const state = unwrap(replay(BEFORE_RESTRICTION, threeMonths, OPENING));
    expect(
      unwrap(obligations(state, '2026-04-22T09:00:00Z', threeMonths)).find((o) => o.kind === 'eia-review'),
    ).toMatchObject({ dueOn: '2026-04-21', overdue: true });
  });

  it('a landlord’s 12 months: still current in August, though the case review interval is six months', () => {
    const yearLong = policyWith({ eia: { currentForMonths: 12 } });
    unwrap(restrictOn('2026-08-03', yearLong));
    unwrap(restrictOn('2027-01-21', yearLong));
    refusal(restrictOn('2027-01-22', yearLong), 'EIA_REQUIRED');
  });

  it('while a restriction is current, the EIA is reviewed with its case review, whatever its own currency', () => {
    const yearLong = policyWith({ eia: { currentForMonths: 12 } });
    const state = unwrap(replay(LADDER, yearLong, OPENING));
    expect(
      unwrap(obligations(state, '2026-03-03T09:00:00Z', yearLong)).find((o) => o.kind === 'eia-review'),
    ).toMatchObject({ dueOn: '2026-09-02', subject: 'r-1' });
  });

  it('the Ombudsman’s and Selwood’s presets take six months as a library default, and say so', () => {
    for (const preset of [presets.housingOmbudsman2021, presets.selwood]) {
      expect(preset.eia.currentForMonths).toBe(6);
      expect(isLibraryDefault(preset, 'eia.currentForMonths')).toEqual({ ok: true, value: true });
    }
    expect(isLibraryDefault(presets.tenancyEnforcementProcedure, 'eia.currentForMonths')).toEqual({
      ok: true,
      value: false,
    });
    const ho = presets.housingOmbudsman2021;
    const stale = refusal(restrictOn('2026-07-22', ho), 'EIA_REQUIRED');
    expect(stale.reasons?.[0]?.text).toMatch(
      /^Library default for "How long an equality impact assessment stays current", not a rule of the policy’s source: /,
    );
  });
});
