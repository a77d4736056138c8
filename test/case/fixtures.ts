// Builders for case events, so tests read as the sources do: who did what, when.
import { type CaseEvent, type CaseState, type OpenCaseInput, replay } from '../../src/case/index.js';
import { tenancyEnforcementProcedure } from '../../src/policy/presets.js';
import type { Policy } from '../../src/policy/schema.js';
import type { Incident } from '../../src/shared/incident.js';
import type { Need } from '../../src/shared/needs.js';
import type { Measure } from '../../src/shared/restriction.js';
import { unwrap } from '../helpers.js';

export const TEP: Policy = tenancyEnforcementProcedure;

export const OPENING: OpenCaseInput = {
  caseId: 'case-1',
  customerId: 'cust-1',
  openedAt: '2026-01-05T09:00:00Z',
};

/** Housing officer, manager, senior officer, SPOCs. */
export const STAFF = {
  officer: 'ho-1',
  manager: 'hm-1',
  senior: 'so-9',
  spoc: { staffId: 'sp-1', name: 'Sam Patel' },
  cover: { staffId: 'sp-2', name: 'Chris Doyle' },
} as const;

type Payload<K extends CaseEvent['type']> = Omit<Extract<CaseEvent, { type: K }>, 'type' | 'at' | 'by'>;

/** An event of a type, at an instant, by someone (the housing manager unless said). */
export function ev<K extends CaseEvent['type']>(
  type: K,
  at: string,
  payload: Payload<K>,
  by: string = STAFF.manager,
): CaseEvent {
  return { type, at, by, ...payload } as CaseEvent;
}

/** An incident of the customer's behaviour towards staff. */
export function incident(id: string, at: string, overrides: Partial<Incident> = {}): CaseEvent {
  return ev(
    'incident-recorded',
    at,
    {
      incident: {
        id,
        occurredAt: at,
        channel: 'phone',
        actor: 'customer',
        target: 'staff',
        behaviours: [{ code: 'swearing', persistent: true }],
        ...overrides,
      },
    },
    STAFF.officer,
  );
}

export const eia = (at: string, needs: string[] = [], proportionate = true): CaseEvent =>
  // Needs are given as strings, so tests can pass an unknown one and see it refused.
  ev('eia-completed', at, { needs: needs as Need[], proportionate });

/** TEP-4.2: an initial warning recorded on file, by the officer. */
export const informal = (at: string): CaseEvent =>
  ev('informal-action-taken', at, { kind: 'initial-warning' }, STAFF.officer);

export const warning = (at: string, letterDate = at.slice(0, 10)): CaseEvent =>
  ev('written-warning-issued', at, { letterDate });

export const WRITTEN_ONLY: Measure[] = [{ kind: 'written-only' }];

/** A restriction decided at `at`, starting and dated that day, 12 months unless said. */
export function restriction(
  at: string,
  extra: Partial<Payload<'restriction-imposed'>> & {
    id?: string;
    months?: number;
    measures?: Measure[];
  } = {},
): CaseEvent {
  const { id = 'r-1', months = 12, measures = WRITTEN_ONLY, ...rest } = extra;
  const day = at.slice(0, 10);
  return ev('restriction-imposed', at, {
    restriction: { id, startsOn: day, months, measures },
    decisionLetterDate: day,
    ...rest,
  });
}

/** The TEP ladder up to a restriction: incident, informal warning, incident, EIA, written warning, incident, restriction on 2 March 2026. */
export const LADDER: CaseEvent[] = [
  incident('inc-1', '2026-01-05T10:00:00Z'),
  ev('informal-action-taken', '2026-01-06T09:00:00Z', { kind: 'initial-warning' }, STAFF.officer),
  incident('inc-2', '2026-01-20T15:30:00Z'),
  eia('2026-01-21T09:00:00Z'),
  warning('2026-01-22T09:00:00Z'),
  incident('inc-3', '2026-02-10T11:00:00Z'),
  restriction('2026-03-02T10:00:00Z'),
];

/** Replays events on the default policy (or the one given), failing the test on a refusal. */
export function caseAfter(events: readonly CaseEvent[], policy: Policy = TEP): CaseState {
  return unwrap(replay(events, policy, OPENING));
}
