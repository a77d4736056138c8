// The audit record's words, as a reader of the case would check them against the sources: every
// free text an event carries is kept and quoted once (NF-8), who decided is who decided (TEP-11.1,
// `authority`), an incident no step may rest on says so (NF-1, HAB-1, TEP-1), a reconsideration
// decided 'varied' is carried out (TEP-11.1), and dates are in words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  type CaseEvent,
  CaseEventSchema,
  type CaseState,
  caseTimeline,
  type DecisionRecord,
  obligations,
  StatedSchema,
} from '../../src/case/index.js';
import { noticeContent } from '../../src/notices/index.js';
import { housingOmbudsman2021, selwood } from '../../src/policy/presets.js';
import type { Policy } from '../../src/policy/schema.js';
import { statedWords } from '../../src/shared/describe.js';
import { unwrap } from '../helpers.js';
import { caseAfter, eia, ev, incident, LADDER, restriction, STAFF, TEP, WRITTEN_ONLY } from './fixtures.js';
import { REFUSALS } from './refusal-cases.js';

const TEAMS = ['customer-service-centre', 'repairs-contractors'];
const told = (at: string): CaseEvent => ev('teams-informed', at, { teams: TEAMS });
const RESTRICTED: CaseEvent[] = [...LADDER, told('2026-03-02T11:00:00Z')];

const last = (state: CaseState): DecisionRecord => state.decisions.at(-1) as DecisionRecord;
const textsOf = (record: DecisionRecord): string => record.reasons.map((r) => r.text).join(' ');
const recordAfter = (events: readonly CaseEvent[], policy: Policy = TEP): DecisionRecord =>
  last(caseAfter(events, policy));

describe('"who, what, when, on what evidence and why" (NF-8): the words written on an event are kept', () => {
  it('a lift’s reason is kept in its record and quoted in the reason, once, with one full stop', () => {
    const record = recordAfter([
      ...RESTRICTED,
      ev('restriction-lifted', '2026-04-01T10:00:00Z', { reason: 'Behaviour improved.' }),
    ]);
    expect(record.stated).toEqual({ reason: 'Behaviour improved.' });
    expect(record.reasons[0]?.text).toBe(
      "Restriction 'r-1' is lifted from Wednesday 1 April 2026, because: Behaviour improved.",
    );
  });

  it('a closure’s reason is kept and quoted', () => {
    const state = caseAfter([
      ...RESTRICTED,
      ev('restriction-lifted', '2026-04-01T10:00:00Z', { letterDate: '2026-04-01' }),
      told('2026-04-01T11:00:00Z'),
      ev('case-closed', '2026-04-02T10:00:00Z', { reason: 'The behaviour has stopped' }),
    ]);
    expect(last(state).stated).toEqual({ reason: 'The behaviour has stopped' });
    expect(last(state).reasons[0]?.text).toBe(
      'The case is closed, because: The behaviour has stopped. No restriction is current, no appeal or reconsideration is waiting, and the customer is owed no letter.',
    );
  });

  it('a breach’s description (TEP-8: "disregards the restrictions") is kept and quoted', () => {
    const record = recordAfter([
      ...RESTRICTED,
      ev('restriction-breached', '2026-03-10T10:00:00Z', { description: 'Phoned the office  twice.\n' }),
    ]);
    expect(record.stated).toEqual({ description: 'Phoned the office  twice.\n' });
    expect(record.reasons[0]?.text).toBe(
      "The customer disregarded restriction 'r-1': Phoned the office twice.",
    );
  });

  it('an appeal’s and a request’s grounds, informal action’s notes, oversight’s recommendations and a staff report’s reason are kept and quoted', () => {
    const appeal = recordAfter([
      ...RESTRICTED,
      ev('appeal-received', '2026-03-05T09:00:00Z', { grounds: 'I was provoked.' }, STAFF.officer),
    ]);
    expect(appeal.stated).toEqual({ grounds: 'I was provoked.' });
    expect(appeal.reasons[0]?.text).toContain('; the grounds given: I was provoked.');
    const request = recordAfter([
      ...RESTRICTED,
      ev('reconsideration-requested', '2026-04-01T09:00:00Z', { grounds: 'I have changed' }),
    ]);
    expect(request.stated).toEqual({ grounds: 'I have changed' });
    expect(request.reasons[0]?.text).toContain(
      'a more acceptable approach; the grounds given: I have changed.',
    );
    const notes = recordAfter([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      ev('informal-action-taken', '2026-01-06T09:00:00Z', {
        kind: 'supportive-approach',
        notes: 'Tenancy support.',
      }),
    ]);
    expect(notes.stated).toEqual({ notes: 'Tenancy support.' });
    expect(notes.reasons[0]?.text).toMatch(/ Notes: Tenancy support\.$/);
    const oversight = recordAfter([
      ...RESTRICTED,
      ev('spoc-assigned', '2026-03-03T09:00:00Z', { spoc: STAFF.spoc }),
      ev('spoc-oversight-reviewed', '2026-03-20T09:00:00Z', {
        recommendations: ['Reply sooner.', 'Use email'],
      }),
    ]);
    expect(oversight.stated).toEqual({ recommendations: ['Reply sooner.', 'Use email'] });
    expect(oversight.reasons[0]?.text).toMatch(/, recommending: Reply sooner; Use email\.$/);
    const report = recordAfter([
      ...RESTRICTED,
      ev('staff-conduct-reported', '2026-03-20T09:00:00Z', { staffId: 'sp-1', reason: 'Shared my address.' }),
    ]);
    expect(report.stated).toEqual({ reason: 'Shared my address.' });
    expect(report.reasons[0]?.text).toContain("sp-1's conduct (Shared my address):");
  });

  it('a complaint not investigated with no informal action first records why (TEP-4.5), as a written warning does', () => {
    const record = recordAfter(
      [
        incident('inc-1', '2026-01-05T10:00:00Z'),
        eia('2026-01-06T09:00:00Z'),
        ev('complaint-investigation-declined', '2026-01-07T09:00:00Z', {
          letterDate: '2026-01-07',
          informalSkippedBecause: 'forty calls a day.',
        }),
      ],
      selwood,
    );
    expect(record.stated).toEqual({ informalSkippedBecause: 'forty calls a day.' });
    expect(record.reasons.map((r) => [r.rule, r.text]).at(-1)).toEqual([
      'TEP-4.5',
      'No voluntary (informal) arrangement was tried first, because of the seriousness of the behaviour: forty calls a day.',
    ]);
  });

  it('an event with no free text has no stated words on its record', () => {
    expect(recordAfter(RESTRICTED)).not.toHaveProperty('stated');
  });

  it('caseTimeline shows the stated words with the step', () => {
    const state = caseAfter([
      ...RESTRICTED,
      ev('restriction-lifted', '2026-04-01T10:00:00Z', { reason: 'Behaviour improved.' }),
    ]);
    const entries = unwrap(caseTimeline(state, TEP)).entries;
    expect(entries.at(-1)).toMatchObject({
      kind: 'restriction-lifted',
      stated: { reason: 'Behaviour improved.' },
    });
    expect(entries.filter((entry) => entry.stated !== undefined)).toHaveLength(1);
  });

  it('every free-text field of every event is kept (StatedSchema); every other string field is an id, a date, a name or a code', () => {
    const NOT_FREE_TEXT = new Set([
      'id',
      'at',
      'by',
      'byRole',
      'restrictionId',
      'incidentId',
      'staffId',
      'complaintId',
      'markerId',
      'eventId',
      'letterDate',
      'informedOn',
      'decisionLetterDate',
      'letterReceivedOn',
      'appealLastDayStated',
      'receivedOn',
      'customerInformedOn',
      // The incident ids a step rests on.
      'evidence',
      // A police or public body's own reference, and the body's name, quoted in the reason.
      'reference',
      'name',
      // The teams told, by the names the policy gives them.
      'teams',
    ]);
    const stated = new Set(Object.keys(StatedSchema.shape));
    const unwrapped = (schema: unknown): { type: string; element?: unknown } => {
      let def = (schema as { def: { type: string; innerType?: unknown; element?: unknown } }).def;
      while (def.type === 'optional') def = (def.innerType as typeof schema as { def: typeof def }).def;
      return def;
    };
    const isText = (schema: unknown): boolean => {
      const def = unwrapped(schema);
      return def.type === 'string' || (def.type === 'array' && unwrapped(def.element).type === 'string');
    };
    const unclassified: string[] = [];
    for (const option of CaseEventSchema.options) {
      for (const [key, schema] of Object.entries(option.shape)) {
        if (isText(schema) && !stated.has(key) && !NOT_FREE_TEXT.has(key)) {
          unclassified.push(`${option.shape.type.value}.${key}`);
        }
      }
    }
    expect(unclassified).toEqual([]);
    // And every key kept is a free-text field of some event.
    const keys = new Set(CaseEventSchema.options.flatMap((option) => Object.keys(option.shape)));
    expect([...stated].filter((key) => !keys.has(key))).toEqual([]);
  });
});

describe('quoted words end the sentence once: never ".."', () => {
  it('statedWords drops one closing full stop and flattens line breaks; an ellipsis is kept', () => {
    expect(statedWords('Behaviour improved.')).toBe('Behaviour improved');
    expect(statedWords(' two\n lines. ')).toBe('two lines');
    expect(statedWords('and so on...')).toBe('and so on...');
    expect(statedWords('Why me?')).toBe('Why me?');
  });

  it('property: a sentence quoting any text ends in one full stop unless the text ends in an ellipsis', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const sentence = `Lifted, because: ${statedWords(text)}.`;
        const ellipsis = /\.\.\.\s*$/.test(text);
        expect(sentence.endsWith('..')).toBe(ellipsis);
      }),
      { numRuns: 200 },
    );
  });
});

describe('"A senior officer will review ... and confirm their decision" (TEP-11.1): the record names who decided', () => {
  const decided = (policy: Policy, by: string, byRole: string | undefined) => {
    const state = caseAfter(
      [
        ...RESTRICTED,
        ev('reconsideration-requested', '2026-04-01T09:00:00Z', {}),
        {
          ...ev('reconsideration-decided', '2026-04-10T09:00:00Z', { outcome: 'dismissed' }, by),
          ...(byRole === undefined ? {} : { byRole }),
        } as CaseEvent,
      ],
      policy,
    );
    return { record: last(state), owed: unwrap(obligations(state, '2026-04-11T09:00:00Z', policy)) };
  };

  it('under TEP, the senior officer who decided, by id and role', () => {
    const { record } = decided(TEP, STAFF.senior, 'senior-officer');
    expect(record.reasons[0]?.text).toBe(
      'The request to reconsider was decided by so-9 (senior-officer); it is dismissed: the restriction stays.',
    );
  });

  it('under Selwood and the Ombudsman’s policy, no senior officer is named who did not decide', () => {
    for (const policy of [selwood, housingOmbudsman2021]) {
      const { record, owed } = decided(policy, STAFF.manager, 'head-of-service');
      expect(record.reasons[0]?.text).toBe(
        'The request to reconsider was decided by hm-1 (head-of-service); it is dismissed: the restriction stays.',
      );
      const words = [textsOf(record), ...owed.flatMap((o) => o.reasons.map((r) => r.text))].join(' ');
      expect(words).not.toMatch(/senior officer/i);
      expect(owed.map((o) => o.kind)).toContain('reconsideration-outcome-letter');
    }
  });
});

describe('"behaviour aimed at neighbours" and "being upset" are not evidence (HAB-1, TEP-1, NF-1): the record says so', () => {
  const events = [
    ...LADDER.slice(0, -1),
    incident('inc-n', '2026-02-11T10:00:00Z', { target: 'neighbour' }),
    incident('inc-u', '2026-02-12T10:00:00Z', { behaviours: [{ code: 'upset-or-distressed' }] }),
  ];

  it('each incident’s record gives the rule that keeps a step from resting on it', () => {
    const state = caseAfter(events);
    const byIncident = (id: string) => state.decisions.find((d) => d.subject === id) as DecisionRecord;
    expect(byIncident('inc-n').reasons.map((r) => r.rule)).toEqual(['HAB-1']);
    expect(textsOf(byIncident('inc-n'))).toMatch(
      /aimed at a neighbour.*: no formal step under this policy may rest on it\.$/,
    );
    expect(byIncident('inc-u').reasons.map((r) => r.rule)).toEqual(['TEP-1']);
    expect(textsOf(byIncident('inc-u'))).toMatch(/no formal step under this policy may rest on it\.$/);
    expect(textsOf(byIncident('inc-3'))).toBe(
      "Incident 'inc-3' is recorded on the case: a formal step may rest on it.",
    );
  });

  it('and the machine agrees: a restriction rests by default on the others only, and naming them is refused', () => {
    const imposed = recordAfter([...events, restriction('2026-03-02T10:00:00Z')]);
    expect(imposed.evidence).toEqual(['inc-1', 'inc-2', 'inc-3']);
    const state = caseAfter(events);
    for (const id of ['inc-n', 'inc-u']) {
      const refused = applyEvent(state, restriction('2026-03-02T10:00:00Z', { evidence: [id] }), TEP);
      expect(refused.ok ? 'accepted' : refused.error.code).toBe('EVIDENCE_REQUIRED');
    }
  });
});

describe('"The decision made by the senior officer reviewing the request/appeal" (TEP-11.1): a request decided \'varied\' is carried out', () => {
  const decided = (outcome: 'varied' | 'dismissed') => [
    ...RESTRICTED,
    ev('reconsideration-requested', '2026-04-01T09:00:00Z', {}),
    {
      ...ev(
        'reconsideration-decided',
        '2026-04-10T09:00:00Z',
        { outcome, letterDate: '2026-04-10' },
        STAFF.senior,
      ),
      byRole: 'senior-officer',
    } as CaseEvent,
  ];
  const variations = (state: CaseState, at: string) =>
    unwrap(obligations(state, at, TEP)).filter((o) => o.kind === 'variation-to-carry-out');

  it('owes a variation from the day of the decision, until a restriction-varied carries it out', () => {
    const owed = variations(caseAfter(decided('varied')), '2026-04-11T09:00:00Z');
    expect(owed.map((o) => [o.dueOn, o.overdue, o.subject, o.reasons.map((r) => r.rule)])).toEqual([
      ['2026-04-10', true, 'r-1', ['TEP-11.1']],
    ]);
    expect(owed[0]?.reasons[0]?.text).toBe(
      "The request to reconsider decided on Friday 10 April 2026 varied restriction 'r-1': record the changed arrangements (restriction-varied), and tell the customer of them in writing.",
    );
    const carried = caseAfter([
      ...decided('varied'),
      ev('restriction-varied', '2026-04-12T09:00:00Z', {
        measures: [...WRITTEN_ONLY],
        decisionLetterDate: '2026-04-12',
      }),
    ]);
    expect(variations(carried, '2026-04-13T09:00:00Z')).toEqual([]);
  });

  it('a request dismissed owes none', () => {
    expect(variations(caseAfter(decided('dismissed')), '2026-04-11T09:00:00Z')).toEqual([]);
  });
});

describe('dates are in words wherever the case’s decisions are told', () => {
  const ISO = /\d{4}-\d\d-\d\d/;
  // Refusals about the input's own values quote them as sent, as their issues name the field to fix.
  const QUOTES_INPUT = new Set([
    'EVENT_OUT_OF_ORDER',
    'EVENT_IN_FUTURE',
    'DATE_OUT_OF_RANGE',
    'POLICY_NOT_IN_EFFECT',
    'POLICY_VERSIONS_INVALID',
    'EVENT_ID_CONFLICT',
    'EVENT_ALREADY_VOIDED',
    'INVALID_INPUT',
  ]);

  it('no refusal reason prints a raw date, and no refusal about the case’s history does', () => {
    const raw: string[] = [];
    for (const [name, run] of Object.entries(REFUSALS)) {
      const result = run();
      if (result.ok) continue;
      const { code, message, reasons } = result.error;
      if (!QUOTES_INPUT.has(code) && ISO.test(message)) raw.push(`${name}: ${message}`);
      for (const r of reasons ?? []) if (ISO.test(r.text)) raw.push(`${name}: ${r.text}`);
    }
    expect(raw).toEqual([]);
  });

  it('"the appeal ... was decided on" a day in words, not an instant (TEP-11.3)', () => {
    const run = REFUSALS['INVALID_TRANSITION: an appeal against a final decision'];
    const result = run?.();
    expect(result?.ok === false && result.error.message).toBe(
      "The appeal against restriction 'r-1' was decided on Thursday 12 March 2026; that decision is final.",
    );
  });
});

describe('the customer’s letter quotes the decision’s words with one full stop (TEP-4.5, NF-2)', () => {
  it('"because the behaviour was so serious" and "still fair because" end once', () => {
    const state = caseAfter([
      incident('inc-1', '2026-01-05T10:00:00Z', { behaviours: [{ code: 'threat-of-violence' }] }),
      eia('2026-01-06T09:00:00Z', ['visual-impairment']),
      restriction('2026-01-07T10:00:00Z', {
        warningSkippedBecause: 'A threat to stab the officer.',
        measures: [{ kind: 'single-channel', channel: 'letter' }],
        justification: 'letters are read to the customer by their support worker.',
      }),
    ]);
    const words = JSON.stringify(unwrap(noticeContent(state, 'restriction-decision', TEP)));
    expect(words).toContain('because the behaviour was so serious: A threat to stab the officer.');
    expect(words).toContain('still fair because letters are read to the customer by their support worker.');
    expect(words).not.toMatch(/[^.]\.\.(?!\.)/);
  });
});
