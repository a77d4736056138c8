// NF-9, TEP-9: warning markers rest on specific recorded incidents, with review and removal dates
// set by severity; a marker past its date is owed as an obligation.
import { describe, expect, it } from 'vitest';
import { markers, obligations } from '../../src/case/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { LIBRARY_DEFAULTS } from '../../src/policy/presets.js';
import { unwrap } from '../helpers.js';
import { caseAfter, ev, incident, LADDER, TEP } from './fixtures.js';

describe('markers (NF-9)', () => {
  it('one marker per incident that counts as evidence, none for staff conduct, ASB or a raised voice', () => {
    const state = caseAfter([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      incident('op-1', '2026-01-06T10:00:00Z', { actor: 'staff', target: 'resident' }),
      incident('asb-1', '2026-01-07T10:00:00Z', { target: 'neighbour' }),
      incident('calm-1', '2026-01-08T10:00:00Z', { behaviours: [{ code: 'raised-voice' }] }),
      incident('inc-2', '2026-01-09T10:00:00Z', { behaviours: [{ code: 'threat-of-violence' }] }),
    ]);
    const found = unwrap(markers(state, '2026-02-01T09:00:00Z', TEP));
    expect(
      found.map((m) => [m.id, m.restsOn, m.severity, m.setOn, m.reviewOn, m.removeOn, m.status]),
    ).toEqual([
      ['marker-inc-1', ['inc-1'], 'moderate', '2026-01-05', '2026-07-05', '2028-01-05', 'current'],
      ['marker-inc-2', ['inc-2'], 'serious', '2026-01-09', '2027-01-09', '2029-01-09', 'current'],
    ]);
    const reasons = found[0]?.reasons ?? [];
    expect(reasons.map((r) => r.rule)).toEqual(['NF-9', 'NF-9', 'NF-9', 'TEP-9']);
    // No source gives a number: the months are the library's default, and say so.
    expect(reasons[1]?.citation.document).toBe(LIBRARY_DEFAULTS);
    expect(reasons[1]?.text).toMatch(/^Library default/);
  });

  it('a marker set after the instant asked is not yet supported', () => {
    const state = caseAfter([incident('inc-1', '2026-01-05T10:00:00Z')]);
    expect(unwrap(markers(state, '2026-01-05T09:00:00Z', TEP))).toEqual([]);
  });

  it('past its review date a marker is owed a review, which a case review on or after that date gives (TEP-5.3)', () => {
    const restricted = caseAfter(LADDER);
    const due = unwrap(obligations(restricted, '2026-07-10T09:00:00Z', TEP)).filter(
      (o) => o.kind === 'marker-review',
    );
    expect(due.map((o) => [o.subject, o.dueOn, o.overdue])).toEqual([['marker-inc-1', '2026-07-05', true]]);
    const reviewed = caseAfter([
      ...LADDER,
      ev('eia-reviewed', '2026-07-10T09:00:00Z', { needs: [], proportionate: true }),
      ev('case-reviewed', '2026-07-10T10:00:00Z', { outcome: 'continue', letterDate: '2026-07-10' }),
    ]);
    expect(unwrap(markers(reviewed, '2026-07-11T09:00:00Z', TEP))[0]?.status).toBe('current');
    expect(
      unwrap(obligations(reviewed, '2026-07-11T09:00:00Z', TEP)).filter((o) => o.kind === 'marker-review'),
    ).toEqual([]);
  });

  it('past its removal date a marker is owed removal; the months follow the policy, by severity', () => {
    const short = unwrap(
      definePolicy({
        id: 'acme',
        name: 'Acme',
        effectiveFrom: '2000-01-01',
        markers: {
          reviewAfterMonths: { low: 1, moderate: 1, serious: 1, extreme: 1 },
          removeAfterMonths: { low: 2, moderate: 2, serious: 2, extreme: 2 },
        },
      }),
    );
    const state = caseAfter([incident('inc-1', '2026-01-31T10:00:00Z')], short);
    const [marker] = unwrap(markers(state, '2026-04-01T09:00:00Z', short));
    // 31 January + 1 month clamps to 28 February (monthEnd: 'clamp').
    expect(marker).toMatchObject({ reviewOn: '2026-02-28', removeOn: '2026-03-31', status: 'removal-due' });
    const owed = unwrap(obligations(state, '2026-04-01T09:00:00Z', short)).filter((o) =>
      o.kind.startsWith('marker'),
    );
    expect(owed.map((o) => [o.kind, o.dueOn, o.overdue])).toEqual([['marker-removal', '2026-03-31', true]]);
    expect(short.citations['markers.removeAfterMonths'].document).toBe('Acme');
  });

  it('a review set after removal is refused by the policy schema', () => {
    const bad = definePolicy({
      id: 'acme',
      name: 'Acme',
      effectiveFrom: '2000-01-01',
      markers: { reviewAfterMonths: { low: 30, moderate: 6, serious: 12, extreme: 12 } },
    });
    expect(bad.ok ? [] : bad.error.issues.map((i) => i.path)).toEqual([
      'settings.markers.reviewAfterMonths.low',
    ]);
  });

  it('validates its inputs', () => {
    const result = markers({} as never, 'yesterday', TEP);
    expect(result.ok ? undefined : result.error.code).toBe('INVALID_INPUT');
  });
});
