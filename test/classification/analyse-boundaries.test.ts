// analyseContacts at its edges (src/classification/analyse.ts, windows.ts): the millisecond a
// rolling window closes, the instant before, at and after the policy takes effect, a threshold and
// one short of it, and the words of its reasons and refusals for one contact and for several.
import { describe, expect, it } from 'vitest';
import {
  type AnalyseContactsOptions,
  analyseContacts,
  analyseContactsTrusted,
  type ContactAnalysis,
  type ContactLogEntry,
} from '../../src/classification/index.js';
import { definePolicy } from '../../src/policy/index.js';
import type { Reason } from '../../src/shared/reason.js';
import { badPaths, refusal, unwrap } from '../helpers.js';
import { contact } from './fixtures.js';

const ASOF = '2026-06-01T00:00:00Z';
const analyse = (log: ContactLogEntry[], options: Partial<AnalyseContactsOptions> = {}): ContactAnalysis =>
  unwrap(analyseContacts(log, { asOf: ASOF, ...options }));
const kinds = (a: ContactAnalysis) => a.findings.map((f) => f.kind);
const said = (reasons: readonly Reason[]) => reasons.map((r) => `${r.rule}: ${r.text}`);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-03-02T08:00:00Z');
/** A contact `offset` ms after 08:00Z on Monday 2 March 2026. */
const later = (id: string, offset: number, over: Partial<ContactLogEntry> = {}) =>
  contact(id, new Date(T0 + offset).toISOString(), over);

/** "acme", in effect from 1 April 2026: local midnight in London (BST) is 23:00Z on 31 March. */
const acme = unwrap(definePolicy({ id: 'acme', name: 'Acme', effectiveFrom: '2026-04-01' }));

describe('HO-2.3, TEP-3.3: a rolling window holds what falls less than its length after its first contact', () => {
  it('a day: the fifth contact 24 hours less 1 ms after the first is a high number; exactly 24 hours after, not', () => {
    const four = [0, 1, 2, 3].map((h) => later(`c${h + 1}`, h * HOUR));
    expect(kinds(analyse([...four, later('c5', DAY - 1)]))).toEqual(['high-volume-in-a-day']);
    expect(kinds(analyse([...four, later('c5', DAY)]))).toEqual([]);
  });

  it('a week: 15 contacts, never 5 in a day, the last 7 × 24 hours less 1 ms after the first; exactly 7 × 24 hours, not', () => {
    const fourteen = Array.from({ length: 14 }, (_, k) => later(`c${k + 1}`, k * 11 * HOUR));
    expect(kinds(analyse([...fourteen, later('c15', 7 * DAY - 1)]))).toEqual(['high-volume-in-a-week']);
    expect(kinds(analyse([...fourteen, later('c15', 7 * DAY)]))).toEqual([]);
  });

  it('office visits: the third 30 × 24 hours less 1 ms after the first is a pattern; exactly 30 days after, not', () => {
    const visit = (id: string, offset: number) => later(id, offset, { channel: 'in-person' });
    const two = [visit('v1', 0), visit('v2', 10 * DAY)];
    expect(kinds(analyse([...two, visit('v3', 30 * DAY - 1)]))).toEqual(['unannounced-visits']);
    expect(kinds(analyse([...two, visit('v3', 30 * DAY)]))).toEqual([]);
  });

  it('windows that overlap merge into one finding of every contact; the reason gives the most any one window held', () => {
    // Ten contacts 4 hours apart: each 24 hours holds 6, and every window shares contacts with the next.
    const [finding, ...others] = analyse(
      Array.from({ length: 10 }, (_, k) => later(`c${k + 1}`, k * 4 * HOUR)),
    ).findings;
    expect(others).toEqual([]);
    expect(finding?.contactIds).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10']);
    expect(finding?.from).toBe('2026-03-02T08:00:00.000Z');
    expect(finding?.to).toBe('2026-03-03T20:00:00.000Z');
    expect(finding?.reasons.at(-1)?.text).toBe(
      'Library default for "High volume: contacts in one day", not a rule of the policy’s source: 6 counted contacts fell within 24 hours (a rolling 24 hours of elapsed time, not a calendar day); the policy treats 5 or more in a day as a high number.',
    );
  });
});

describe('thresholds are "or more": the threshold itself counts, one short does not', () => {
  it('HO-2.3: a call of exactly 30 minutes is a long call', () => {
    const call = (id: string, day: number, minutes: number) =>
      later(id, day * DAY, { durationMinutes: minutes });
    expect(kinds(analyse([call('l1', 0, 30), call('l2', 3, 30), call('l3', 6, 30)]))).toEqual([
      'long-repetitive-calls',
    ]);
  });

  it('TEP-3.3: 3 contacts on a closed issue are a pattern, 2 are not; the reason counts them and says since when', () => {
    const onIssue = (id: string, day: number, over: Partial<ContactLogEntry> = {}) =>
      later(id, day * DAY, { subject: 'complaint', issueId: 'fence', issueStatus: 'closed', ...over });
    expect(analyse([onIssue('c1', 0), onIssue('c2', 20)]).findings).toEqual([]);
    const [finding] = analyse([onIssue('c1', 0), onIssue('c2', 20), onIssue('c3', 40)]).findings;
    expect(finding?.issueId).toBe('fence');
    expect(finding?.reasons.at(-1)?.text).toBe(
      'Library default for "Contacts on a closed issue without new information", not a rule of the policy’s source: 3 counted contacts pursued issue fence after it was resolved or closed, none bringing new information; the policy’s threshold is 3.',
    );
    const restarted = analyse([
      onIssue('c1', 0, { newInformation: true }),
      onIssue('c2', 5),
      onIssue('c3', 10),
      onIssue('c4', 15),
    ]).findings;
    expect(restarted.map((f) => f.contactIds)).toEqual([['c2', 'c3', 'c4']]);
    expect(restarted[0]?.reasons.at(-1)?.text).toContain(
      '3 counted contacts pursued issue fence after it was resolved or closed, since the last contact bringing new information, none bringing new information',
    );
  });

  it('TEP-3.3: contacts at the instant new information arrives count after it, whatever the log’s order', () => {
    const onIssue = (id: string, day: number, over: Partial<ContactLogEntry> = {}) =>
      later(id, day * DAY, { subject: 'complaint', issueId: 'fence', issueStatus: 'closed', ...over });
    // x and y at one instant, y bringing new information: the run is c1, c2, then (after y) x, z, w.
    const log = [
      onIssue('c1', 0),
      onIssue('c2', 1),
      onIssue('x', 2),
      onIssue('y', 2, { newInformation: true }),
      onIssue('z', 3),
      onIssue('w', 4),
    ];
    const expected = [['x', 'z', 'w']];
    expect(analyse(log).findings.map((f) => f.contactIds)).toEqual(expected);
    expect(analyse([...log].reverse()).findings.map((f) => f.contactIds)).toEqual(expected);
  });

  it('contacts at one instant are evidence in the order of their ids, whatever the log’s order', () => {
    const burst = ['e', 'c', 'a', 'd', 'b'].map((id) => later(id, HOUR));
    expect(analyse(burst).findings.map((f) => f.contactIds)).toEqual([['a', 'b', 'c', 'd', 'e']]);
  });

  it('TEP-3.3: a document may duplicate one sent at the same instant', () => {
    const log = [later('c1', 0), later('c2', 0, { duplicateOf: 'c1' })];
    expect(analyseContacts(log, { asOf: ASOF }).ok).toBe(true);
  });
});

describe('HO-1: the instant before, at and after the policy takes effect', () => {
  it('one of each: 1 ms before local midnight is ignored, at midnight counts; the reasons say "1 contact", "it"', () => {
    const a = analyse(
      [
        contact('before', '2026-03-31T22:59:59.999Z'),
        contact('at', '2026-03-31T23:00:00Z'),
        contact('u', '2026-04-02T09:00:00Z', { subject: 'urgent-repair' }),
        contact('o', '2026-04-02T10:00:00Z', { landlordResponseOverdue: true }),
      ],
      { policy: acme },
    );
    expect({ ...a, reasons: said(a.reasons) }).toEqual({
      findings: [],
      counted: 1,
      excluded: [
        { contactId: 'u', because: 'exclusion' },
        { contactId: 'o', because: 'landlord-response-overdue' },
      ],
      ignored: { outbound: 0, afterAsOf: 0, beforePolicy: 1 },
      reasons: [
        'HO-1: Contacts by every channel count: telephone, face to face, letters, email, social media and other digital channels.',
        'TEP-7: 1 contact was about urgent-repair: under the policy’s exclusions these are always received and acted on, and never count towards persistence.',
        "HO-1: 1 contact was made before the policy 'acme' took effect on 2026-04-01, so it is not counted.",
        'TEP-3.3: 1 contact chased a response the landlord owed and was late with: that is not persistence "despite reasonable attempts to resolve a matter", so it never counts.',
      ],
    });
    expect(a.reasons[2]?.citation).toEqual({ document: 'Acme', section: 'effectiveFrom: 2026-04-01' });
  });

  it('two of each, one before the policy outbound (either direction is ignored): "2 contacts", "they"', () => {
    const a = analyse(
      [
        contact('b1', '2026-03-30T09:00:00Z', { direction: 'outbound' }),
        contact('b2', '2026-03-31T22:59:59.999Z'),
        contact('u1', '2026-04-02T09:00:00Z', { subject: 'urgent-repair' }),
        contact('u2', '2026-04-02T09:30:00Z', { subject: 'safeguarding' }),
        contact('o1', '2026-04-02T10:00:00Z', { landlordResponseOverdue: true }),
        contact('o2', '2026-04-02T11:00:00Z', { landlordResponseOverdue: true }),
      ],
      { policy: acme },
    );
    expect(a.ignored).toEqual({ outbound: 0, afterAsOf: 0, beforePolicy: 2 });
    expect(said(a.reasons).slice(1)).toEqual([
      'TEP-7: 2 contacts were about urgent-repair, safeguarding: under the policy’s exclusions these are always received and acted on, and never count towards persistence.',
      "HO-1: 2 contacts were made before the policy 'acme' took effect on 2026-04-01, so they are not counted.",
      'TEP-3.3: 2 contacts chased a response the landlord owed and was late with: that is not persistence "despite reasonable attempts to resolve a matter", so they never count.',
    ]);
  });

  it('an analysis dated 1 ms before the policy took effect is refused, saying so', () => {
    const error = refusal(
      analyseContacts([], { asOf: '2026-03-31T22:59:59.999Z', policy: acme }),
      'POLICY_NOT_IN_EFFECT',
    );
    expect(error.message).toBe(
      "The analysis date (2026-03-31) is dated before the policy 'acme' took effect on 2026-04-01.",
    );
    expect(analyseContacts([], { asOf: '2026-03-31T23:00:00Z', policy: acme }).ok).toBe(true);
  });

  it('a bad log analysed before the policy took effect: the policy’s refusal stands alone', () => {
    const bad = [{ id: 'c1', channel: 'phone' }] as never;
    refusal(analyseContacts(bad, { asOf: '2026-03-31T22:59:59.999Z', policy: acme }), 'POLICY_NOT_IN_EFFECT');
    expect(badPaths(analyseContacts(bad, { asOf: '2026-03-31T23:00:00Z', policy: acme }))).toEqual([
      'contacts[0].at',
      'contacts[0].direction',
      'contacts[0].subject',
    ]);
  });
});

describe('refusals, word for word', () => {
  it('a reused id, a document duplicating itself, and one duplicating a later contact', () => {
    const log = [
      contact('c1', '2026-03-02T09:00:00Z'),
      contact('c1', '2026-03-02T10:00:00Z'),
      contact('c3', '2026-03-02T11:00:00Z', { duplicateOf: 'c3' }),
      contact('c4', '2026-03-02T08:00:00Z', { duplicateOf: 'c1' }),
    ];
    expect(refusal(analyseContacts(log, { asOf: ASOF }), 'INVALID_INPUT').issues).toEqual([
      { path: 'contacts[1].id', message: "duplicate id 'c1', already used by contacts[0]" },
      { path: 'contacts[2].duplicateOf', message: 'expected the id of another contact, not its own' },
      {
        path: 'contacts[3].duplicateOf',
        message:
          "expected the id of an earlier contact: 'c1' is at 2026-03-02T09:00:00Z, after this one (2026-03-02T08:00:00Z)",
      },
    ]);
  });

  it('options, and a log, that are not what they should be', () => {
    expect(refusal(analyseContacts([], null as never), 'INVALID_INPUT').issues).toEqual([
      { path: 'options', message: 'expected an object { policy?, asOf }, received null' },
    ]);
    expect(refusal(analyseContacts({} as never, { asOf: ASOF }), 'INVALID_INPUT').issues).toEqual([
      { path: 'contacts', message: 'expected the contact log as an array of contacts' },
    ]);
    expect(refusal(analyseContactsTrusted({} as never, { asOf: ASOF }), 'INVALID_INPUT').issues).toEqual([
      { path: 'contacts', message: 'expected the contact log as an array' },
    ]);
    const broken = [contact('c1', '2026-03-02T09:00:00Z', { durationMinutes: Symbol('x') as never })];
    expect(refusal(analyseContactsTrusted(broken, { asOf: ASOF }), 'INVALID_INPUT').issues).toEqual([
      {
        path: 'contacts',
        message:
          'expected entries already valid against ContactLogEntrySchema (use analyseContacts to find which is not)',
      },
    ]);
  });
});
