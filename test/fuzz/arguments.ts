// Valid arguments for every exported function: the seeds the fuzz suite mutates path by path.
// A new export without an entry here fails `exports.test.ts`, so every export is fuzzed.
import * as lib from '../../src/index.js';
import { caseAfter, ev, LADDER, OPENING, TEP } from '../case/fixtures.js';

const AT = '2026-05-04T10:00:00+01:00';

/** A case with a restriction in force, an SC-2 protection and an appeal pending: most of the state's shape. */
export function richState(): lib.CaseState {
  return caseAfter([
    ...LADDER,
    ev('spoc-assigned', '2026-03-02T11:00:00Z', { spoc: { staffId: 'sp-1', name: 'Sam Patel' } }),
    ev('staff-conduct-reported', '2026-03-03T09:00:00Z', { staffId: 'ho-7' }),
    ev('appeal-received', '2026-03-05T09:00:00Z', { grounds: 'disproportionate' }, 'cust-1'),
  ]);
}

/** A caseload audit of one case, for the board report. */
function caseloadAudit(): lib.CaseloadAudit {
  const audited = lib.auditCaseload([{ caseId: 'c-1', events: [...LADDER] }], TEP, {
    asOf: '2026-11-01T12:00:00Z',
  });
  if (!audited.ok) throw new Error(audited.error.message);
  return audited.value;
}

/** A restriction decision letter drawn from the rich state. */
function notice(): lib.Notice {
  const drawn = lib.noticeContent(richState(), 'restriction-decision', TEP);
  if (!drawn.ok) throw new Error(drawn.error.message);
  return drawn.value;
}

const GATE_RESTRICTIONS: lib.Restriction[] = [
  {
    id: 'R1',
    startsOn: '2026-01-01',
    lastDayInForce: '2026-12-31',
    measures: [
      { kind: 'call-windows', windows: [{ day: 'monday', from: '09:00', to: '12:00' }] },
      { kind: 'single-channel', channel: 'phone' },
    ],
    spoc: { staffId: 's-1', name: 'Sam Patel' },
  },
  { id: 'R2', startsOn: '2026-02-01', lastDayInForce: '2026-08-31', measures: [{ kind: 'written-only' }] },
];
const PROTECTIONS: lib.Protection[] = [
  { staffId: 's-9', since: '2026-01-10T09:00:00Z', reason: 'complaint' },
];
const CONTACT: lib.ContactAttempt = {
  at: AT,
  direction: 'inbound',
  channel: 'phone',
  subject: 'general',
  staffId: 's-1',
};
const LOG: lib.ContactLogEntry[] = [1, 2, 3, 4, 5, 6].map((n) => ({
  id: `c${n}`,
  at: `2026-03-02T0${n}:00:00Z`,
  channel: 'phone',
  direction: 'inbound',
  subject: n === 3 ? 'urgent-repair' : 'complaint',
  issueId: 'i-1',
  issueStatus: 'closed',
  durationMinutes: 40,
}));
const INCIDENT: lib.Incident = {
  id: 'inc-1',
  occurredAt: '2026-03-02T10:15:00Z',
  channel: 'phone',
  actor: 'customer',
  target: 'staff',
  behaviours: [{ code: 'swearing', persistent: true }, { code: 'threat-of-violence' }],
  notes: 'Called twice.',
};

/** Each function's valid argument lists (one or more), built fresh for every use. */
export const ARGUMENTS: Record<string, () => unknown[][]> = {
  definePolicy: () => [
    [{ id: 'acme', name: 'Acme', effectiveFrom: '2026-04-01', calendar: { nation: 'scotland' } }],
    [{ id: 'acme', name: 'Acme', effectiveFrom: '2026-04-01', appeal: { window: { length: 21 } } }, TEP],
  ],
  isLibraryDefault: () => [[TEP, 'appeal.window']],
  describePolicy: () => [[TEP], [lib.presets.selwood]],
  parsePolicy: () => [[JSON.stringify(TEP)], [TEP]],
  policyInEffectOn: () => [[[TEP, lib.presets.selwood], '2026-05-01']],
  readPolicy: () => [['selwood'], [TEP], [[TEP, { ...TEP, effectiveFrom: '2026-06-01' }], 'options.policy']],
  addBusinessDays: () => [['2026-03-02', 10, { nation: 'scotland', extraClosures: ['2026-03-05'] }]],
  bankHolidays: () => [[2026, 'scotland']],
  isBusinessDay: () => [['2026-11-30', { nation: 'scotland', extraClosures: ['2026-12-24'] }]],
  deemedReceipt: () => [
    [{ service: { method: 'first-class-post', postedOn: '2026-03-12' } }],
    [{ service: { method: 'email', sentAt: '2026-06-16T16:00:00Z' }, timeZone: 'Europe/London' }],
  ],
  applyEvent: () => [
    [
      richState(),
      ev('eia-reviewed', '2026-09-01T09:00:00Z', { needs: [], proportionate: true, meta: { crm: 'A-1' } }),
      TEP,
    ],
    [
      richState(),
      { ...ev('eia-reviewed', '2026-09-01T09:00:00Z', { needs: [], proportionate: true }), id: 'e-1' },
      'tenancy-enforcement-procedure',
      { receivedAt: '2026-09-01T09:01:00Z' },
    ],
  ],
  replay: () => [
    [[...LADDER], TEP, { ...OPENING }],
    [
      [
        ...LADDER.map((event, index) => ({ ...event, id: `e-${index}` })),
        ev('event-voided', '2026-03-03T09:00:00Z', { eventId: 'e-6', reason: 'entered twice' }),
      ],
      [TEP, { ...TEP, effectiveFrom: '2026-03-01' }],
      { ...OPENING },
      { receivedAt: '2026-03-03T09:00:00Z' },
    ],
  ],
  auditCase: () => [
    [
      [...LADDER],
      TEP,
      {
        asOf: '2026-11-01T12:00:00Z',
        opening: { ...OPENING },
        contacts: [
          { at: AT, direction: 'inbound', channel: 'phone', subject: 'emergency', handled: 'declined' },
        ],
      },
    ],
  ],
  auditCaseload: () => [
    [[{ caseId: 'c-1', events: [...LADDER] }], TEP, { asOf: '2026-11-01T12:00:00Z', top: 5 }],
  ],
  auditReportMarkdown: () => [[caseloadAudit()]],
  caseGate: () => [[richState(), TEP]],
  caseProtections: () => [[richState()]],
  caseRestrictions: () => [[richState()]],
  caseDiagram: () => [[]],
  caseTransitionTable: () => [[]],
  measureConflicts: () => [[['hearing-impairment'], [{ kind: 'single-channel', channel: 'phone' }]]],
  obligations: () => [[richState(), '2026-09-01T09:00:00Z', TEP]],
  activeProtections: () => [[richState(), AT]],
  activeRestrictions: () => [[richState(), AT]],
  allowedEvents: () => [[richState(), AT, TEP]],
  caseDeadlines: () => [[richState(), TEP]],
  markers: () => [[richState(), '2026-09-01T09:00:00Z', TEP]],
  caseTimeline: () => [[richState(), TEP]],
  openCase: () => [[{ ...OPENING }]],
  noticeContent: () => [
    [richState(), 'restriction-decision', TEP, { restrictionId: 'r-1', date: '2026-03-02' }],
    [richState(), 'written-warning', TEP],
  ],
  validateNotice: () => [
    [notice(), 'restriction-decision', TEP, richState()],
    [notice(), 'restriction-decision', TEP],
  ],
  renderNotice: () => [
    [notice(), { format: 'html' }],
    [notice(), { format: 'markdown' }],
  ],
  analyseContacts: () => [[LOG.map((c) => ({ ...c })), { asOf: '2026-03-03T00:00:00Z', policy: TEP }]],
  analyseContactsTrusted: () => [[LOG.map((c) => ({ ...c })), { asOf: '2026-03-03T00:00:00Z' }]],
  categoriesOf: () => [['repeats-resolved-issue']],
  classifyIncident: () => [
    [
      structuredClone(INCIDENT),
      { policy: TEP, customer: { vulnerabilities: ['tourettes'], language: 'cy' } },
    ],
  ],
  alwaysReportable: () => [[TEP]],
  checkContact: () => [
    [
      structuredClone(GATE_RESTRICTIONS),
      { ...CONTACT },
      { policy: TEP, protections: structuredClone(PROTECTIONS) },
    ],
  ],
  compileContactGate: () => [
    [
      {
        restrictions: structuredClone(GATE_RESTRICTIONS),
        policy: TEP,
        protections: structuredClone(PROTECTIONS),
      },
    ],
  ],
  appealDeadline: () => [[{ decisionLetterDate: '2026-03-02', policy: TEP }]],
  appealDecisionDue: () => [[{ receivedOn: '2026-03-10', policy: TEP }]],
  reconsiderationDecisionDue: () => [[{ receivedOn: '2026-03-10', policy: TEP }]],
  restrictionPeriod: () => [
    [{ startsOn: '2026-08-31', months: 6, policy: TEP }],
    [{ startsOn: '2011-11-30', months: 1, policy: lib.presets.selwood }],
  ],
  reviewDates: () => [[{ startsOn: '2026-08-31', lastDayInForce: '2028-08-30', policy: TEP }]],
};

/** The contact gate's own methods, fuzzed as if they were exports. */
export const GATE = (): lib.ContactGate => {
  const gate = lib.compileContactGate({ restrictions: structuredClone(GATE_RESTRICTIONS), policy: TEP });
  if (!gate.ok) throw new Error(gate.error.message);
  return gate.value;
};
export const GATE_CONTACT = (): lib.ContactAttempt => ({ ...CONTACT });

/** Every exported function, by name. */
export function exportedFunctions(): [string, (...args: unknown[]) => unknown][] {
  return Object.entries(lib)
    .filter(([, value]) => typeof value === 'function')
    .map(([name, fn]) => [name, fn as (...args: unknown[]) => unknown]);
}
