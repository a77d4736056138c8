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
