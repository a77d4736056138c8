// What analyseContacts says, word for word (src/classification/analyse.ts): each kind of finding
// with its evidence and the reasons an officer quotes (the source's sentences, then the policy's
// threshold, labelled a library default where no source gives the number), and its refusals.
// Reasons are shown as "RULE: text". To change a sentence on purpose, change it here too.
import { describe, expect, it } from 'vitest';
import {
  analyseContacts,
  analyseContactsTrusted,
  type ContactLogEntry,
} from '../../src/classification/index.js';
import { definePolicy } from '../../src/policy/index.js';
import type { Reason } from '../../src/shared/reason.js';
import { refusal, unwrap } from '../helpers.js';
import { contact } from './fixtures.js';

const ASOF = '2026-12-01T00:00:00Z';
const said = (reasons: readonly Reason[]) => reasons.map((r) => `${r.rule}: ${r.text}`);
const on = (date: string) => `2026-${date}T10:00:00Z`;

/** One customer's year: a busy week in March, then one pattern a month, April to August. */
const YEAR: ContactLogEntry[] = [
  // 15 calls 11 hours apart: never 5 in a day, 15 within 7 days (HO-2.3).
  ...Array.from({ length: 15 }, (_, k) =>
    contact(`w${k + 1}`, new Date(Date.parse('2026-03-02T08:00:00Z') + k * 11 * 3_600_000).toISOString()),
  ),
  contact('d1', on('04-01'), { channel: 'letter', duplicateOf: 'sent-2025' }),
  contact('d2', on('04-08'), { channel: 'letter', duplicateOf: 'sent-2025' }),
  contact('d3', on('04-15'), { channel: 'letter', duplicateOf: 'd1' }),
  contact('v1', on('05-01'), { channel: 'in-person' }),
  contact('v2', on('05-08'), { channel: 'in-person' }),
  contact('v3', on('05-15'), { channel: 'in-person' }),
  contact('l1', on('06-01'), { durationMinutes: 40 }),
  contact('l2', on('06-08'), { durationMinutes: 50 }),
  contact('l3', on('06-15'), { durationMinutes: 60 }),
  ...['07-01', '07-03', '07-05', '07-07', '07-09'].map((date, k) =>
    contact(`e${k + 1}`, on(date), { channel: 'email', copiedIn: true }),
  ),
  ...['08-01', '08-10', '08-20'].map((date, k) =>
    contact(`i${k + 1}`, on(date), { subject: 'complaint', issueId: 'fence', issueStatus: 'resolved' }),
  ),
];

describe('analyseContacts, word for word', () => {
  it('HO-2.3, TEP-3.2, TEP-3.3: every kind of finding a year can hold, listed by kind', () => {
    const a = unwrap(analyseContacts(YEAR, { asOf: ASOF }));
    expect({
      ...a,
      findings: a.findings.map((f) => ({ ...f, reasons: said(f.reasons) })),
      reasons: said(a.reasons),
    }).toEqual({
      findings: [
        {
          kind: 'high-volume-in-a-week',
          behaviour: 'high-volume-communication',
          contactIds: [
            'w1',
            'w2',
            'w3',
            'w4',
            'w5',
            'w6',
            'w7',
            'w8',
            'w9',
            'w10',
            'w11',
            'w12',
            'w13',
            'w14',
            'w15',
          ],
          from: '2026-03-02T08:00:00.000Z',
          to: '2026-03-08T18:00:00.000Z',
          reasons: [
            'TEP-3.2: High volumes of repeated communication: the source says "Submitting high volumes of repeated communication which could include (but is not limited to) letter, email, telephone and social media."',
            'HO-2.3: High volumes of repeated communication: the source says "Repeated telephone calls over a short period, for example, a high number calls in one day or week"',
            'HO-2.3: High volumes of repeated communication: the source says "High volumes of information provided by email or post referencing the same issues"',
            'HO-2.3: Library default for "High volume: contacts in seven days", not a rule of the policy’s source: 15 counted contacts fell within 7 days (a rolling 7 × 24 hours of elapsed time, not calendar days); the policy treats 15 or more in a week as a high number.',
          ],
        },
        {
          kind: 'repeated-contact-on-closed-issue',
          behaviour: 'repeats-resolved-issue',
          contactIds: ['i1', 'i2', 'i3'],
          from: '2026-08-01T10:00:00Z',
          to: '2026-08-20T10:00:00Z',
          reasons: [
            'TEP-3.2: Pursuing an issue already dealt with: the source says "Repeatedly complains or makes repeated requests about similar issues that have already been dealt with."',
            'TEP-3.3: Pursuing an issue already dealt with: the source says "Pursuing an issue/case which we consider resolved or closed without presenting any new significant information."',
            'TEP-3.3: Library default for "Contacts on a closed issue without new information", not a rule of the policy’s source: 3 counted contacts pursued issue fence after it was resolved or closed, none bringing new information; the policy’s threshold is 3.',
          ],
          issueId: 'fence',
        },
        {
          kind: 'duplicate-documents',
          behaviour: 'irrelevant-or-duplicate-documents',
          contactIds: ['d1', 'd2', 'd3'],
          from: '2026-04-01T10:00:00Z',
          to: '2026-04-15T10:00:00Z',
          reasons: [
            'TEP-3.3: Sending irrelevant or duplicate documents: the source says "Sends irrelevant or duplicate documents."',
            'HO-2.3: Sending irrelevant or duplicate documents: the source says "High volumes of information provided by email or post referencing the same issues"',
            'TEP-3.3: Library default for "Duplicate documents", not a rule of the policy’s source: 3 documents already sent were sent again within 30 days; the policy’s threshold is 3.',
          ],
        },
        {
          kind: 'unannounced-visits',
          behaviour: 'unannounced-office-visits',
          contactIds: ['v1', 'v2', 'v3'],
          from: '2026-05-01T10:00:00Z',
          to: '2026-05-15T10:00:00Z',
          reasons: [
            'TEP-3.3: Frequent office visits without an appointment: the source says "Where a customer frequently visits the office without an appointment."',
            'TEP-3.3: Library default for "Office visits without an appointment", not a rule of the policy’s source: 3 office visits without an appointment within 30 days; the policy’s threshold is 3.',
          ],
        },
        {
          kind: 'long-repetitive-calls',
          behaviour: 'long-repetitive-calls',
          contactIds: ['l1', 'l2', 'l3'],
          from: '2026-06-01T10:00:00Z',
          to: '2026-06-15T10:00:00Z',
          reasons: [
            'HO-2.3: Long calls repeating the same points: the source says "Lengthy telephone calls repeating the same points of discussion"',
            'HO-2.3: Library default for "Long calls repeating the same points", not a rule of the policy’s source: 3 calls of 30 minutes or more, bringing no new information, within 30 days; the policy’s threshold is 3.',
          ],
        },
        {
          kind: 'excessive-copying-in',
          behaviour: 'excessive-copying-in',
          contactIds: ['e1', 'e2', 'e3', 'e4', 'e5'],
          from: '2026-07-01T10:00:00Z',
          to: '2026-07-09T10:00:00Z',
          reasons: [
            'HO-2.3: Unnecessarily copying the landlord into emails to others: the source says "unnecessarily or excessively copying us into emails to other parties."',
            'HO-2.3: Library default for "Copying the landlord into emails", not a rule of the policy’s source: 5 emails to others copied the landlord in within 30 days (rolling, of elapsed time); the policy’s threshold is 5.',
          ],
        },
      ],
      counted: 32,
      excluded: [],
      ignored: {
        outbound: 0,
        afterAsOf: 0,
        beforePolicy: 0,
      },
      reasons: [
        'HO-1: Contacts by every channel count: telephone, face to face, letters, email, social media and other digital channels.',
      ],
    });
  });

  it('citations.rules: findings and the summary cite the landlord’s own text; a library default keeps its label', () => {
    const scope = { document: 'Acme', section: '1. Scope' };
    const contacting = { document: 'Acme', section: '5. Contact' };
    const policy = unwrap(
      definePolicy({
        id: 'acme',
        name: 'Acme',
        effectiveFrom: '2026-01-01',
        citations: { rules: { 'HO-1': scope, 'HO-2.3': contacting } },
      }),
    );
    const a = unwrap(analyseContacts(YEAR.slice(0, 15), { asOf: ASOF, policy }));
    expect(a.reasons.map((r) => r.citation)).toEqual([scope]);
    expect(a.findings.map((f) => f.reasons.map((r) => [r.rule, r.citation.document]))).toEqual([
      [
        ['TEP-3.2', 'Unacceptable Behaviour – Tenancy Enforcement Procedure'],
        ['HO-2.3', 'Acme'],
        ['HO-2.3', 'Acme'],
        ['HO-2.3', 'housing-conduct-rules library defaults: a value no source document states'],
      ],
    ]);
  });
});

describe('the trusted path’s refusals, word for word', () => {
  it('a null entry, and times it cannot read, each at its path', () => {
    const log = [
      contact('c1', '2026-03-02T09:00:00Z'),
      null,
      contact('c3', 'yesterday'),
      contact('c4', 42 as never),
    ] as ContactLogEntry[];
    expect(refusal(analyseContactsTrusted(log, { asOf: ASOF }), 'INVALID_INPUT').issues).toEqual([
      { path: 'contacts[1]', message: 'expected a contact, received null or an empty slot' },
      { path: 'contacts[2].at', message: 'expected an ISO 8601 instant with Z or an offset' },
      { path: 'contacts[3].at', message: 'expected an ISO 8601 instant with Z or an offset' },
    ]);
  });
});
