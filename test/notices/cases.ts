// Scenario cases for the notices: one per kind of letter, built on the TEP ladder (test/case/fixtures.ts).
import type { CaseEvent, CaseState, Notice, NoticeElement, Policy } from '../../src/index.js';
import { caseAfter, ev, incident, LADDER, STAFF, TEP } from '../case/fixtures.js';

export const SPOC = ev('spoc-assigned', '2026-03-02T11:00:00Z', { spoc: STAFF.spoc });
/** TEP-2.4: the EIA is reviewed with every case review. */
export const REVIEWED_EIA = ev('eia-reviewed', '2026-09-01T08:00:00Z', { needs: [], proportionate: true });
const appealReceived = ev(
  'appeal-received',
  '2026-03-05T09:00:00Z',
  { grounds: 'disproportionate' },
  'cust-1',
);

/** The events of each scenario, by the kind of letter it calls for. */
export const SCENARIOS = {
  'written-warning': LADDER.slice(0, 5),
  'restriction-decision': [...LADDER, SPOC],
  'restriction-variation': [
    ...LADDER,
    SPOC,
    ev('restriction-varied', '2026-04-01T09:00:00Z', {
      measures: [{ kind: 'single-channel', channel: 'email' }],
      decisionLetterDate: '2026-04-01',
    }),
  ],
  'review-outcome': [
    ...LADDER,
    REVIEWED_EIA,
    ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome: 'continue', letterDate: '2026-09-01' }),
  ],
  'appeal-outcome': [
    ...LADDER,
    appealReceived,
    ev(
      'appeal-decided',
      '2026-03-20T09:00:00Z',
      { outcome: 'dismissed', byRole: 'senior-officer' },
      STAFF.senior,
    ),
  ],
  'reconsideration-outcome': [
    ...LADDER,
    ev('reconsideration-requested', '2026-05-05T09:00:00Z', {}, 'cust-1'),
    ev(
      'reconsideration-decided',
      '2026-05-20T09:00:00Z',
      { outcome: 'upheld', byRole: 'senior-officer' },
      STAFF.senior,
    ),
  ],
  'breach-warning': [
    ...LADDER,
    incident('inc-b1', '2026-04-06T10:00:00Z', { behaviours: [{ code: 'shouting', persistent: true }] }),
    ev('restriction-breached', '2026-04-06T10:00:00Z', { incidentId: 'inc-b1' }, STAFF.spoc.staffId),
    ev('breach-warning-issued', '2026-04-07T09:00:00Z', { letterDate: '2026-04-07' }),
  ],
  'spoc-change': [
    ...LADDER,
    SPOC,
    ev('spoc-handover', '2026-06-01T09:00:00Z', { to: STAFF.cover, temporary: true }),
  ],
  'restriction-lifted': [
    ...LADDER,
    ev('restriction-lifted', '2026-06-05T10:00:00Z', { restrictionId: 'r-1' }, STAFF.senior),
  ],
} satisfies Record<Notice['kind'], CaseEvent[]>;

/** The case of a scenario. */
export const scenario = (kind: Notice['kind'], policy: Policy = TEP): CaseState =>
  caseAfter(SCENARIOS[kind], policy);

/** The element of a notice by id; fails the test when it is missing. */
export function elementOf(notice: Notice, id: string): NoticeElement {
  const found = notice.elements.find((e) => e.id === id);
  if (found === undefined)
    throw new Error(`no '${id}' in the ${notice.kind}: ${notice.elements.map((e) => e.id).join(', ')}`);
  return found;
}

/** The ids of a notice's elements. */
export const idsOf = (notice: Notice): string[] => notice.elements.map((e) => e.id);
