import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type AnalyseContactsOptions,
  analyseContacts,
  analyseContactsTrusted,
  type ContactAnalysis,
  type ContactLogEntry,
  ContactLogEntrySchema,
  FindingKindSchema,
} from '../../src/classification/index.js';
import { DEFAULT_POLICY, definePolicy, presets } from '../../src/policy/index.js';
import { InstantSchema } from '../../src/shared/dates.js';
import { badPaths, refusal, unwrap } from '../helpers.js';
import { contact, deepFreeze, ofKind, series } from './fixtures.js';

const ASOF = '2026-06-01T00:00:00Z';
const analyse = (log: ContactLogEntry[], options: Partial<AnalyseContactsOptions> = {}): ContactAnalysis =>
  unwrap(analyseContacts(log, { asOf: ASOF, ...options }));
const policyWith = (thresholds: Record<string, unknown>) =>
  unwrap(definePolicy({ id: 'acme', name: 'Acme', effectiveFrom: '2020-01-01', thresholds }));

describe('analyseContacts: bad input is refused, naming the path', () => {
  it('a contact without a time', () => {
    const { at: _, ...noTime } = contact('c2', '2026-03-02T09:00:00Z');
    expect(
      badPaths(analyseContacts([contact('c1', '2026-03-02T08:00:00Z'), noTime] as never, { asOf: ASOF })),
    ).toEqual(['contacts[1].at']);
  });

  it('a malformed log: not an array', () => {
    expect(badPaths(analyseContacts({ c1: {} } as never, { asOf: ASOF }))).toEqual(['contacts']);
  });

  it('every bad entry and option, in one refusal', () => {
    const log = [
      { ...contact('c1', '2026-03-02T08:00:00Z'), channel: 'pigeon' },
      { ...contact('c2', '2026-03-02T09:00:00Z'), colour: 'red' },
      contact('c3', 'yesterday'),
    ];
    expect(badPaths(analyseContacts(log as never, { asOf: '2026-06-01' }))).toEqual([
      'contacts[0].channel',
      'contacts[1].colour',
      'contacts[2].at',
      'asOf',
    ]);
  });

  it('a duplicate id, and a document that duplicates itself', () => {
    const log = [
      contact('c1', '2026-03-02T08:00:00Z'),
      contact('c1', '2026-03-02T09:00:00Z'),
      contact('c3', '2026-03-02T10:00:00Z', { duplicateOf: 'c3' }),
    ];
    expect(badPaths(analyseContacts(log, { asOf: ASOF }))).toEqual([
      'contacts[1].id',
      'contacts[2].duplicateOf',
    ]);
  });

  it('an issue status with no issue', () => {
    expect(
      badPaths(
        analyseContacts([contact('c1', '2026-03-02T08:00:00Z', { issueStatus: 'closed' })], { asOf: ASOF }),
      ),
    ).toEqual(['contacts[0].issueId']);
  });

  it('a bad direction or issue status: each refused at its path, saying what was received', () => {
    const log = [
      {
        ...contact('c1', '2026-03-02T08:00:00Z'),
        direction: 'sideways',
        issueId: 'i-1',
        issueStatus: 'done',
      },
    ];
    // docs/reliability.md: a message quotes the value received, through describeValue.
    expect(refusal(analyseContacts(log as never, { asOf: ASOF }), 'INVALID_INPUT').issues).toEqual([
      { path: 'contacts[0].direction', message: "expected 'inbound' or 'outbound', received \"sideways\"" },
      {
        path: 'contacts[0].issueStatus',
        message:
          "expected an issue status: 'open', 'under-consideration', 'resolved' or 'closed', received \"done\"",
      },
    ]);
  });

  it('no options, or no asOf', () => {
    expect(badPaths(analyseContacts([], undefined as never))).toEqual(['options']);
    expect(badPaths(analyseContacts([], {} as never))).toEqual(['asOf']);
  });

  it('an analysis dated before the policy took effect', () => {
    const policy = unwrap(definePolicy({ id: 'acme', name: 'Acme', effectiveFrom: '2026-07-01' }));
    refusal(analyseContacts([], { policy, asOf: ASOF }), 'POLICY_NOT_IN_EFFECT');
  });

  it('an empty log is fine: nothing found, nothing counted', () => {
    const a = analyse([]);
    expect(a.findings).toEqual([]);
    expect(a.counted).toBe(0);
    expect(a.reasons.map((r) => r.rule)).toEqual(['HO-1']);
  });
});

describe('volume in a day and in a week (HO-2.3, TEP-3.2), thresholds from the policy', () => {
  it('5 contacts within 24 hours is a high number in a day; 4 is not', () => {
    expect(analyse(series('c', '2026-03-02T08:00:00Z', 4, 60)).findings).toEqual([]);
    const [finding] = analyse(series('c', '2026-03-02T08:00:00Z', 5, 60)).findings;
    expect(finding?.kind).toBe('high-volume-in-a-day');
    expect(finding?.behaviour).toBe('high-volume-communication');
    expect(finding?.contactIds).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(finding?.from).toBe('2026-03-02T08:00:00.000Z');
    expect(finding?.to).toBe('2026-03-02T12:00:00.000Z');
    const threshold = finding?.reasons.at(-1);
    // No source gives the number: the reason says it is the library's default, not the source's rule.
    expect(threshold?.text).toBe(
      'Library default for "High volume: contacts in one day", not a rule of the policy’s source: 5 counted contacts fell within 24 hours (a rolling 24 hours of elapsed time, not a calendar day); the policy treats 5 or more in a day as a high number.',
    );
    expect(threshold?.citation).toEqual(DEFAULT_POLICY.citations['thresholds.contactsInADay']);
  });

  it('a day is 24 hours of elapsed time: 5 contacts 6 hours apart span 24 hours and are not in one day', () => {
    expect(
      ofKind(analyse(series('c', '2026-03-02T00:00:00Z', 5, 360)).findings, 'high-volume-in-a-day'),
    ).toEqual([]);
    expect(
      ofKind(analyse(series('c', '2026-03-02T00:00:00Z', 5, 359)).findings, 'high-volume-in-a-day'),
    ).toHaveLength(1);
  });

  it('a burst across midnight is still one day’s worth', () => {
    const [finding] = ofKind(
      analyse(series('c', '2026-03-02T22:00:00Z', 5, 30)).findings,
      'high-volume-in-a-day',
    );
    expect(finding?.contactIds).toHaveLength(5);
  });

  it('a day’s threshold comes from the policy', () => {
    const policy = policyWith({ contactsInADay: 3 });
    const [finding] = analyse(series('c', '2026-03-02T08:00:00Z', 3, 60), { policy }).findings;
    expect(finding?.kind).toBe('high-volume-in-a-day');
    expect(finding?.reasons.at(-1)?.citation).toEqual({
      document: 'Acme',
      section: 'Policy setting thresholds.contactsInADay',
    });
  });

  it('two bursts far apart are two findings, each with its own evidence', () => {
    const log = [
      ...series('a', '2026-03-02T08:00:00Z', 5, 10),
      ...series('b', '2026-03-20T08:00:00Z', 6, 10),
    ];
    const days = ofKind(analyse(log).findings, 'high-volume-in-a-day');
    expect(days.map((f) => f.contactIds.length)).toEqual([5, 6]);
    expect(days[1]?.contactIds[0]).toBe('b1');
  });

  it('overlapping windows merge: 8 calls an hour apart are one finding of 8', () => {
    const days = ofKind(analyse(series('c', '2026-03-02T08:00:00Z', 8, 60)).findings, 'high-volume-in-a-day');
    expect(days).toHaveLength(1);
    expect(days[0]?.contactIds).toHaveLength(8);
    expect(days[0]?.reasons.at(-1)?.text).toMatch(/not a rule of the policy’s source: 8 counted contacts/);
  });

  it('windows sharing a single contact merge; windows sharing none stay apart', () => {
    const hours = (h: number) => new Date(Date.parse('2026-03-02T00:00:00Z') + h * 3_600_000).toISOString();
    // 0-4h: five contacts. 27.5-27.8h: four more, which with the 4h contact make another five within 24 hours.
    const sharing = [0, 1, 2, 3, 4, 27.5, 27.6, 27.7, 27.8].map((h, k) => contact(`c${k}`, hours(h)));
    const merged = ofKind(analyse(sharing).findings, 'high-volume-in-a-day');
    expect(merged.map((f) => f.contactIds.length)).toEqual([9]);
    // A second five more than 24 hours after the first five's last contact: two findings, nothing shared.
    const apart = [0, 1, 2, 3, 3.5, 27.6, 27.7, 27.8, 27.9, 28].map((h, k) => contact(`c${k}`, hours(h)));
    const twoFindings = ofKind(analyse(apart).findings, 'high-volume-in-a-day');
    expect(twoFindings.map((f) => f.contactIds)).toEqual([
      ['c0', 'c1', 'c2', 'c3', 'c4'],
      ['c5', 'c6', 'c7', 'c8', 'c9'],
    ]);
  });

  it('15 contacts in a week, never 5 in a day, is a high number in a week only', () => {
    const log = series('c', '2026-03-02T08:00:00Z', 15, 9 * 60); // 9 hours apart: at most 3 in 24 hours
    const found = analyse(log).findings;
    expect(found.map((f) => f.kind)).toEqual(['high-volume-in-a-week']);
    expect(found[0]?.contactIds).toHaveLength(15);
    expect(analyse(log.slice(0, 14)).findings).toEqual([]);
  });

  it('every channel counts (HO-1)', () => {
    const channels = ['phone', 'email', 'letter', 'social-media', 'web-form'] as const;
    const log = channels.map((channel, k) => contact(`c${k}`, `2026-03-02T0${k}:00:00Z`, { channel }));
    expect(analyse(log).findings.map((f) => f.kind)).toEqual(['high-volume-in-a-day']);
  });
});

describe('what never counts', () => {
  const burst = (over: Partial<ContactLogEntry>) => series('x', '2026-03-02T08:00:00Z', 6, 10, over);

  it('the landlord’s own (outbound) contacts', () => {
    const a = analyse(burst({ direction: 'outbound' }));
    expect(a.findings).toEqual([]);
    expect(a.ignored).toEqual({ outbound: 6, afterAsOf: 0, beforePolicy: 0 });
  });

  it('contacts after asOf', () => {
    const a = analyse(burst({}), { asOf: '2026-03-02T08:30:00Z' });
    expect(a.findings).toEqual([]);
    expect(a.counted).toBe(4);
    expect(a.ignored.afterAsOf).toBe(2);
  });

  it('a contact exactly at asOf counts', () => {
    expect(analyse(burst({}), { asOf: '2026-03-02T08:50:00.000Z' }).counted).toBe(6);
  });

  it('each of the policy’s exclusions (TEP-7)', () => {
    for (const subject of DEFAULT_POLICY.exclusions) {
      const a = analyse(burst({ subject }));
      expect(a.findings, subject).toEqual([]);
      expect(a.counted).toBe(0);
      expect(a.excluded).toHaveLength(6);
      expect(a.excluded[0]).toEqual({ contactId: 'x1', because: 'exclusion' });
      const why = a.reasons.find((r) => r.rule === 'TEP-7');
      expect(why?.text).toContain(subject);
      expect(why?.citation).toEqual(DEFAULT_POLICY.citations.exclusions);
    }
  });

  it('a subject the policy does not exclude counts', () => {
    const policy = unwrap(
      definePolicy({
        id: 'acme',
        name: 'Acme',
        effectiveFrom: '2020-01-01',
        exclusions: ['emergency', 'safeguarding', 'domestic-abuse'],
      }),
    );
    expect(analyse(burst({ subject: 'new-repair' }), { policy }).findings).toHaveLength(1);
    expect(analyse(burst({ subject: 'new-repair' })).findings).toEqual([]);
  });

  it('chasing a response the landlord owes and is late with: a resident chasing an unfixed leak is not vexatious', () => {
    const log = series('leak', '2026-03-02T08:00:00Z', 8, 20, {
      subject: 'complaint',
      issueId: 'leak-1',
      issueStatus: 'open',
      landlordResponseOverdue: true,
    });
    const a = analyse(log);
    expect(a.findings).toEqual([]);
    expect(a.excluded.every((e) => e.because === 'landlord-response-overdue')).toBe(true);
    expect(a.reasons.find((r) => r.rule === 'TEP-3.3')?.text).toMatch(/^8 contacts chased a response/);
  });

  it('excluded contacts do not fill a window for counted ones', () => {
    const log = [
      ...series('c', '2026-03-02T08:00:00Z', 4, 10),
      ...series('u', '2026-03-02T09:00:00Z', 4, 10, { subject: 'urgent-repair' }),
    ];
    expect(analyse(log).findings).toEqual([]);
  });
});

describe('repeated contact on a resolved or closed issue (TEP-3.3)', () => {
  const onIssue = (id: string, day: number, over: Partial<ContactLogEntry> = {}) =>
    contact(id, `2026-03-${String(day).padStart(2, '0')}T10:00:00Z`, {
      subject: 'complaint',
      issueId: 'damp-7',
      issueStatus: 'closed',
      ...over,
    });

  it('3 contacts without new information, however far apart, are a pattern', () => {
    const [finding] = analyse([onIssue('c1', 1), onIssue('c2', 15), onIssue('c3', 29)]).findings;
    expect(finding?.kind).toBe('repeated-contact-on-closed-issue');
    expect(finding?.issueId).toBe('damp-7');
    expect(finding?.contactIds).toEqual(['c1', 'c2', 'c3']);
    expect(finding?.reasons.at(-1)?.text).toContain('issue damp-7');
  });

  it('resolved counts as closed; open and under consideration do not', () => {
    expect(
      analyse([1, 2, 3].map((d) => onIssue(`c${d}`, d, { issueStatus: 'resolved' }))).findings,
    ).toHaveLength(1);
    expect(analyse([1, 2, 3].map((d) => onIssue(`c${d}`, d, { issueStatus: 'open' }))).findings).toEqual([]);
    expect(
      analyse([1, 2, 3].map((d) => onIssue(`c${d}`, d, { issueStatus: 'under-consideration' }))).findings,
    ).toEqual([]);
  });

  it('a contact bringing new significant information does not count', () => {
    expect(
      analyse([onIssue('c1', 1), onIssue('c2', 2, { newInformation: true }), onIssue('c3', 3)]).findings,
    ).toEqual([]);
  });

  it('each issue is counted on its own', () => {
    const log = [
      onIssue('a1', 1),
      onIssue('a2', 2),
      onIssue('b1', 3, { issueId: 'noise-2' }),
      onIssue('a3', 4),
    ];
    const found = analyse(log).findings;
    expect(found.map((f) => f.issueId)).toEqual(['damp-7']);
  });
});

describe('documents, visits, long calls and copying-in, each within its window', () => {
  it('duplicate documents: 3 within 30 days', () => {
    const log = [1, 8, 20].map((d) =>
      contact(`d${d}`, `2026-03-${String(d).padStart(2, '0')}T10:00:00Z`, {
        channel: 'email',
        duplicateOf: 'orig',
      }),
    );
    expect(analyse(log).findings.map((f) => f.kind)).toEqual(['duplicate-documents']);
    const spread = [1, 16, 31].map((d) =>
      contact(`d${d}`, `2026-03-${String(d).padStart(2, '0')}T10:00:00Z`, {
        channel: 'email',
        duplicateOf: 'orig',
      }),
    );
    expect(analyse(spread).findings).toEqual([]);
  });

  it('office visits without an appointment: 3 within 30 days; booked visits do not count', () => {
    const visit = (id: string, day: number, appointment?: boolean) =>
      contact(id, `2026-03-${String(day).padStart(2, '0')}T10:00:00Z`, {
        channel: 'in-person',
        ...(appointment === undefined ? {} : { appointment }),
      });
    const [finding] = analyse([visit('v1', 2), visit('v2', 9), visit('v3', 16)]).findings;
    expect(finding?.kind).toBe('unannounced-visits');
    expect(finding?.behaviour).toBe('unannounced-office-visits');
    expect(analyse([visit('v1', 2), visit('v2', 9, true), visit('v3', 16)]).findings).toEqual([]);
  });

  it('long calls: 3 of 30 minutes or more within 30 days, bringing nothing new', () => {
    const call = (id: string, day: number, over: Partial<ContactLogEntry> = {}) =>
      contact(id, `2026-03-${String(day).padStart(2, '0')}T10:00:00Z`, { durationMinutes: 45, ...over });
    expect(analyse([call('l1', 2), call('l2', 5), call('l3', 9)]).findings.map((f) => f.kind)).toEqual([
      'long-repetitive-calls',
    ]);
    expect(analyse([call('l1', 2), call('l2', 5), call('l3', 9, { durationMinutes: 29 })]).findings).toEqual(
      [],
    );
    expect(analyse([call('l1', 2), call('l2', 5), call('l3', 9, { newInformation: true })]).findings).toEqual(
      [],
    );
    expect(analyse([call('l1', 2), call('l2', 5), call('l3', 9, { channel: 'in-person' })]).findings).toEqual(
      [],
    );
  });

  it('a policy’s own long-call length applies', () => {
    const policy = policyWith({ longCall: { minutes: 20, count: 2, withinDays: 7 } });
    const log = [
      contact('l1', '2026-03-02T10:00:00Z', { durationMinutes: 20 }),
      contact('l2', '2026-03-03T10:00:00Z', { durationMinutes: 25 }),
    ];
    expect(analyse(log, { policy }).findings.map((f) => f.kind)).toEqual(['long-repetitive-calls']);
    expect(analyse(log).findings).toEqual([]);
  });

  it('copying the landlord into emails to others: 5 within 30 days', () => {
    const log = [1, 3, 5, 7, 9].map((d) =>
      contact(`e${d}`, `2026-03-0${d}T10:00:00Z`, { channel: 'email', copiedIn: true }),
    );
    expect(analyse(log).findings.map((f) => f.kind)).toEqual(['excessive-copying-in']);
    expect(analyse(log.slice(1)).findings).toEqual([]);
  });
});

describe('the log as given', () => {
  const log = [
    ...series('a', '2026-03-02T08:00:00Z', 6, 15),
    contact('v1', '2026-03-04T10:00:00Z', { channel: 'in-person' }),
    contact('v2', '2026-03-10T10:00:00Z', { channel: 'in-person' }),
    contact('v3', '2026-03-12T10:00:00Z', { channel: 'in-person' }),
  ];

  it('a log out of time order is sorted, not misread', () => {
    const shuffled = [
      log[7],
      log[2],
      log[0],
      log[8],
      log[5],
      log[1],
      log[6],
      log[4],
      log[3],
    ] as ContactLogEntry[];
    expect(analyse(shuffled)).toEqual(analyse(log));
  });

  it('offsets are read as instants: 23:30 at −01:00 is after 00:10 Z the next day', () => {
    const a = contact('a', '2026-03-02T23:30:00-01:00'); // 00:30Z on 3 March
    const b = contact('b', '2026-03-03T00:10:00Z');
    const rest = series('r', '2026-03-03T01:00:00Z', 3, 10);
    const [finding] = analyse([a, b, ...rest]).findings;
    expect(finding?.contactIds.slice(0, 2)).toEqual(['b', 'a']);
  });

  it('the input is never mutated, and the answer is plain JSON', () => {
    const frozen = deepFreeze([...log].reverse());
    const a = analyse(frozen);
    expect(JSON.parse(JSON.stringify(a))).toStrictEqual(a);
  });

  it('findings are listed by kind, then time', () => {
    expect(analyse(log).findings.map((f) => f.kind)).toEqual(['high-volume-in-a-day', 'unannounced-visits']);
    expect(FindingKindSchema.options[0]).toBe('high-volume-in-a-day');
  });

  it('the trusted path gives the same answer for a valid log', () => {
    expect(analyseContactsTrusted(log, { asOf: ASOF })).toEqual(analyseContacts(log, { asOf: ASOF }));
  });

  it('the trusted path still refuses a time it cannot read, and still validates its options', () => {
    const bad = [...log, { ...contact('z', 'soon') }];
    expect(badPaths(analyseContactsTrusted(bad, { asOf: ASOF }))).toEqual(['contacts[9].at']);
    expect(badPaths(analyseContactsTrusted(log, { asOf: 'now' }))).toEqual(['asOf']);
    expect(badPaths(analyseContactsTrusted('log' as never, { asOf: ASOF }))).toEqual(['contacts']);
  });

  it('the presets all analyse (their thresholds are cited library defaults)', () => {
    for (const policy of Object.values(presets)) {
      expect(analyse(log, { policy }).findings.length).toBe(2);
    }
  });
});

describe('review fixes: analyseContacts', () => {
  it('TEP-3.3: a null entry or an empty slot on the trusted path is refused naming its path, never thrown', () => {
    const good = contact('c1', '2026-03-02T09:00:00Z');
    expect(badPaths(analyseContactsTrusted([null] as never, { asOf: ASOF }))).toEqual(['contacts[0]']);
    const sparse = [good];
    sparse[2] = contact('c3', '2026-03-02T10:00:00Z');
    expect(badPaths(analyseContactsTrusted(sparse, { asOf: ASOF }))).toEqual(['contacts[1]']);
    expect(badPaths(analyseContacts(sparse, { asOf: ASOF }))).toEqual(['contacts[1]']);
  });

  it('TEP-3.3: new significant information resets an issue’s run: contacts before and after it are not added together', () => {
    const closed = { subject: 'complaint', issueId: 'fence', issueStatus: 'closed' } as const;
    const log = [
      contact('c1', '2026-03-02T09:00:00Z', closed),
      contact('c2', '2026-03-20T09:00:00Z', { ...closed, newInformation: true }),
      contact('c3', '2026-04-02T09:00:00Z', closed),
      contact('c4', '2026-05-02T09:00:00Z', closed),
    ];
    expect(analyse(log).findings).toEqual([]);
    // A run that reached the threshold before the new information is still a finding of its own.
    const twoRuns = [
      contact('a1', '2026-03-02T09:00:00Z', closed),
      contact('a2', '2026-03-03T09:00:00Z', closed),
      contact('a3', '2026-03-04T09:00:00Z', closed),
      contact('n', '2026-03-05T09:00:00Z', { ...closed, newInformation: true }),
      contact('b1', '2026-03-06T09:00:00Z', closed),
      contact('b2', '2026-03-07T09:00:00Z', closed),
      contact('b3', '2026-03-08T09:00:00Z', closed),
    ];
    const found = ofKind(analyse(twoRuns).findings, 'repeated-contact-on-closed-issue');
    expect(found.map((f) => f.contactIds)).toEqual([
      ['a1', 'a2', 'a3'],
      ['b1', 'b2', 'b3'],
    ]);
    expect(found[1]?.reasons.at(-1)?.text).toContain('since the last contact bringing new information');
  });

  it('HO-1: a contact before the policy took effect is ignored and reported (ignored.beforePolicy), read in the policy’s zone', () => {
    const policy = unwrap(definePolicy({ id: 'acme', name: 'Acme', effectiveFrom: '2026-04-01' }));
    // 22:30Z on 31 March is 23:30 in London (BST): before; 23:30Z is 00:30 on 1 April: in effect.
    const log = [
      ...series('old', '2026-03-31T18:00:00Z', 5, 60),
      contact('x', '2026-03-31T23:30:00Z'),
      ...series('new', '2026-04-01T01:00:00Z', 3, 60),
    ];
    const a = analyse(log, { policy });
    expect(a.ignored).toEqual({ outbound: 0, afterAsOf: 0, beforePolicy: 5 });
    expect(a.counted).toBe(4);
    expect(a.findings).toEqual([]);
    expect(a.reasons.map((r) => r.text).join(' ')).toContain('before the policy');
  });

  it('HO-2.3: “a high number calls in one day” means a rolling 24 hours of elapsed time, and the reason says so', () => {
    const [finding] = analyse(series('c', '2026-03-02T08:00:00Z', 5, 60)).findings;
    expect(finding?.reasons.at(-1)?.text).toContain('a rolling 24 hours of elapsed time');
    const week = ofKind(
      analyse(series('w', '2026-03-02T08:00:00Z', 15, 9 * 60)).findings,
      'high-volume-in-a-week',
    );
    expect(week[0]?.reasons.at(-1)?.text).toContain('a rolling 7 × 24 hours of elapsed time');
  });

  it('HO-2.3: across the clock change of 29 March 2026 (London loses an hour), midnight to midnight is 23 hours: one day', () => {
    const log = [
      contact('c1', '2026-03-29T00:00:00+00:00'),
      contact('c2', '2026-03-29T00:30:00+00:00'),
      contact('c3', '2026-03-29T03:00:00+01:00'),
      contact('c4', '2026-03-29T12:00:00+01:00'),
      contact('c5', '2026-03-30T00:00:00+01:00'), // 23:00Z on 29 March: 23 hours after c1
    ];
    expect(ofKind(analyse(log).findings, 'high-volume-in-a-day')[0]?.contactIds).toHaveLength(5);
  });

  it('HO-2.3: across the clock change of 25 October 2026 (London gains an hour), 00:00 to 23:30 local is 24.5 hours: not one day', () => {
    const log = [
      contact('c1', '2026-10-25T00:00:00+01:00'), // 23:00Z on 24 October
      contact('c2', '2026-10-25T01:30:00+01:00'),
      contact('c3', '2026-10-25T01:30:00+00:00'), // the second 01:30 of the day
      contact('c4', '2026-10-25T12:00:00+00:00'),
      contact('c5', '2026-10-25T23:30:00+00:00'), // 24.5 hours after c1, on the same calendar day
    ];
    const asOf = '2026-12-01T00:00:00Z';
    expect(ofKind(analyse(log, { asOf }).findings, 'high-volume-in-a-day')).toEqual([]);
    const within = [...log.slice(0, 4), contact('c5', '2026-10-25T22:59:00+00:00')]; // 23h59m after c1
    expect(ofKind(analyse(within, { asOf }).findings, 'high-volume-in-a-day')).toHaveLength(1);
  });

  it('TEP-3.3: duplicateOf naming a later contact in the log is refused, naming the path; an id outside the log is allowed', () => {
    const log = [
      contact('c1', '2026-03-02T09:00:00Z', { duplicateOf: 'c2' }),
      contact('c2', '2026-03-03T09:00:00Z'),
      contact('c3', '2026-03-04T09:00:00Z', { duplicateOf: 'sent-by-post-2025' }),
      contact('c4', '2026-03-05T09:00:00Z', { duplicateOf: 'c2' }),
    ];
    const error = refusal(analyseContacts(log, { asOf: ASOF }), 'INVALID_INPUT');
    expect(error.issues.map((i) => i.path)).toEqual(['contacts[0].duplicateOf']);
    expect(error.issues[0]?.message).toContain("'c2'");
    expect(analyseContacts(log.slice(1), { asOf: ASOF }).ok).toBe(true);
  });

  it('HO-2.3: “copying us into emails to other parties”: copiedIn counts only on an email', () => {
    const letters = [1, 3, 5, 7, 9].map((d) =>
      contact(`l${d}`, `2026-03-0${d}T10:00:00Z`, { channel: 'letter', copiedIn: true }),
    );
    expect(ofKind(analyse(letters).findings, 'excessive-copying-in')).toEqual([]);
  });

  it('the JSON Schema of a contact carries the instant pattern of InstantSchema', () => {
    const schema = z.toJSONSchema(ContactLogEntrySchema) as unknown as {
      properties: { at: { pattern?: string } };
    };
    const instant = z.toJSONSchema(InstantSchema) as { pattern?: string };
    expect(instant.pattern).toBeDefined();
    expect(schema.properties.at.pattern).toBe(instant.pattern);
  });
});
