import { describe, expect, it } from 'vitest';
import { applyEvent, CASE_SCHEMA_VERSION, caseDeadlines, obligations } from '../../src/case/index.js';
import { unwrap } from '../helpers.js';
import { caseAfter, ev, LADDER, STAFF, TEP } from './fixtures.js';

/** A state as version 1 of the library stored it: derived dates kept, the EIA's old need names. */
function asVersion1() {
  const state = caseAfter([...LADDER, ev('appeal-received', '2026-03-10T09:00:00Z', {}, STAFF.officer)]);
  const { assessedAt: _assessed, ...eia } = state.eia ?? { assessedAt: '' };
  return {
    ...state,
    schemaVersion: 1,
    eia: { ...eia, needs: ['literacy-difficulty', 'sight-impairment'] },
    restrictions: state.restrictions.map((r) => ({
      ...r,
      // Worked out under a table that has since changed: the customer was told a later day.
      appealLastDay: '2026-03-20',
      reviewsDue: ['2026-09-02'],
    })),
    appeals: state.appeals.map((a) => ({ ...a, decisionDue: '2026-04-07' })),
  };
}

describe('reading a state stored by version 1', () => {
  it('migrates it: derived dates drop out, the appeal day told is kept, needs take their shared names', () => {
    const v1 = asVersion1();
    const next = unwrap(applyEvent(v1 as never, ev('interaction-ended', '2026-03-11T09:00:00Z', {}), TEP));
    expect(next.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(next.eia?.needs).toEqual(['literacy-support', 'visual-impairment']);
    expect(next.eia?.assessedAt).toBe(next.eia?.completedAt);
    expect(Object.keys(next.restrictions[0] ?? {})).not.toContain('reviewsDue');
    expect(next.restrictions[0]?.appealLastDayStated).toBe('2026-03-20');
    const dates = unwrap(caseDeadlines(v1 as never, TEP));
    expect(dates.restrictions[0]).toMatchObject({ appealLastDay: '2026-03-20', reviewsDue: ['2026-09-02'] });
    expect(dates.appeals[0]).toMatchObject({ decisionDue: '2026-04-07' });
  });

  it('answers queries on it directly', () => {
    const owed = unwrap(obligations(asVersion1() as never, '2026-03-11T09:00:00Z', TEP));
    expect(owed.find((o) => o.kind === 'appeal-decision')).toMatchObject({ dueOn: '2026-04-07' });
  });
});

describe('reading a state stored by version 2', () => {
  /** Version 2 kept no letters list: its review letter and SPOC handover lived on their records. */
  function asVersion2() {
    const state = caseAfter([
      ...LADDER,
      ev('spoc-assigned', '2026-03-02T11:00:00Z', { spoc: { ...STAFF.spoc } }),
      ev('spoc-handover', '2026-04-01T09:00:00Z', { to: { ...STAFF.cover }, temporary: true }),
      ev('eia-reviewed', '2026-09-01T09:00:00Z', { needs: [], proportionate: true }),
      ev('case-reviewed', '2026-09-01T10:00:00Z', { outcome: 'lift' }),
    ]);
    const { letters: _letters, teamNotices: _teams, ...kept } = state;
    return { ...kept, schemaVersion: 2 };
  }

  it('moves the two letters version 2 tracked into the list, and invents no others', () => {
    const v2 = asVersion2();
    const next = unwrap(applyEvent(v2 as never, ev('interaction-ended', '2026-09-02T09:00:00Z', {}), TEP));
    expect(next.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(next.letters).toEqual([
      { about: 'spoc-handover', subject: 'sp-2', decidedAt: '2026-04-01T09:00:00Z', decidedOn: '2026-04-01' },
      { about: 'case-reviewed', decidedAt: '2026-09-01T10:00:00Z', decidedOn: '2026-09-01' },
    ]);
    expect(next.teamNotices).toEqual([]);
    const owed = unwrap(obligations(v2 as never, '2026-09-02T09:00:00Z', TEP)).map((o) => o.kind);
    expect(owed).toEqual(expect.arrayContaining(['spoc-change-notice', 'review-outcome-letter']));
    // The bug version 2 had: closing dropped both from the task list. Now the case cannot close.
    const closing = applyEvent(v2 as never, ev('case-closed', '2026-09-02T09:00:00Z', {}), TEP);
    expect(closing.ok ? undefined : closing.error.code).toBe('LETTERS_OUTSTANDING');
  });
});

describe('reading a state stored by version 3', () => {
  /** Version 3 recorded no event ids, no voids, and not which policy version decided a step. */
  function asVersion3() {
    const { decidedUnder: _under, voided: _voided, ...kept } = caseAfter(LADDER);
    return { ...kept, schemaVersion: 3 };
  }

  it('records no policy version for the steps it holds, and the next step under its own', () => {
    const v3 = asVersion3();
    expect(Object.keys(v3)).not.toContain('decidedUnder');
    const next = unwrap(applyEvent(v3 as never, ev('interaction-ended', '2026-03-11T09:00:00Z', {}), TEP));
    expect(next.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(next.decidedUnder).toEqual([
      { policyId: TEP.id, effectiveFrom: TEP.effectiveFrom, fromDecision: LADDER.length },
    ]);
    expect(next.voided).toBeUndefined();
    // Everything else is as version 3 stored it.
    const { decidedUnder: _a, schemaVersion: _b, decisions, lastEventAt: _c, ...rest } = next;
    const { schemaVersion: _d, decisions: before, lastEventAt: _e, ...stored } = v3;
    expect(rest).toEqual(stored);
    expect(decisions.slice(0, -1)).toEqual(before);
  });
});
