// Every refusal the case machine gives, word for word: for each code its guards, transitions, log
// and door can return (src/case/guards.ts, transitions.ts, apply.ts, corrections.ts, replay.ts,
// log.ts, letters.ts, markers.ts, authority.ts), and for each way a guard words a refusal
// differently by circumstance, one minimal history (refusal-cases.ts) and its whole error pinned:
// the code, the message, every issue's path and words, the position of the event refused in the
// log (index), and each reason's rule and words. Read against RULES.md when written; a changed
// word, path, index or rule fails here. To change one on purpose, edit its expectation by hand.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/shared/result.js';
import { REFUSALS } from './refusal-cases.js';

/** A refusal as pinned: its reasons as [rule, words] (the citations are the policy's, pinned elsewhere). */
function pinned(result: Result<unknown>): unknown {
  if (result.ok) return 'accepted';
  const { code, message, issues, index, reasons } = result.error as typeof result.error & { index?: number };
  return {
    code,
    message,
    issues,
    ...(index !== undefined && { index }),
    reasons: (reasons ?? []).map((r) => [r.rule, r.text]),
  };
}

describe('each refusal says word for word what it is pinned to', () => {
  it.each(Object.keys(REFUSALS))('%s', (name) => {
    const run = REFUSALS[name] as () => Result<unknown>;
    expect(pinned(run())).toEqual(EXPECTED[name]);
  });

  it('every case is named by the code it refuses with, and every expectation has its case', () => {
    for (const [name, expected] of Object.entries(EXPECTED)) {
      expect((expected as { code: string }).code, name).toBe(name.split(':')[0]);
    }
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(REFUSALS).sort());
  });
});

const EXPECTED: Record<string, unknown> = {
  'INVALID_INPUT: an event missing its letterDate': {
    code: 'INVALID_INPUT',
    message: 'Invalid input. events[1].letterDate: expected a civil date as a string, YYYY-MM-DD',
    issues: [
      {
        path: 'events[1].letterDate',
        message: 'expected a civil date as a string, YYYY-MM-DD',
      },
    ],
    index: 1,
    reasons: [],
  },
  'INVALID_INPUT: no events and no opening': {
    code: 'INVALID_INPUT',
    message: 'Invalid input. events: expected at least one event when no opening is given.',
    issues: [
      {
        path: 'events',
        message: 'expected at least one event when no opening is given',
      },
    ],
    reasons: [],
  },
  'UNSUPPORTED_SCHEMA_VERSION: a state from a newer library': {
    code: 'UNSUPPORTED_SCHEMA_VERSION',
    message:
      'The case state has schema version 99; this version of the library reads version 4. Upgrade the library.',
    issues: [
      {
        path: 'state.schemaVersion',
        message: 'expected 4 or lower, received 99',
      },
    ],
    reasons: [],
  },
  'EVENT_OUT_OF_ORDER: an event before the last one': {
    code: 'EVENT_OUT_OF_ORDER',
    message:
      'The event at 2026-01-05T10:00:00Z is earlier than the last event applied to the case, at 2026-01-20T10:00:00Z.',
    issues: [
      {
        path: 'events[1].at',
        message: 'expected an instant at or after 2026-01-20T10:00:00Z',
      },
    ],
    index: 1,
    reasons: [],
  },
  'EVENT_OUT_OF_ORDER: allowedEvents asked before the last event': {
    code: 'EVENT_OUT_OF_ORDER',
    message:
      'The event at 2026-03-01T10:00:00Z is earlier than the last event applied to the case, at 2026-03-02T10:00:00Z.',
    issues: [
      {
        path: 'at',
        message: 'expected an instant at or after 2026-03-02T10:00:00Z',
      },
    ],
    reasons: [],
  },
  'EVENT_IN_FUTURE: a mistyped year, received today': {
    code: 'EVENT_IN_FUTURE',
    message:
      'The event is dated 2062-01-05T10:00:00Z, after it was received (2026-01-05T10:00:05Z) by more than the 5 minutes allowed for clocks that disagree: check its date (a mistyped day or year?). Nothing was applied.',
    issues: [
      {
        path: 'event.at',
        message:
          'expected an instant no later than 5 minutes after receivedAt (2026-01-05T10:00:05Z), received 2062-01-05T10:00:00Z',
      },
    ],
    reasons: [],
  },
  'EVENT_IN_FUTURE: in a replayed log': {
    code: 'EVENT_IN_FUTURE',
    message:
      'The event is dated 2026-01-05T10:06:00Z, after it was received (2026-01-05T10:00:00Z) by more than the 5 minutes allowed for clocks that disagree: check its date (a mistyped day or year?). Nothing was applied.',
    issues: [
      {
        path: 'events[1].at',
        message:
          'expected an instant no later than 5 minutes after receivedAt (2026-01-05T10:00:00Z), received 2026-01-05T10:06:00Z',
      },
    ],
    index: 1,
    reasons: [],
  },
  'DATE_OUT_OF_RANGE: an event after the last year the calendar holds': {
    code: 'DATE_OUT_OF_RANGE',
    message:
      'The event at 2999-12-31T12:00:00Z falls on 3000-01-01 in Pacific/Kiritimati, after the last year the calendar holds (2999).',
    issues: [
      {
        path: 'events[1].at',
        message: "expected an instant on or before 2999-12-31 in the policy's zone",
      },
    ],
    index: 1,
    reasons: [],
  },
  'POLICY_NOT_IN_EFFECT: an event before the policy took effect': {
    code: 'POLICY_NOT_IN_EFFECT',
    message:
      "The event (2020-01-05) is dated before the policy 'housing-ombudsman-2021' took effect on 2021-06-01.",
    issues: [
      {
        path: 'events[0].at',
        message: 'expected a day on or after 2021-06-01',
      },
    ],
    index: 0,
    reasons: [],
  },
  'POLICY_VERSIONS_INVALID: versions of two policies': {
    code: 'POLICY_VERSIONS_INVALID',
    message:
      "The policy versions given are not versions of one policy, each taking effect on its own day: policy[1].id: expected 'tenancy-enforcement-procedure', the id of policy[0]: versions are of one policy; policy[1].effectiveFrom: expected a day other than 2000-01-01, on which policy[0] already takes effect.",
    issues: [
      {
        path: 'policy[1].id',
        message: "expected 'tenancy-enforcement-procedure', the id of policy[0]: versions are of one policy",
      },
      {
        path: 'policy[1].effectiveFrom',
        message: 'expected a day other than 2000-01-01, on which policy[0] already takes effect',
      },
    ],
    reasons: [],
  },
  'SERVICE_REQUIRED: counted from deemed receipt, and not said how the letter went': {
    code: 'SERVICE_REQUIRED',
    message:
      'The policy counts the appeal window from deemed receipt (NF-6): say how the letter was sent in `service`.',
    issues: [
      {
        path: 'events[6].service',
        message: "expected { method: 'first-class-post', postedOn } or an email or hand delivery",
      },
    ],
    index: 6,
    reasons: [],
  },
  'REPLAY_REQUIRED: a void applied to a stored state': {
    code: 'REPLAY_REQUIRED',
    message:
      "An 'event-voided' cannot be applied to a stored state: the state is a cache of the case's event log and cannot un-apply an event. Append the void to the log and fold the log again with replay(events, policy, opening).",
    issues: [
      {
        path: 'event.type',
        message: "expected an event other than 'event-voided': append voids to the log and replay it",
      },
    ],
    reasons: [
      [
        'NF-8',
        'The event log is the record and the state what it folds to: a mistaken event is corrected by appending a void, never by changing what was recorded.',
      ],
    ],
  },
  'EVENT_ID_CONFLICT: an id reused for other content, in the log': {
    code: 'EVENT_ID_CONFLICT',
    message:
      "Event id 'e-1' was first used by the 'incident-recorded' event of 2026-01-05T10:00:00Z (events[0]), which has other content: a retry repeats the event exactly, and a new event needs an id of its own.",
    issues: [
      {
        path: 'events[1].id',
        message: 'expected an id not already used, or the same event as events[0]',
      },
    ],
    index: 1,
    reasons: [],
  },
  'EVENT_ID_CONFLICT: an id reused for other content, one event at a time': {
    code: 'EVENT_ID_CONFLICT',
    message:
      "Event id 'e-0' was first used by the 'incident-recorded' event of 2026-01-05T10:00:00Z (decisions[0]), which has other content: a retry repeats the event exactly, and a new event needs an id of its own.",
    issues: [
      {
        path: 'event.id',
        message: 'expected an id not already used, or the same event as decisions[0]',
      },
    ],
    reasons: [],
  },
  'VOIDED_EVENT_NOT_FOUND: a void naming no earlier event': {
    code: 'VOIDED_EVENT_NOT_FOUND',
    message: "No event before this one in the log has id 'e-9': a void names an earlier event by its id.",
    issues: [
      {
        path: 'events[1].eventId',
        message: 'expected the id of an earlier event in the log',
      },
    ],
    index: 1,
    reasons: [],
  },
  'EVENT_ALREADY_VOIDED: a void of an event already voided': {
    code: 'EVENT_ALREADY_VOIDED',
    message:
      "Event 'e-0' (events[0], 'incident-recorded' of 2026-01-05T10:00:00Z) was already voided by events[1].",
    issues: [
      {
        path: 'events[2].eventId',
        message: 'expected an event not yet voided; events[1] voided this one',
      },
    ],
    index: 2,
    reasons: [],
  },
  'EVENT_NOT_VOIDABLE: a void of a void': {
    code: 'EVENT_NOT_VOIDABLE',
    message:
      "Event 'v-1' (events[1]) is itself a void: a void is not undone by voiding it. To restore the event it voided, append that event again with a new id.",
    issues: [
      {
        path: 'events[2].eventId',
        message: 'expected the id of an event other than an event-voided',
      },
    ],
    index: 2,
    reasons: [],
  },
  'INVALID_TRANSITION: an event the closed case does not allow': {
    code: 'INVALID_TRANSITION',
    message: "'incident-recorded' is not allowed once the case is closed.",
    issues: [
      {
        path: 'events[2].type',
        message: 'expected an event allowed when the case is closed',
      },
    ],
    index: 2,
    reasons: [],
  },
  'EIA_REQUIRED: no EIA before formal action': {
    code: 'EIA_REQUIRED',
    message: 'An equality impact assessment must be completed before formal action.',
    issues: [],
    index: 2,
    reasons: [
      [
        'TEP-2.3',
        "An equality impact assessment, considering the customer's known disabilities and health, is completed before formal action.",
      ],
    ],
  },
  'EIA_REQUIRED: no EIA before restricting contact (no warning required)': {
    code: 'EIA_REQUIRED',
    message: 'An equality impact assessment must be completed before restricting contact.',
    issues: [],
    index: 1,
    reasons: [
      [
        'TEP-2.3',
        'Library default for "EIA before restricting contact", not a rule of the policy’s source: An equality impact assessment, considering the customer\'s known disabilities and health, is completed before restricting contact.',
      ],
    ],
  },
  'EIA_REQUIRED: the EIA found the treatment not proportionate': {
    code: 'EIA_REQUIRED',
    message:
      'The equality impact assessment of Wednesday 1 April 2026 found the treatment not a proportionate means of achieving a legitimate aim: vary the restriction or lift it, or review the assessment, before formal action.',
    issues: [],
    index: 9,
    reasons: [
      [
        'TEP-2.3',
        'The equality impact assessment assesses whether the treatment is a proportionate means of achieving a legitimate aim; this one found it is not.',
      ],
      [
        'NF-2',
        'Any contact restriction must be proportionate: one found not proportionate is varied or lifted, not continued or escalated.',
      ],
    ],
  },
  'EIA_REQUIRED: a change of circumstances not reviewed': {
    code: 'EIA_REQUIRED',
    message:
      "The customer's circumstances changed on Sunday 1 February 2026 and the equality impact assessment has not been reviewed since: review it before restricting contact.",
    issues: [],
    index: 7,
    reasons: [
      [
        'TEP-2.4',
        'A known change to the customer’s health or circumstances triggers a review of the equality impact assessment, which determines whether the procedure continues.',
      ],
    ],
  },
  'EIA_REQUIRED: the EIA not reviewed with the case review due': {
    code: 'EIA_REQUIRED',
    message:
      "The equality impact assessment's review was due by Wednesday 2 September 2026 (with the case review) and has not been done: review it before varying the restriction.",
    issues: [],
    index: 8,
    reasons: [
      [
        'TEP-10',
        'The equality impact assessment is reviewed with every case review, at least every review interval: one not reviewed when due is not current.',
      ],
      [
        'TEP-2.4',
        'Reviews of the equality impact assessment are aligned to when the case is regularly reviewed.',
      ],
    ],
  },
  'EIA_REQUIRED: the EIA past the months it stays current': {
    code: 'EIA_REQUIRED',
    message:
      "The equality impact assessment's review was due by Tuesday 21 July 2026 (6 months after it was last completed or reviewed, the time it stays current) and has not been done: review it before restricting contact.",
    issues: [],
    index: 6,
    reasons: [
      [
        'TEP-2.4',
        'An equality impact assessment stays current for 6 months after it was last completed or reviewed: one not reviewed since is not current.',
      ],
      [
        'TEP-2.4',
        'Reviews of the equality impact assessment are aligned to when the case is regularly reviewed.',
      ],
    ],
  },
  'EIA_REQUIRED: a review continuing the restriction with no EIA review since it was imposed': {
    code: 'EIA_REQUIRED',
    message:
      'The equality impact assessment has not been reviewed since the last case review (or since the restriction was imposed): review it (eia-reviewed) with this case review, before deciding to keep or vary the restriction.',
    issues: [],
    index: 8,
    reasons: [
      [
        'TEP-2.4',
        'The equality impact assessment is reviewed with every case review; its review determines whether the procedure continues.',
      ],
    ],
  },
  'EIA_REQUIRED: the police told of no immediate risk, with no EIA': {
    code: 'EIA_REQUIRED',
    message: 'An equality impact assessment must be completed before formal action.',
    issues: [],
    index: 1,
    reasons: [
      [
        'TEP-2.3',
        "An equality impact assessment, considering the customer's known disabilities and health, is completed before formal action.",
      ],
    ],
  },
  'EIA_REQUIRED: the local authority told of no immediate risk, with no EIA': {
    code: 'EIA_REQUIRED',
    message: 'An equality impact assessment must be completed before formal action.',
    issues: [],
    index: 1,
    reasons: [
      [
        'TEP-2.3',
        "An equality impact assessment, considering the customer's known disabilities and health, is completed before formal action.",
      ],
    ],
  },
  'INVALID_TRANSITION: an EIA reviewed before any was completed': {
    code: 'INVALID_TRANSITION',
    message: 'There is no equality impact assessment to review: complete one first.',
    issues: [],
    index: 1,
    reasons: [['TEP-2.4', 'The equality impact assessment is reviewed once it has been completed.']],
  },
  'INFORMAL_ACTION_REQUIRED: a warning with no informal action or reason': {
    code: 'INFORMAL_ACTION_REQUIRED',
    message:
      'No voluntary (informal) arrangement is on file: try a supportive approach or an initial warning first (informal-action-taken), or record why the behaviour means going straight to formal action (informalSkippedBecause).',
    issues: [
      {
        path: 'events[2].informalSkippedBecause',
        message: 'expected the reason no informal action came first',
      },
    ],
    index: 2,
    reasons: [
      [
        'TEP-4.2',
        'A voluntary (informal) arrangement is tried before formal action: a supportive approach, or an initial warning recorded on file.',
      ],
      [
        'TEP-4.5',
        'Formal action may come without the steps before it because of the seriousness of the behaviour, case by case, with the reason recorded.',
      ],
    ],
  },
  'WARNING_REQUIRED: a restriction with no written warning': {
    code: 'WARNING_REQUIRED',
    message:
      'No formal written warning is on file: send one first, or record why the seriousness of the behaviour means invoking the procedure without one (warningSkippedBecause).',
    issues: [
      {
        path: 'events[4].warningSkippedBecause',
        message: 'expected the reason no written warning came first',
      },
    ],
    index: 4,
    reasons: [
      [
        'TEP-4.4',
        'If the behaviour continues, a formal written warning goes on file; contact is restricted if it persists after that.',
      ],
      [
        'TEP-4.5',
        'The procedure may be invoked without a written warning because of the seriousness of the behaviour, case by case, with the reason recorded.',
      ],
    ],
  },
  'WARNING_REQUIRED: the only warning in a form the policy does not count': {
    code: 'WARNING_REQUIRED',
    message:
      'The warning on file (dated Thursday 22 January 2026) was given by a recorded phone call, which this policy does not count as the written warning before restriction (it counts: letter, email): send one in a form it counts first, or record why the seriousness of the behaviour means invoking the procedure without one (warningSkippedBecause).',
    issues: [
      {
        path: 'events[6].warningSkippedBecause',
        message: 'expected the reason no written warning came first',
      },
    ],
    index: 6,
    reasons: [
      [
        'TEP-4.4',
        'Library default for "Forms of warning that count as the written warning", not a rule of the policy’s source: A warning counts as the written warning before restriction only in these forms: letter, email.',
      ],
      [
        'TEP-4.4',
        'If the behaviour continues, a formal written warning goes on file; contact is restricted if it persists after that.',
      ],
      [
        'TEP-4.5',
        'The procedure may be invoked without a written warning because of the seriousness of the behaviour, case by case, with the reason recorded.',
      ],
    ],
  },
  'BEHAVIOUR_NOT_PERSISTED: no incident since the warning': {
    code: 'BEHAVIOUR_NOT_PERSISTED',
    message:
      'No incident the restriction rests on occurred after the written warning dated Thursday 22 January 2026: contact is restricted if the behaviour persists after the warning. Record the later incident, or why the seriousness of the behaviour means restricting now (warningSkippedBecause).',
    issues: [
      {
        path: 'events[5]',
        message: 'expected an incident that occurred after the last written warning',
      },
    ],
    index: 5,
    reasons: [
      [
        'TEP-4.4',
        'If the behaviour continues, a formal written warning goes on file; contact is restricted if it persists after that.',
      ],
      ['TEP-5.1', 'Contact is restricted where warnings were given and the behaviour did not change.'],
      [
        'TEP-4.5',
        'The procedure may be invoked without waiting, because of the seriousness of the behaviour, case by case, with the reason recorded.',
      ],
    ],
  },
  'BEHAVIOUR_NOT_PERSISTED: the evidence named all before the warning': {
    code: 'BEHAVIOUR_NOT_PERSISTED',
    message:
      'No incident the restriction rests on occurred after the written warning dated Thursday 22 January 2026: contact is restricted if the behaviour persists after the warning. Record the later incident, or why the seriousness of the behaviour means restricting now (warningSkippedBecause).',
    issues: [
      {
        path: 'events[6].evidence',
        message: 'expected an incident that occurred after the last written warning',
      },
    ],
    index: 6,
    reasons: [
      [
        'TEP-4.4',
        'If the behaviour continues, a formal written warning goes on file; contact is restricted if it persists after that.',
      ],
      ['TEP-5.1', 'Contact is restricted where warnings were given and the behaviour did not change.'],
      [
        'TEP-4.5',
        'The procedure may be invoked without waiting, because of the seriousness of the behaviour, case by case, with the reason recorded.',
      ],
    ],
  },
  'INVALID_INPUT: a warning letter dated after it is recorded': {
    code: 'INVALID_INPUT',
    message:
      'The warning letter is dated Friday 23 January 2026, after the day it is recorded (Thursday 22 January 2026): record a letter once it is sent.',
    issues: [
      {
        path: 'events[4].letterDate',
        message: 'expected a day from 2026-01-21 to 2026-01-22',
      },
    ],
    index: 4,
    reasons: [
      [
        'TEP-9',
        'The customer is kept updated about decisions and changes: a letter records the decision it tells of, and cannot be dated before it.',
      ],
      ['TEP-2.3', 'An equality impact assessment is completed before formal action.'],
    ],
  },
  'INVALID_INPUT: a warning letter dated before the EIA it rests on': {
    code: 'INVALID_INPUT',
    message:
      'The warning letter is dated Tuesday 20 January 2026, before what it rests on (Wednesday 21 January 2026: the incidents or breach it warns about, the equality impact assessment, or 30 days before it is recorded).',
    issues: [
      {
        path: 'events[4].letterDate',
        message: 'expected a day from 2026-01-21 to 2026-01-22',
      },
    ],
    index: 4,
    reasons: [
      [
        'TEP-9',
        'The customer is kept updated about decisions and changes: a letter records the decision it tells of, and cannot be dated before it.',
      ],
      ['TEP-2.3', 'An equality impact assessment is completed before formal action.'],
    ],
  },
  'EVIDENCE_REQUIRED: no incident of the customer’s behaviour on file': {
    code: 'EVIDENCE_REQUIRED',
    message:
      'No incident of the customer’s behaviour that this policy covers is recorded on the case: a formal step must rest on recorded incidents.',
    issues: [],
    index: 1,
    reasons: [
      [
        'NF-1',
        'The landlord must be able to evidence the reasons for a restriction or warning: the incidents it rests on.',
      ],
      [
        'HAB-1',
        'Staff conduct, conduct aimed at neighbours or other residents, and behaviour that is only upset, angry, forceful or a raised voice are not evidence under this policy.',
      ],
    ],
  },
  'EVIDENCE_REQUIRED: evidence naming an unknown incident and incidents not evidence': {
    code: 'EVIDENCE_REQUIRED',
    message:
      "The evidence names incidents the case does not hold as behaviour this policy covers: expected an incident recorded on the case, found no incident 'inc-9'; incident 'inc-s' is not evidence: it records the conduct of staff, not the customer's behaviour; incident 'inc-n' is not evidence: it was aimed at a neighbour, which is anti-social behaviour, handled under the ASB policy; incident 'inc-u' is not evidence: the classification finds nothing in it unacceptable under this policy (upset or anger alone, or behaviour that counts only when it keeps happening, logged once).",
    issues: [
      {
        path: 'events[7].evidence[0]',
        message: "expected an incident recorded on the case, found no incident 'inc-9'",
      },
      {
        path: 'events[7].evidence[1]',
        message:
          "incident 'inc-s' is not evidence: it records the conduct of staff, not the customer's behaviour",
      },
      {
        path: 'events[7].evidence[2]',
        message:
          "incident 'inc-n' is not evidence: it was aimed at a neighbour, which is anti-social behaviour, handled under the ASB policy",
      },
      {
        path: 'events[7].evidence[3]',
        message:
          "incident 'inc-u' is not evidence: the classification finds nothing in it unacceptable under this policy (upset or anger alone, or behaviour that counts only when it keeps happening, logged once)",
      },
    ],
    index: 7,
    reasons: [
      ['NF-1', 'Every restriction records the incidents it rests on, and those incidents are on the case.'],
      [
        'SC-1',
        'A member of staff’s conduct towards a resident is staff conduct, never evidence of the resident’s behaviour.',
      ],
      [
        'HAB-1',
        'Conduct aimed at neighbours or other residents is anti-social behaviour, handled under the ASB policy, not this one.',
      ],
      [
        'TEP-1',
        'Forceful or determined is not unacceptable, and being upset or angry is understandable; behaviour a competent colleague is expected to deal with is not unacceptable (TEP 3).',
      ],
    ],
  },
  'EVIDENCE_REQUIRED: an event naming an incident not recorded': {
    code: 'EVIDENCE_REQUIRED',
    message: "The event names incident 'inc-9', which is not recorded on the case: record it first.",
    issues: [
      {
        path: 'events[1].incidentId',
        message: "expected an incident recorded on the case, found no incident 'inc-9'",
      },
    ],
    index: 1,
    reasons: [['NF-1', 'The incidents a decision rests on are recorded on the case.']],
  },
  'EVIDENCE_REQUIRED: a breach warning with no breach': {
    code: 'EVIDENCE_REQUIRED',
    message: 'No breach of a restriction is recorded: a breach warning follows a recorded breach.',
    issues: [],
    index: 8,
    reasons: [
      ['TEP-8', 'If the customer continues to disregard contact restrictions, a warning letter is sent.'],
    ],
  },
  'INVALID_INPUT: an incident dated after the event recording it': {
    code: 'INVALID_INPUT',
    message:
      'The incident is dated 2026-01-05T11:00:00Z, after the event recording it (2026-01-05T10:00:00Z): an incident is recorded once it has happened.',
    issues: [
      {
        path: 'events[0].incident.occurredAt',
        message: 'expected an instant at or before 2026-01-05T10:00:00Z',
      },
    ],
    index: 0,
    reasons: [['NF-1', 'The incidents a decision rests on are recorded on the case as they happened.']],
  },
  'INVALID_INPUT: an incident id recorded twice': {
    code: 'INVALID_INPUT',
    message: "Incident 'inc-1' is already recorded on the case.",
    issues: [
      {
        path: 'events[1].incident.id',
        message: "expected a new incident id, 'inc-1' is already recorded",
      },
    ],
    index: 1,
    reasons: [],
  },
  'INVALID_INPUT: a restriction id used twice': {
    code: 'INVALID_INPUT',
    message: "A restriction 'r-1' is already on the case.",
    issues: [
      {
        path: 'events[9].restriction.id',
        message: "expected a new restriction id, 'r-1' is already used",
      },
    ],
    index: 9,
    reasons: [],
  },
  'LENGTH_REQUIRED: no length, and the policy sets none': {
    code: 'LENGTH_REQUIRED',
    message:
      "The policy 'tenancy-enforcement-procedure' sets no default length: the decision must state how long the restriction lasts.",
    issues: [
      {
        path: 'events[6].restriction.months',
        message: 'expected the restriction length in whole months',
      },
    ],
    index: 6,
    reasons: [['TEP-5.2', 'The customer is told in writing how long the restriction will be in place.']],
  },
  'LENGTH_OVER_MAXIMUM: 24 months where the policy allows 12': {
    code: 'LENGTH_OVER_MAXIMUM',
    message:
      "A restriction may last at most 12 months under the policy 'tep-up-to-12-months', and this one would last 24: make it 12 months or less.",
    issues: [
      {
        path: 'events[6].restriction.months',
        message: 'expected at most 12 months, received 24',
      },
    ],
    index: 6,
    reasons: [['TEP-5.2', 'A restriction lasts any length up to 12 months.']],
  },
  'LENGTH_JUSTIFICATION_REQUIRED: Selwood’s 12-month period departed from without a reason': {
    code: 'LENGTH_JUSTIFICATION_REQUIRED',
    message:
      'The policy sets a 12-month period for restrictions, and this one would last 6 months: record why (lengthJustification), or make it 12 months.',
    issues: [
      {
        path: 'events[6].lengthJustification',
        message: "expected why the restriction lasts 6 months rather than the policy's 12",
      },
    ],
    index: 6,
    reasons: [['SH-2', 'Measures last 12 months; a restriction of another length records why.']],
  },
  'RECEIVED_ON_REQUIRED: counted from actual receipt, and no day of receipt': {
    code: 'RECEIVED_ON_REQUIRED',
    message:
      'The policy counts the time to appeal from the day the customer actually received the decision letter: record that day (letterReceivedOn).',
    issues: [
      {
        path: 'events[6].letterReceivedOn',
        message: 'expected the civil date the customer received the decision letter',
      },
    ],
    index: 6,
    reasons: [
      ['TEP-11.2', 'The time to appeal runs from the day the customer received the decision letter.'],
    ],
  },
  'NOTICE_CHANNEL_NOT_ALLOWED: a decision letter by email, where notices go by letter': {
    code: 'NOTICE_CHANNEL_NOT_ALLOWED',
    message:
      'The decision letter was sent by email, and the policy sends notices by letter only: send it again that way and record that service.',
    issues: [
      {
        path: 'events[6].service.method',
        message: 'expected a way of sending by letter',
      },
    ],
    index: 6,
    reasons: [
      [
        'TEP-5.2',
        'Library default for "How notices may be sent", not a rule of the policy’s source: The customer is told of the decision in writing, by letter.',
      ],
    ],
  },
  'NOTICE_CHANNEL_NOT_ALLOWED: a variation’s letter posted, where notices go by email': {
    code: 'NOTICE_CHANNEL_NOT_ALLOWED',
    message:
      'The decision letter was sent by letter, and the policy sends notices by email only: send it again that way and record that service.',
    issues: [
      {
        path: 'events[8].service.method',
        message: 'expected a way of sending by email',
      },
    ],
    index: 8,
    reasons: [
      [
        'TEP-5.2',
        'Library default for "How notices may be sent", not a rule of the policy’s source: The customer is told of the decision in writing, by email.',
      ],
    ],
  },
  'DISPROPORTIONATE_MEASURE: a variation to a measure a recorded need conflicts with': {
    code: 'DISPROPORTIONATE_MEASURE',
    message:
      'A measure conflicts with a need recorded in the equality impact assessment (cannot-write): record the reasonable adjustment made (adjustments) or why the measure is still justified (justification).',
    issues: [
      {
        path: 'events[9].measures[1]',
        message:
          "conflicts with the recorded need 'cannot-write': the customer cannot write, so contact in writing only would shut them out",
      },
    ],
    index: 9,
    reasons: [
      [
        'NF-2',
        'A contact restriction must be proportionate and show regard for the Equality Act 2010: a measure that conflicts with a recorded need needs an adjustment or a recorded justification.',
      ],
      [
        'TEP-2.2',
        "The 'single-channel' measure conflicts with 'cannot-write': the customer cannot write, so contact in writing only would shut them out.",
      ],
    ],
  },
  'INVALID_INPUT: a restriction’s dates do not hang together': {
    code: 'INVALID_INPUT',
    message:
      "The decision's dates do not hang together: events[6].letterReceivedOn: expected a day on or after the date on the letter (2026-03-03); events[6].restriction.startsOn: expected a day on or after the decision (2026-03-02): a restriction cannot be in force before it is decided; events[6].decisionLetterDate: expected a letter dated on or before the restriction starts (2026-03-01): the customer is told in writing before it binds them.",
    issues: [
      {
        path: 'events[6].letterReceivedOn',
        message: 'expected a day on or after the date on the letter (2026-03-03)',
      },
      {
        path: 'events[6].restriction.startsOn',
        message:
          'expected a day on or after the decision (2026-03-02): a restriction cannot be in force before it is decided',
      },
      {
        path: 'events[6].decisionLetterDate',
        message:
          'expected a letter dated on or before the restriction starts (2026-03-01): the customer is told in writing before it binds them',
      },
    ],
    index: 6,
    reasons: [
      [
        'TEP-5.2',
        'The customer is told in writing of the restriction, its reasons and how long it lasts: it cannot be in force before it is decided and told.',
      ],
      [
        'TEP-11.2',
        'The time to appeal runs from the date on the decision letter, so that date must be true.',
      ],
    ],
  },
  'INVALID_INPUT: a decision letter before the incident it rests on, and too long before it is recorded': {
    code: 'INVALID_INPUT',
    message:
      "The decision's dates do not hang together: events[6].appealLastDayStated: expected a last day to appeal on or after the date on the letter (2026-02-09); events[6].decisionLetterDate: expected a letter dated no more than 30 days before the decision is recorded (2026-03-20), on or after 2026-02-18; events[6].decisionLetterDate: expected a letter dated on or after 2026-02-10, the last warning or incident the decision rests on.",
    issues: [
      {
        path: 'events[6].appealLastDayStated',
        message: 'expected a last day to appeal on or after the date on the letter (2026-02-09)',
      },
      {
        path: 'events[6].decisionLetterDate',
        message:
          'expected a letter dated no more than 30 days before the decision is recorded (2026-03-20), on or after 2026-02-18',
      },
      {
        path: 'events[6].decisionLetterDate',
        message:
          'expected a letter dated on or after 2026-02-10, the last warning or incident the decision rests on',
      },
    ],
    index: 6,
    reasons: [
      [
        'TEP-5.2',
        'The customer is told in writing of the restriction, its reasons and how long it lasts: it cannot be in force before it is decided and told.',
      ],
      [
        'TEP-11.2',
        'The time to appeal runs from the date on the decision letter, so that date must be true.',
      ],
    ],
  },
  'INVALID_INPUT: a variation’s receipt and stated last day with no new letter': {
    code: 'INVALID_INPUT',
    message:
      "The decision's dates do not hang together: events[8].appealLastDayStated: expected the new decision letter (decisionLetterDate) that stated this last day to appeal; events[8].letterReceivedOn: expected the new decision letter (decisionLetterDate) that was received.",
    issues: [
      {
        path: 'events[8].appealLastDayStated',
        message: 'expected the new decision letter (decisionLetterDate) that stated this last day to appeal',
      },
      {
        path: 'events[8].letterReceivedOn',
        message: 'expected the new decision letter (decisionLetterDate) that was received',
      },
    ],
    index: 8,
    reasons: [
      [
        'TEP-5.2',
        'The customer is told in writing of the restriction, its reasons and how long it lasts: it cannot be in force before it is decided and told.',
      ],
      [
        'TEP-11.2',
        'The time to appeal runs from the date on the decision letter, so that date must be true.',
      ],
    ],
  },
  'INVALID_INPUT: a variation’s letter dated before the decision it varies': {
    code: 'INVALID_INPUT',
    message:
      "The decision's dates do not hang together: events[8].decisionLetterDate: expected a letter dated on or after the decision it varies (2026-03-02).",
    issues: [
      {
        path: 'events[8].decisionLetterDate',
        message: 'expected a letter dated on or after the decision it varies (2026-03-02)',
      },
    ],
    index: 8,
    reasons: [
      [
        'TEP-5.2',
        'The customer is told in writing of the restriction, its reasons and how long it lasts: it cannot be in force before it is decided and told.',
      ],
      [
        'TEP-11.2',
        'The time to appeal runs from the date on the decision letter, so that date must be true.',
      ],
    ],
  },
  'INVALID_INPUT: a variation’s letter received after it is recorded': {
    code: 'INVALID_INPUT',
    message:
      "The decision's dates do not hang together: events[8].letterReceivedOn: expected a day on or before the decision is recorded (2026-03-20).",
    issues: [
      {
        path: 'events[8].letterReceivedOn',
        message: 'expected a day on or before the decision is recorded (2026-03-20)',
      },
    ],
    index: 8,
    reasons: [
      [
        'TEP-5.2',
        'The customer is told in writing of the restriction, its reasons and how long it lasts: it cannot be in force before it is decided and told.',
      ],
      [
        'TEP-11.2',
        'The time to appeal runs from the date on the decision letter, so that date must be true.',
      ],
    ],
  },
  'DISPROPORTIONATE_MEASURE: a measure conflicting with a recorded need, unanswered': {
    code: 'DISPROPORTIONATE_MEASURE',
    message:
      'A measure conflicts with a need recorded in the equality impact assessment (visual-impairment): record the reasonable adjustment made (adjustments) or why the measure is still justified (justification).',
    issues: [
      {
        path: 'events[6].restriction.measures[0]',
        message:
          "conflicts with the recorded need 'visual-impairment': the customer has a visual impairment, so printed or written-only contact needs an accessible format",
      },
    ],
    index: 6,
    reasons: [
      [
        'NF-2',
        'A contact restriction must be proportionate and show regard for the Equality Act 2010: a measure that conflicts with a recorded need needs an adjustment or a recorded justification.',
      ],
      [
        'TEP-2.2',
        "The 'written-only' measure conflicts with 'visual-impairment': the customer has a visual impairment, so printed or written-only contact needs an accessible format.",
      ],
    ],
  },
  'DISPROPORTIONATE_MEASURE: a review continuing measures a need since conflicts with': {
    code: 'DISPROPORTIONATE_MEASURE',
    message:
      "The measures conflict with needs recorded since they were decided (restriction 'r-1': 'written-only' and 'cannot-write'): vary the measure, or record the adjustments made or why it is still justified (restriction-varied), before continuing it.",
    issues: [
      {
        path: 'events[9].outcome',
        message: 'expected the measures to answer every recorded need first',
      },
    ],
    index: 9,
    reasons: [
      [
        'NF-2',
        'A contact restriction must be proportionate and show regard for the Equality Act 2010: a measure that conflicts with a recorded need needs an adjustment or a recorded justification.',
      ],
      [
        'TEP-2.2',
        "The 'written-only' measure conflicts with 'cannot-write': the customer cannot write, so contact in writing only would shut them out.",
      ],
    ],
  },
  'DISPROPORTIONATE_MEASURE: a breach warning enforcing them': {
    code: 'DISPROPORTIONATE_MEASURE',
    message:
      "The measures conflict with needs recorded since they were decided (restriction 'r-1': 'written-only' and 'cannot-write'): vary the measure, or record the adjustments made or why it is still justified (restriction-varied), before warning the customer for breaching it.",
    issues: [
      {
        path: 'events[10]',
        message: 'expected the measures to answer every recorded need first',
      },
    ],
    index: 10,
    reasons: [
      [
        'NF-2',
        'A contact restriction must be proportionate and show regard for the Equality Act 2010: a measure that conflicts with a recorded need needs an adjustment or a recorded justification.',
      ],
      [
        'TEP-2.2',
        "The 'written-only' measure conflicts with 'cannot-write': the customer cannot write, so contact in writing only would shut them out.",
      ],
    ],
  },
  'SPOC_REQUIRED: a spoc-only restriction naming no SPOC': {
    code: 'SPOC_REQUIRED',
    message:
      'Contact through a single point of contact only needs the SPOC named: the customer is told who it is.',
    issues: [
      {
        path: 'events[6].restriction.spoc',
        message: 'expected the SPOC { staffId, name } for the spoc-only measure',
      },
    ],
    index: 6,
    reasons: [['TEP-6', 'The SPOC is a designated colleague, named to the customer in the decision letter.']],
  },
  'SPOC_REQUIRED: a variation to spoc-only with no SPOC assigned': {
    code: 'SPOC_REQUIRED',
    message:
      'The variation makes contact through a single point of contact only, and the case has none: assign a SPOC (spoc-assigned) first, so the customer is told who it is.',
    issues: [
      {
        path: 'events[8].measures',
        message: 'expected a SPOC assigned to the case before a spoc-only measure',
      },
    ],
    index: 8,
    reasons: [['TEP-6', 'The SPOC is a designated colleague, named to the customer in the decision letter.']],
  },
  'INVALID_INPUT: a restriction naming another SPOC than the case’s': {
    code: 'INVALID_INPUT',
    message:
      "The case's SPOC is already Sam Patel (sp-1): change it with a spoc-handover, so the customer is told.",
    issues: [
      {
        path: 'events[7].restriction.spoc',
        message: "expected the case's SPOC 'sp-1' or none",
      },
    ],
    index: 7,
    reasons: [['TEP-6', 'If the SPOC hands over, even temporarily, the customer must be told.']],
  },
  'NO_ACTIVE_RESTRICTION: no restriction current to lift': {
    code: 'NO_ACTIVE_RESTRICTION',
    message: 'No restriction is current (decided, not lifted or ended) on the case at this time.',
    issues: [],
    index: 1,
    reasons: [['TEP-10', 'This step concerns a restriction on contact, and the case has none at this time.']],
  },
  'NO_ACTIVE_RESTRICTION: no restriction in force to breach': {
    code: 'NO_ACTIVE_RESTRICTION',
    message: 'No restriction is in force on the case at this time.',
    issues: [],
    index: 7,
    reasons: [['TEP-8', 'This step concerns a restriction on contact, and the case has none at this time.']],
  },
  'NO_ACTIVE_RESTRICTION: a restriction named that is not in force yet': {
    code: 'NO_ACTIVE_RESTRICTION',
    message: "Restriction 'r-1' is not in force at this time.",
    issues: [
      {
        path: 'events[8].restrictionId',
        message: 'expected a restriction in force on the case',
      },
    ],
    index: 8,
    reasons: [],
  },
  'NO_ACTIVE_RESTRICTION: a restriction named that the case does not have': {
    code: 'NO_ACTIVE_RESTRICTION',
    message: "The case has no restriction 'r-9'.",
    issues: [
      {
        path: 'events[8].restrictionId',
        message: 'expected a restriction current (decided, not lifted or ended) on the case',
      },
    ],
    index: 8,
    reasons: [],
  },
  'NO_ACTIVE_RESTRICTION: a restriction named that is no longer current': {
    code: 'NO_ACTIVE_RESTRICTION',
    message: "Restriction 'r-1' is not current (decided, not lifted or ended) at this time.",
    issues: [
      {
        path: 'events[11].restrictionId',
        message: 'expected a restriction current (decided, not lifted or ended) on the case',
      },
    ],
    index: 11,
    reasons: [],
  },
  'INVALID_INPUT: several restrictions current, none named': {
    code: 'INVALID_INPUT',
    message:
      'Several restrictions are current (decided, not lifted or ended) (r-1, r-2): name one in restrictionId.',
    issues: [
      {
        path: 'events[10].restrictionId',
        message: 'expected the id of the restriction this event concerns',
      },
    ],
    index: 10,
    reasons: [],
  },
  'INVALID_TRANSITION: closing with a restriction current': {
    code: 'INVALID_TRANSITION',
    message: "Restriction 'r-1' is still current: lift it (with a review) before closing the case.",
    issues: [],
    index: 8,
    reasons: [
      [
        'TEP-10',
        'A review decides whether the measures in place remain, are adjusted or are removed, and the customer is written to with the outcome.',
      ],
    ],
  },
  'INVALID_TRANSITION: closing with a reconsideration waiting': {
    code: 'INVALID_TRANSITION',
    message: 'An appeal or reconsideration is still waiting for its decision.',
    issues: [],
    index: 11,
    reasons: [
      ['TEP-11.2', 'The outcome of an appeal is given within the decision period of when it is received.'],
    ],
  },
  'LETTERS_OUTSTANDING: closing with a letter owed': {
    code: 'LETTERS_OUTSTANDING',
    message:
      'The customer is still owed a letter (restriction-lifted of Friday 20 March 2026): record each (customer-informed) before closing the case.',
    issues: [],
    index: 10,
    reasons: [
      [
        'TEP-9',
        'The customer is kept updated about decisions and changes: a letter records the decision it tells of, and cannot be dated before it.',
      ],
      [
        'TEP-9',
        "The customer is kept updated about decisions and changes: they are told in writing that restriction 'r-1' was lifted on Friday 20 March 2026.",
      ],
    ],
  },
  'LETTERS_OUTSTANDING: closing with two letters owed': {
    code: 'LETTERS_OUTSTANDING',
    message:
      'The customer is still owed 2 letters (appeal-decided of Friday 20 March 2026, spoc-handover of Saturday 21 March 2026): record each (customer-informed) before closing the case.',
    issues: [],
    index: 13,
    reasons: [
      [
        'TEP-9',
        'The customer is kept updated about decisions and changes: a letter records the decision it tells of, and cannot be dated before it.',
      ],
      [
        'TEP-11.2',
        'The outcome of the appeal decided on Friday 20 March 2026 is sent to the customer: a fact sheet with an accompanying letter.',
      ],
      [
        'TEP-11.3',
        'The decision is final; the letter signposts the Housing Ombudsman to a customer still dissatisfied.',
      ],
      [
        'TEP-6',
        'The customer must be told of the change of SPOC of Saturday 21 March 2026 (now sp-2), even if only for a short period.',
      ],
    ],
  },
  'TEAMS_NOT_INFORMED: closing with a change untold': {
    code: 'TEAMS_NOT_INFORMED',
    message:
      "The teams the policy names are still to be told of a change: restriction 'r-1' lifted on Friday 20 March 2026 (customer-service-centre). Record each (teams-informed) before closing the case.",
    issues: [],
    index: 10,
    reasons: [
      [
        'TEP-9',
        'Update the appropriate colleagues and/or teams: records and warning markers are kept up to date.',
      ],
    ],
  },
  'TEAMS_NOT_INFORMED: closing with two changes untold': {
    code: 'TEAMS_NOT_INFORMED',
    message:
      "The teams the policy names are still to be told of 2 changes: restriction 'r-1' imposed on Monday 2 March 2026 (customer-service-centre, repairs-contractors); restriction 'r-1' lifted on Friday 20 March 2026 (customer-service-centre, repairs-contractors). Record each (teams-informed) before closing the case.",
    issues: [],
    index: 8,
    reasons: [
      [
        'TEP-9',
        'Update the appropriate colleagues and/or teams: records and warning markers are kept up to date.',
      ],
    ],
  },
  'INVALID_TRANSITION: no letter of the kind owed': {
    code: 'INVALID_TRANSITION',
    message: "No letter about a 'restriction-lifted' decision is owed to the customer.",
    issues: [
      {
        path: 'events[8].about',
        message: 'expected a decision the customer has not yet been written to about',
      },
    ],
    index: 8,
    reasons: [],
  },
  'INVALID_TRANSITION: no letter owed for the restriction named': {
    code: 'INVALID_TRANSITION',
    message: "No letter about a 'restriction-lifted' decision is owed to the customer for restriction 'r-2'.",
    issues: [
      {
        path: 'events[9].about',
        message: 'expected a decision the customer has not yet been written to about',
      },
    ],
    index: 9,
    reasons: [],
  },
  'INVALID_INPUT: a letter dated before the decision it tells of': {
    code: 'INVALID_INPUT',
    message:
      "The letter's date does not fit the decision it tells of: expected a letter dated on or after the decision it records (2026-03-20).",
    issues: [
      {
        path: 'events[9].letterDate',
        message: 'expected a letter dated on or after the decision it records (2026-03-20)',
      },
    ],
    index: 9,
    reasons: [
      [
        'TEP-9',
        'The customer is kept updated about decisions and changes: a letter records the decision it tells of, and cannot be dated before it.',
      ],
    ],
  },
  'INVALID_INPUT: a letter dated after it is recorded (deprecated informedOn)': {
    code: 'INVALID_INPUT',
    message:
      "The letter's date does not fit the decision it tells of: expected a letter dated on or before the day it is recorded (2026-03-21).",
    issues: [
      {
        path: 'events[9].informedOn',
        message: 'expected a letter dated on or before the day it is recorded (2026-03-21)',
      },
    ],
    index: 9,
    reasons: [
      [
        'TEP-9',
        'The customer is kept updated about decisions and changes: a letter records the decision it tells of, and cannot be dated before it.',
      ],
    ],
  },
  'INVALID_INPUT: a decision’s own letter dated before it': {
    code: 'INVALID_INPUT',
    message:
      'The letter is dated Thursday 19 March 2026, before the decision it records (Friday 20 March 2026).',
    issues: [
      {
        path: 'events[8].letterDate',
        message: 'expected the day of the decision it records (2026-03-20)',
      },
    ],
    index: 8,
    reasons: [
      [
        'TEP-9',
        'The customer is kept updated about decisions and changes: a letter records the decision it tells of, and cannot be dated before it.',
      ],
    ],
  },
  'INVALID_INPUT: a handover’s letter dated after it': {
    code: 'INVALID_INPUT',
    message:
      'The letter is dated Saturday 21 March 2026, after the day the decision is recorded (Friday 20 March 2026): record a letter once it is sent (customer-informed).',
    issues: [
      {
        path: 'events[9].customerInformedOn',
        message: 'expected the day of the decision it records (2026-03-20)',
      },
    ],
    index: 9,
    reasons: [
      [
        'TEP-9',
        'The customer is kept updated about decisions and changes: a letter records the decision it tells of, and cannot be dated before it.',
      ],
    ],
  },
  'INVALID_INPUT: teams the policy does not name': {
    code: 'INVALID_INPUT',
    message: 'The teams told must be ones the policy names (teams.toInform).',
    issues: [
      {
        path: 'events[7].teams[0]',
        message:
          "expected a team the policy names (teams.toInform), received 'customer-services'; the nearest: 'customer-service-centre', 'repairs-contractors'",
      },
      {
        path: 'events[7].teams[1]',
        message:
          "expected a team the policy names (teams.toInform), received 'repairs'; the nearest: 'repairs-contractors', 'customer-service-centre'",
      },
    ],
    index: 7,
    reasons: [['TEP-9', 'The policy names the teams to tell: customer-service-centre, repairs-contractors.']],
  },
  'INVALID_INPUT: a team told where the policy names none': {
    code: 'INVALID_INPUT',
    message: 'The teams told must be ones the policy names (teams.toInform).',
    issues: [
      {
        path: 'events[7].teams[0]',
        message: "expected a team the policy names (teams.toInform), received 'repairs'; it names none",
      },
    ],
    index: 7,
    reasons: [['TEP-9', 'The policy names the teams to tell: none.']],
  },
  'INVALID_TRANSITION: no change waiting for the teams named': {
    code: 'INVALID_TRANSITION',
    message: 'No change to a restriction is waiting to be told to these teams.',
    issues: [
      {
        path: 'events[8].teams',
        message: 'expected a team not yet told of a restriction imposed, varied or lifted',
      },
    ],
    index: 8,
    reasons: [],
  },
  'INVALID_TRANSITION: a marker reviewed where the case holds none': {
    code: 'INVALID_TRANSITION',
    message: "The case holds no warning marker 'marker-inc-1' to review.",
    issues: [
      {
        path: 'events[1].markerId',
        message: 'expected a warning marker the case holds; it holds none',
      },
    ],
    index: 1,
    reasons: [['NF-9', 'A warning marker rests on a specific recorded incident.']],
  },
  'INVALID_TRANSITION: a marker id misspelt': {
    code: 'INVALID_TRANSITION',
    message: "The case holds no warning marker 'marker-inc1' to review.",
    issues: [
      {
        path: 'events[3].markerId',
        message:
          "expected a warning marker the case holds, received 'marker-inc1'; the nearest: 'marker-inc-1', 'marker-inc-2'",
      },
    ],
    index: 3,
    reasons: [['NF-9', 'A warning marker rests on a specific recorded incident.']],
  },
  'SPOC_REQUIRED: a handover with no SPOC': {
    code: 'SPOC_REQUIRED',
    message: 'The case has no single point of contact.',
    issues: [],
    index: 8,
    reasons: [['TEP-6', 'This step concerns the single point of contact, and none is assigned.']],
  },
  'INVALID_TRANSITION: a second SPOC assigned': {
    code: 'INVALID_TRANSITION',
    message:
      "The case's SPOC is already Sam Patel (sp-1): change it with a spoc-handover, so the customer is told.",
    issues: [],
    index: 9,
    reasons: [['TEP-6', 'If the SPOC hands over, even temporarily, the customer must be told.']],
  },
  'INVALID_INPUT: a handover to the SPOC already in place': {
    code: 'INVALID_INPUT',
    message: 'Sam Patel is already the SPOC.',
    issues: [
      {
        path: 'events[9].to.staffId',
        message: 'expected a colleague other than the current SPOC',
      },
    ],
    index: 9,
    reasons: [],
  },
  'DECIDER_NOT_INDEPENDENT: the SPOC overseeing their own work': {
    code: 'DECIDER_NOT_INDEPENDENT',
    message: 'The SPOC cannot review their own correspondence and decisions.',
    issues: [
      {
        path: 'events[9].by',
        message: 'expected a colleague other than the SPOC',
      },
    ],
    index: 9,
    reasons: [
      [
        'TEP-6',
        'The SPOC’s correspondence and decisions are reviewed by another colleague, quarterly or sooner.',
      ],
    ],
  },
  'PROTECTION_IN_FORCE: a reported officer taking a step': {
    code: 'PROTECTION_IN_FORCE',
    message:
      "ho-1 was reported by the resident for their conduct and has no further contact with the resident until the resident is satisfied with the outcome: another colleague takes this step ('interaction-ended').",
    issues: [
      {
        path: 'events[9].by',
        message: "expected a colleague other than 'ho-1', whom the resident reported (SC-2)",
      },
    ],
    index: 9,
    reasons: [
      [
        'SC-2',
        'Once a resident reports a staff member’s conduct, that staff member has no further contact with the resident until the resident is satisfied with the outcome.',
      ],
    ],
  },
  'PROTECTION_IN_FORCE: a reported officer deciding jointly': {
    code: 'PROTECTION_IN_FORCE',
    message:
      "hm-2 was reported by the resident for their conduct and has no further contact with the resident until the resident is satisfied with the outcome: another colleague takes this step ('restriction-lifted').",
    issues: [
      {
        path: 'events[9].jointlyWith[1].by',
        message: "expected a colleague other than 'hm-2', whom the resident reported (SC-2)",
      },
    ],
    index: 9,
    reasons: [
      [
        'SC-2',
        'Once a resident reports a staff member’s conduct, that staff member has no further contact with the resident until the resident is satisfied with the outcome.',
      ],
    ],
  },
  'PROTECTION_IN_FORCE: a handover to a reported colleague': {
    code: 'PROTECTION_IN_FORCE',
    message:
      'Chris Doyle (sp-2) was reported by the resident for their conduct: they have no contact with the resident until the resident is satisfied with the outcome.',
    issues: [
      {
        path: 'events[10].to',
        message: "expected a SPOC other than 'sp-2'",
      },
    ],
    index: 10,
    reasons: [
      [
        'SC-2',
        'Once a resident reports a staff member’s conduct, that staff member has no further contact with the resident until the resident is satisfied with the outcome.',
      ],
    ],
  },
  'PROTECTION_IN_FORCE: a variation while the case’s SPOC is reported': {
    code: 'PROTECTION_IN_FORCE',
    message:
      "The case's SPOC, Sam Patel (sp-1), was reported by the resident for their conduct: hand over to another colleague (spoc-handover) before contact is channelled through a SPOC again.",
    issues: [],
    index: 10,
    reasons: [
      [
        'SC-2',
        'Once a resident reports a staff member’s conduct, that staff member has no further contact with the resident until the resident is satisfied with the outcome.',
      ],
      [
        'TEP-6',
        'The SPOC is the designated colleague contact is channelled through; if the SPOC hands over, the customer must be told.',
      ],
    ],
  },
  'PROTECTION_IN_FORCE: a reported colleague assigned as SPOC': {
    code: 'PROTECTION_IN_FORCE',
    message:
      'Sam Patel (sp-1) was reported by the resident for their conduct: they have no contact with the resident until the resident is satisfied with the outcome.',
    issues: [
      {
        path: 'events[9].spoc',
        message: "expected a SPOC other than 'sp-1'",
      },
    ],
    index: 9,
    reasons: [
      [
        'SC-2',
        'Once a resident reports a staff member’s conduct, that staff member has no further contact with the resident until the resident is satisfied with the outcome.',
      ],
    ],
  },
  'INVALID_TRANSITION: a report resolved that is not open': {
    code: 'INVALID_TRANSITION',
    message: "No report of sp-9's conduct is open on the case.",
    issues: [
      {
        path: 'events[8].staffId',
        message: 'expected a staff member reported by the resident and not yet resolved',
      },
    ],
    index: 8,
    reasons: [],
  },
  'WARNING_REQUIRED: legal action with no breach warning': {
    code: 'WARNING_REQUIRED',
    message:
      'No breach warning letter has been sent: legal action follows a warning that ignoring the restrictions may lead to it.',
    issues: [],
    index: 9,
    reasons: [
      [
        'TEP-8',
        'If the customer continues to disregard contact restrictions, a warning letter is sent first, warning of the action that may follow.',
      ],
      [
        'TEP-4.6',
        'Behaviour that threatens the immediate safety of colleagues or others may lead to legal action without warning: record the risk in immediateRiskBecause.',
      ],
    ],
  },
  'EVIDENCE_REQUIRED: legal action with no breach since the breach warning': {
    code: 'EVIDENCE_REQUIRED',
    message:
      'No breach is recorded since the breach warning: legal action is considered only if the customer continues to ignore the warning.',
    issues: [],
    index: 10,
    reasons: [
      [
        'TEP-8',
        'If the behaviour does not change and the customer continues to ignore the warnings, legal action may be considered.',
      ],
      [
        'TEP-4.6',
        'Behaviour that threatens the immediate safety of colleagues or others may lead to legal action without warning: record the risk in immediateRiskBecause.',
      ],
    ],
  },
  'LEGAL_STEP_OUT_OF_ORDER: an injunction before the legal warning letter': {
    code: 'LEGAL_STEP_OUT_OF_ORDER',
    message:
      'Injunction proceedings must come before a civil restraint order: legal steps are taken in order of gravity.',
    issues: [
      {
        path: 'events[11].step',
        message: "expected the 'injunction' step first",
      },
    ],
    index: 11,
    reasons: [
      [
        'TEP-8',
        'Legal steps follow in order of gravity: a legal warning letter, then injunction proceedings, a civil restraint order, and a Notice of Seeking Possession once some or all of these are exhausted.',
      ],
      [
        'TEP-4.6',
        'Only an immediate risk to safety justifies going straight to a graver step (immediateRiskBecause).',
      ],
    ],
  },
  'LEGAL_STEP_OUT_OF_ORDER: a Notice of Seeking Possession before the legal warning letter': {
    code: 'LEGAL_STEP_OUT_OF_ORDER',
    message:
      'A legal warning letter must come before a Notice of Seeking Possession: legal steps are taken in order of gravity.',
    issues: [
      {
        path: 'events[11].step',
        message: "expected the 'legal-warning-letter' step first",
      },
    ],
    index: 11,
    reasons: [
      [
        'TEP-8',
        'Legal steps follow in order of gravity: a legal warning letter, then injunction proceedings, a civil restraint order, and a Notice of Seeking Possession once some or all of these are exhausted.',
      ],
      [
        'TEP-4.6',
        'Only an immediate risk to safety justifies going straight to a graver step (immediateRiskBecause).',
      ],
    ],
  },
  'DISPROPORTIONATE_MEASURE: legal action enforcing measures a need conflicts with': {
    code: 'DISPROPORTIONATE_MEASURE',
    message:
      "The measures conflict with needs recorded since they were decided (restriction 'r-1': 'written-only' and 'pre-arranged-contact'): vary the measure, or record the adjustments made or why it is still justified (restriction-varied), before taking legal action over it.",
    issues: [
      {
        path: 'events[14].step',
        message: 'expected the measures to answer every recorded need first',
      },
    ],
    index: 14,
    reasons: [
      [
        'NF-2',
        'A contact restriction must be proportionate and show regard for the Equality Act 2010: a measure that conflicts with a recorded need needs an adjustment or a recorded justification.',
      ],
      [
        'TEP-2.2',
        "The 'written-only' measure conflicts with 'pre-arranged-contact': the customer needs a pre-arranged call or interview (for example, being neurodivergent), so written-only contact would shut them out.",
      ],
    ],
  },
  'NO_APPEAL_ROUTE: no internal appeal': {
    code: 'NO_APPEAL_ROUTE',
    message:
      "The policy 'tenancy-enforcement-procedure' gives no internal appeal: the decision is final, and a customer who remains dissatisfied is signposted to the Housing Ombudsman.",
    issues: [
      {
        path: 'policy.appeal',
        message: 'the policy sets no appeal route (appeal: null)',
      },
    ],
    index: 7,
    reasons: [
      ['TEP-11.2', 'The policy gives no internal appeal against this decision: the decision is final.'],
      [
        'TEP-11.3',
        'A final decision cannot be appealed against; a customer who remains dissatisfied is signposted to the Housing Ombudsman.',
      ],
      [
        'NF-3',
        'The customer may still complain, and take the matter to the Housing Ombudsman: no restriction stops that.',
      ],
    ],
  },
  'APPEAL_OUT_OF_TIME: received after the last day': {
    code: 'APPEAL_OUT_OF_TIME',
    message:
      'The appeal was received on Tuesday 17 March 2026, after the last day to appeal, Monday 16 March 2026: the right of appeal is lost.',
    issues: [
      {
        path: 'events[8].at',
        message: 'expected a day on or before 2026-03-16',
      },
    ],
    index: 8,
    reasons: [
      [
        'TEP-11.2',
        'An appeal must be made in writing within the appeal window from the decision letter dated Monday 2 March 2026, or the right of appeal is lost: the last day was Monday 16 March 2026.',
      ],
      [
        'TEP-11.1',
        'The customer may still ask in writing for the restriction to be reconsidered, showing a more acceptable approach.',
      ],
    ],
  },
  'APPEAL_OUT_OF_TIME: received (as stated) after the last day, no route to reconsider': {
    code: 'APPEAL_OUT_OF_TIME',
    message:
      'The appeal was received on Wednesday 18 March 2026, after the last day to appeal, Monday 16 March 2026: the right of appeal is lost.',
    issues: [
      {
        path: 'events[8].receivedOn',
        message: 'expected a day on or before 2026-03-16',
      },
    ],
    index: 8,
    reasons: [
      [
        'TEP-11.2',
        'An appeal must be made in writing within the appeal window from the decision letter dated Monday 2 March 2026, or the right of appeal is lost: the last day was Monday 16 March 2026.',
      ],
    ],
  },
  'INVALID_INPUT: an appeal received after the event recording it': {
    code: 'INVALID_INPUT',
    message: 'The appeal cannot be received after the event recording it.',
    issues: [
      {
        path: 'events[8].receivedOn',
        message: 'expected a day on or before 2026-03-10',
      },
    ],
    index: 8,
    reasons: [],
  },
  'INVALID_INPUT: an appeal received before the decision letter': {
    code: 'INVALID_INPUT',
    message:
      'The appeal cannot be received on Tuesday 3 March 2026, before the decision letter it appeals, dated Wednesday 4 March 2026.',
    issues: [
      {
        path: 'events[7].receivedOn',
        message: 'expected a day on or after 2026-03-04',
      },
    ],
    index: 7,
    reasons: [
      [
        'TEP-11.2',
        'An appeal is made in writing within the time allowed from the date on the decision letter.',
      ],
    ],
  },
  'INVALID_TRANSITION: no restriction can be appealed now (one waiting)': {
    code: 'INVALID_TRANSITION',
    message:
      'No current restriction can be appealed now: an appeal is waiting for its decision, or the decision on appeal is final.',
    issues: [],
    index: 9,
    reasons: [
      [
        'TEP-11.3',
        'The decision on an appeal is final; a customer still dissatisfied is signposted to the Housing Ombudsman.',
      ],
    ],
  },
  'INVALID_TRANSITION: an appeal of a restriction already waiting on one': {
    code: 'INVALID_TRANSITION',
    message: "An appeal of restriction 'r-1' is already waiting for a decision.",
    issues: [],
    index: 11,
    reasons: [],
  },
  'INVALID_TRANSITION: an appeal against a final decision': {
    code: 'INVALID_TRANSITION',
    message:
      "The appeal against restriction 'r-1' was decided on Thursday 12 March 2026; that decision is final.",
    issues: [],
    index: 12,
    reasons: [
      [
        'TEP-11.3',
        'The decision on an appeal is final; a customer still dissatisfied is signposted to the Housing Ombudsman.',
      ],
    ],
  },
  'INVALID_TRANSITION: an appeal decided with none waiting': {
    code: 'INVALID_TRANSITION',
    message: 'No appeal is waiting for a decision.',
    issues: [],
    index: 8,
    reasons: [],
  },
  'INVALID_TRANSITION: an appeal decided for a restriction with none waiting': {
    code: 'INVALID_TRANSITION',
    message: "No appeal of restriction 'r-2' is waiting for a decision.",
    issues: [
      {
        path: 'events[9].restrictionId',
        message: 'expected the restriction whose appeal is decided',
      },
    ],
    index: 9,
    reasons: [],
  },
  'INVALID_INPUT: several appeals waiting, none named': {
    code: 'INVALID_INPUT',
    message: 'Several appeals are waiting (r-1, r-2): name the restriction in restrictionId.',
    issues: [
      {
        path: 'events[12].restrictionId',
        message: 'expected the restriction whose appeal is decided',
      },
    ],
    index: 12,
    reasons: [],
  },
  'NOT_AUTHORISED: an appeal decided with no role recorded': {
    code: 'NOT_AUTHORISED',
    message:
      "The policy lets only someone holding the role 'senior-officer' take the step 'appeal-decided': record the role of so-9, who took it (byRole).",
    issues: [
      {
        path: 'events[9].byRole',
        message: "expected one of the roles 'senior-officer'",
      },
    ],
    index: 9,
    reasons: [['NF-8', "Only someone holding the role 'senior-officer' may take the step 'appeal-decided'."]],
  },
  'NOT_AUTHORISED: an appeal decided by a role the policy does not allow': {
    code: 'NOT_AUTHORISED',
    message:
      "so-9 acted as 'housing-officer', and the policy lets only someone holding the role 'senior-officer' take the step 'appeal-decided': ask someone holding one of those roles to decide.",
    issues: [
      {
        path: 'events[9].byRole',
        message: "expected one of the roles 'senior-officer'",
      },
    ],
    index: 9,
    reasons: [['NF-8', "Only someone holding the role 'senior-officer' may take the step 'appeal-decided'."]],
  },
  'NOT_AUTHORISED: a step needing two deciders taken by one': {
    code: 'NOT_AUTHORISED',
    message:
      "The policy needs 2 different people, each holding the role 'housing-manager' to take the step 'restriction-imposed', and only 1 did: record the others who decided, with their roles (jointlyWith).",
    issues: [
      {
        path: 'events[6].jointlyWith',
        message: 'expected 1 more decider(s) { by, byRole }',
      },
    ],
    index: 6,
    reasons: [
      [
        'NF-8',
        "Only 2 different people, each holding the role 'housing-manager' may take the step 'restriction-imposed'.",
      ],
    ],
  },
  'NOT_AUTHORISED: a co-decider without a role the step needs': {
    code: 'NOT_AUTHORISED',
    message:
      "The policy needs 2 different people, each holding the role 'housing-manager' to take the step 'restriction-imposed', and only 1 did: record the others who decided, with their roles (jointlyWith).",
    issues: [
      {
        path: 'events[6].jointlyWith[0].byRole',
        message: "expected one of the roles 'housing-manager'",
      },
    ],
    index: 6,
    reasons: [
      [
        'NF-8',
        "Only 2 different people, each holding the role 'housing-manager' may take the step 'restriction-imposed'.",
      ],
    ],
  },
  'NOT_AUTHORISED: a review lifting a restriction, by a role that may not lift it': {
    code: 'NOT_AUTHORISED',
    message:
      "hm-1 acted as 'housing-officer', and the policy lets only someone holding the role 'housing-manager' take the step 'restriction-lifted': ask someone holding one of those roles to decide.",
    issues: [
      {
        path: 'events[9].byRole',
        message: "expected one of the roles 'housing-manager'",
      },
    ],
    index: 9,
    reasons: [
      ['NF-8', "Only someone holding the role 'housing-manager' may take the step 'restriction-lifted'."],
    ],
  },
  'DECIDER_NOT_INDEPENDENT: the appeal decided by who imposed the restriction': {
    code: 'DECIDER_NOT_INDEPENDENT',
    message:
      "hm-1 took part in the decision under appeal (restriction 'r-1'): someone not involved in it decides the appeal.",
    issues: [
      {
        path: 'events[9].by',
        message: 'expected someone other than hm-1',
      },
    ],
    index: 9,
    reasons: [
      ['NF-4', 'An appeal is decided by a senior person who was not involved in the decision under appeal.'],
      ['SH-5', 'The customer confirms their reasons and a senior manager reviews the appeal.'],
    ],
  },
  'DECIDER_NOT_INDEPENDENT: a co-decider involved in the decision': {
    code: 'DECIDER_NOT_INDEPENDENT',
    message:
      "hm-1 took part in the decision under appeal (restriction 'r-1'): someone not involved in it decides the appeal.",
    issues: [
      {
        path: 'events[9].jointlyWith[1].by',
        message: 'expected someone other than hm-1',
      },
    ],
    index: 9,
    reasons: [
      ['NF-4', 'An appeal is decided by a senior person who was not involved in the decision under appeal.'],
      ['SH-5', 'The customer confirms their reasons and a senior manager reviews the appeal.'],
    ],
  },
  'NO_RECONSIDERATION_ROUTE: no route to reconsider': {
    code: 'NO_RECONSIDERATION_ROUTE',
    message:
      "The policy 'tenancy-enforcement-procedure' gives no route to ask for a restriction to be reconsidered: the restriction is reconsidered at its case reviews, where it may be lifted.",
    issues: [
      {
        path: 'policy.reconsideration',
        message: 'the policy sets no reconsideration (reconsideration: null)',
      },
    ],
    index: 7,
    reasons: [
      ['TEP-11.1', 'The policy gives no route to ask in writing for a restriction to be reconsidered.'],
      [
        'TEP-10',
        'Every case is reviewed at least every review interval: the restriction stays, is adjusted or is lifted, and the customer is written to with the outcome.',
      ],
      [
        'NF-3',
        'The customer may still complain, and take the matter to the Housing Ombudsman: no restriction stops that.',
      ],
    ],
  },
  'INVALID_INPUT: a reconsideration received after the event recording it': {
    code: 'INVALID_INPUT',
    message: 'The reconsideration cannot be received after the event recording it.',
    issues: [
      {
        path: 'events[8].receivedOn',
        message: 'expected a day on or before 2026-03-10',
      },
    ],
    index: 8,
    reasons: [],
  },
  'INVALID_TRANSITION: a second reconsideration waiting': {
    code: 'INVALID_TRANSITION',
    message: "A reconsideration of restriction 'r-1' is already waiting for a decision.",
    issues: [],
    index: 9,
    reasons: [],
  },
  'INVALID_TRANSITION: a reconsideration decided with none waiting': {
    code: 'INVALID_TRANSITION',
    message: 'No reconsideration is waiting for a decision.',
    issues: [],
    index: 8,
    reasons: [],
  },
};
