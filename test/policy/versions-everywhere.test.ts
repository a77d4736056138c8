// Issue 10, item 4: "Wherever a function takes a policy it also takes an effective-dated list of
// versions of one policy", each answer judged under the version in effect on the day it is about
// (NF-8): a letter's date, a restriction's start, a request's receipt, an incident, a contact.
import { describe, expect, it } from 'vitest';
import {
  analyseContacts,
  appealDeadline,
  appealDecisionDue,
  checkContact,
  classifyIncident,
  definePolicy,
  type Incident,
  type Policy,
  presets,
  reconsiderationDecisionDue,
  restrictionPeriod,
  reviewDates,
} from '../../src/index.js';
import { unwrap } from '../helpers.js';

const TEP = presets.tenancyEnforcementProcedure;
/** TEP revised from 1 June 2026: a longer appeal window, quicker decisions, 3-monthly reviews, a 12-month default. */
const REVISED: Policy = unwrap(
  definePolicy(
    {
      id: TEP.id,
      name: 'TEP (revised June 2026)',
      effectiveFrom: '2026-06-01',
      appeal: {
        window: {
          length: 21,
          unit: 'calendar-days',
          lastDayOnNonBusinessDay: 'stays',
          countFrom: 'letter-date',
        },
        decisionWithin: { length: 20, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays' },
      },
      reconsideration: {
        decisionWithin: { length: 10, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays' },
      },
      restriction: { reviewIntervalMonths: 3, defaultMonths: 12 },
    },
    TEP,
  ),
);
const VERSIONS = [REVISED, 'tenancy-enforcement-procedure'] as const; // in any order, a preset by its name

describe('a function taking one policy takes the list of its versions, each day under its own version', () => {
  it('appealDeadline: the letter of 31 May under TEP (14 days), of 1 and 2 June under the revision (21 days)', () => {
    for (const [day, version] of [
      ['2026-05-31', TEP],
      ['2026-06-01', REVISED],
      ['2026-06-02', REVISED],
    ] as const) {
      const listed = unwrap(appealDeadline({ decisionLetterDate: day, policy: VERSIONS }));
      expect(listed).toEqual(unwrap(appealDeadline({ decisionLetterDate: day, policy: version })));
    }
    expect(unwrap(appealDeadline({ decisionLetterDate: '2026-05-31', policy: VERSIONS })).lastDay).toBe(
      '2026-06-14',
    );
    expect(unwrap(appealDeadline({ decisionLetterDate: '2026-06-01', policy: VERSIONS })).lastDay).toBe(
      '2026-06-22',
    );
  });

  it('appealDecisionDue and reconsiderationDecisionDue: by the day the request was received', () => {
    expect(unwrap(appealDecisionDue({ receivedOn: '2026-05-31', policy: VERSIONS })).lastDay).toBe(
      '2026-06-28',
    );
    expect(unwrap(appealDecisionDue({ receivedOn: '2026-06-01', policy: VERSIONS })).lastDay).toBe(
      '2026-06-21',
    );
    expect(unwrap(reconsiderationDecisionDue({ receivedOn: '2026-05-31', policy: VERSIONS }))).toEqual(
      unwrap(reconsiderationDecisionDue({ receivedOn: '2026-05-31', policy: TEP })),
    );
    expect(unwrap(reconsiderationDecisionDue({ receivedOn: '2026-06-01', policy: VERSIONS })).lastDay).toBe(
      '2026-06-11',
    );
  });

  it('restrictionPeriod and reviewDates: by the day the restriction starts', () => {
    // TEP states no default length: without `months` a May start is refused, a June one takes 12.
    expect(restrictionPeriod({ startsOn: '2026-05-31', policy: VERSIONS }).ok).toBe(false);
    expect(unwrap(restrictionPeriod({ startsOn: '2026-06-01', policy: VERSIONS })).lastDayInForce).toBe(
      '2027-05-31',
    );
    const may = unwrap(
      reviewDates({ startsOn: '2026-05-31', lastDayInForce: '2027-05-30', policy: VERSIONS }),
    );
    const june = unwrap(
      reviewDates({ startsOn: '2026-06-01', lastDayInForce: '2027-05-31', policy: VERSIONS }),
    );
    expect(may.dates).toEqual(['2026-11-30']);
    expect(june.dates).toEqual(['2026-09-01', '2026-12-01', '2027-03-01']);
  });

  it('classifyIncident, checkContact, analyseContacts: by the incident, the contact, the date asked', () => {
    const incident: Incident = {
      id: 'inc-1',
      occurredAt: '2026-06-02T10:00:00+01:00',
      channel: 'phone',
      actor: 'customer',
      target: 'staff',
      behaviours: [{ code: 'swearing', persistent: true }],
    };
    expect(unwrap(classifyIncident(incident, { policy: VERSIONS }))).toEqual(
      unwrap(classifyIncident(incident, { policy: REVISED })),
    );
    const contact = {
      at: '2026-06-02T10:00:00+01:00',
      direction: 'inbound',
      channel: 'phone',
      subject: 'general',
    } as const;
    expect(unwrap(checkContact([], contact, { policy: VERSIONS }))).toEqual(
      unwrap(checkContact([], contact, { policy: REVISED })),
    );
    expect(unwrap(analyseContacts([], { asOf: '2026-05-31T12:00:00Z', policy: VERSIONS }))).toEqual(
      unwrap(analyseContacts([], { asOf: '2026-05-31T12:00:00Z', policy: TEP })),
    );
  });

  it('a list that is not the versions of one policy is refused at `policy`, never read as one of them', () => {
    const mixed = [TEP, presets.selwood];
    const refused = appealDeadline({ decisionLetterDate: '2026-06-01', policy: mixed as never });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.issues.some((issue) => issue.path.startsWith('policy'))).toBe(true);
  });
});
