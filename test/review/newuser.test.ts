// Faults found trying issue 12's "Done means" as a new integrator would, each kept as a test of its
// fix. Issue 12, item 3: presets by name "wherever a policy is taken", not only in the case machine.
import { describe, expect, it } from 'vitest';
import {
  alwaysReportable,
  analyseContacts,
  appealDeadline,
  appealDecisionDue,
  checkContact,
  classifyIncident,
  compileContactGate,
  definePolicy,
  describePolicy,
  type Incident,
  isLibraryDefault,
  noticeContent,
  PRESET_NAMES,
  type PresetName,
  policyInEffectOn,
  presets,
  type Result,
  reconsiderationDecisionDue,
  replay,
  restrictionPeriod,
  reviewDates,
  validateNotice,
} from '../../src/index.js';
import { OPENING, TEP } from '../case/fixtures.js';
import { contact, restriction, SPOC } from '../contact/fixtures.js';
import { badPaths, unwrap } from '../helpers.js';
import { SCENARIOS } from '../notices/cases.js';

const BY_NAME = {
  'tenancy-enforcement-procedure': presets.tenancyEnforcementProcedure,
  'housing-ombudsman-2021': presets.housingOmbudsman2021,
  selwood: presets.selwood,
} as const;

const state = unwrap(replay(SCENARIOS['restriction-decision'], TEP, OPENING));
const spocOnly = [restriction([{ kind: 'spoc-only' }], { spoc: SPOC })];
const incident: Incident = {
  id: 'inc-1',
  occurredAt: '2026-03-02T10:00:00Z',
  channel: 'phone',
  actor: 'customer',
  target: 'staff',
  behaviours: [{ code: 'swearing', persistent: true }],
};

/** Every export taking a policy, called with whatever stands for it: the policy, or its name. */
const CALLS: Record<string, (policy: PresetName | (typeof BY_NAME)[PresetName]) => Result<unknown>> = {
  classifyIncident: (policy) => classifyIncident(incident, { policy }),
  analyseContacts: (policy) => analyseContacts([], { policy, asOf: '2026-03-02T10:00:00Z' }),
  checkContact: (policy) => checkContact(spocOnly, contact(), { policy }),
  compileContactGate: (policy) => {
    const gate = compileContactGate({ restrictions: spocOnly, policy });
    return gate.ok ? gate.value.check(contact()) : gate;
  },
  alwaysReportable: (policy) => alwaysReportable(policy),
  appealDeadline: (policy) => appealDeadline({ decisionLetterDate: '2026-03-02', policy }),
  appealDecisionDue: (policy) => appealDecisionDue({ receivedOn: '2026-03-02', policy }),
  reconsiderationDecisionDue: (policy) => reconsiderationDecisionDue({ receivedOn: '2026-03-02', policy }),
  restrictionPeriod: (policy) => restrictionPeriod({ startsOn: '2026-03-02', months: 6, policy }),
  reviewDates: (policy) => reviewDates({ startsOn: '2026-03-02', lastDayInForce: '2026-09-01', policy }),
  noticeContent: (policy) => noticeContent(state, 'restriction-decision', policy),
  validateNotice: (policy) =>
    validateNotice(unwrap(noticeContent(state, 'restriction-decision', TEP)), 'restriction-decision', policy),
  describePolicy: (policy) => describePolicy(policy),
  isLibraryDefault: (policy) => isLibraryDefault(policy, 'appeal.window'),
  definePolicy: (policy) => definePolicy({ id: 'ours', name: 'Ours', effectiveFrom: '2026-01-01' }, policy),
  policyInEffectOn: (policy) => policyInEffectOn([policy], '2026-03-02'),
};

describe("issue 12, item 3: a preset's name wherever a policy is taken", () => {
  for (const [name, call] of Object.entries(CALLS)) {
    it(`${name} reads a preset's name as the preset itself`, () => {
      for (const preset of PRESET_NAMES) {
        const byName = call(preset);
        if (!byName.ok) expect(byName.error.code, `${name}('${preset}')`).not.toBe('INVALID_INPUT');
        expect(byName, `${name}('${preset}')`).toEqual(call(BY_NAME[preset]));
      }
    });
  }

  it('refuses a name that is no preset at the path of the policy', () => {
    const misspelt = 'Selwood' as PresetName;
    expect(badPaths(appealDeadline({ decisionLetterDate: '2026-03-02', policy: misspelt }))).toEqual([
      'policy',
    ]);
    expect(badPaths(checkContact(spocOnly, contact(), { policy: misspelt }))).toEqual(['policy']);
    expect(badPaths(noticeContent(state, 'restriction-decision', misspelt))).toEqual(['policy']);
    expect(badPaths(policyInEffectOn([presets.selwood, misspelt], '2026-03-02'))).toEqual(['policies[1]']);
  });
});
