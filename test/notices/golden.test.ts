// What a letter says, word for word: each kind of letter, in each format, rendered from its scenario
// (cases.ts) and compared exactly with a committed rendering in golden/ that a person has read
// against the sources. A changed word, date, heading or list item fails here.
//
// Read against RULES.md when written: NF-5 clear days (decision of Monday 2 March 2026, last day to
// appeal Monday 16 March; variation of 1 April, last day 15 April); TEP-11.2 outcome within 28 days
// (appeal received 5 March, decide by 2 April; reconsideration received 5 May, by 2 June); TEP-10
// review within six months (2 March -> 2 September; reviewed 1 September -> 1 March 2027); NF-3
// complaints and the Ombudsman in every "always" list; TEP-11.3 the final decision signposts the
// Ombudsman. To change a letter's wording on purpose, edit its golden file by hand and review the diff.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Notice, noticeContent, renderNotice } from '../../src/index.js';
import {
  caseAfter,
  eia,
  ev,
  incident,
  informal,
  LADDER,
  restriction,
  STAFF,
  TEP,
  warning,
} from '../case/fixtures.js';
import { unwrap } from '../helpers.js';
import { REVIEWED_EIA, SCENARIOS, SPOC, scenario } from './cases.js';

const KINDS = Object.keys(SCENARIOS) as Notice['kind'][];
const FORMATS = [
  ['text', 'txt'],
  ['markdown', 'md'],
  ['html', 'html'],
] as const;

const golden = (kind: string, ext: string): string =>
  readFileSync(new URL(`./golden/${kind}.${ext}`, import.meta.url), 'utf8');

describe('each letter says word for word what its golden rendering says', () => {
  for (const kind of KINDS) {
    it.each(FORMATS)(`${kind} as %s matches golden/${kind}.%s`, (format, ext) => {
      const notice = unwrap(noticeContent(scenario(kind), kind, TEP));
      expect(unwrap(renderNotice(notice, { format }))).toBe(golden(kind, ext));
    });
  }
});

/** A policy with no internal appeal: the decision is final and the Ombudsman signposted (TEP-11.3). */
const NO_APPEAL = { ...TEP, appeal: null };

/**
 * A customer with a hearing impairment and mental health issues on record (NF-8), whose calls are
 * limited to two weekly windows of 15 minutes each, for six months, and only about repairs.
 */
const CALL_WINDOWS = [
  incident('inc-1', '2026-01-05T10:00:00Z'),
  informal('2026-01-06T09:00:00Z'),
  incident('inc-2', '2026-01-20T15:30:00Z', {
    behaviours: [
      { code: 'shouting', persistent: false },
      { code: 'swearing', persistent: true },
    ],
  }),
  eia('2026-01-21T09:00:00Z', ['hearing-impairment', 'mental-health']),
  warning('2026-01-22T09:00:00Z'),
  incident('inc-3', '2026-02-10T11:00:00Z', { channel: 'email' }),
  restriction('2026-03-02T10:00:00Z', {
    months: 6,
    measures: [
      { kind: 'service-scope', services: ['repairs'] },
      {
        kind: 'call-windows',
        windows: [
          { day: 'thursday', from: '14:00', to: '16:00' },
          { day: 'monday', from: '09:00', to: '12:00' },
        ],
      },
      { kind: 'call-length-limit', minutes: 15 },
    ],
  }),
  SPOC,
];

/** A case review on 1 September 2026 with the outcome given (TEP-10). */
const reviewed = (outcome: 'vary' | 'lift') =>
  caseAfter([
    ...LADDER,
    REVIEWED_EIA,
    ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome, letterDate: '2026-09-01' }),
  ]);

/** An appeal received on 5 March 2026 and upheld on 20 March by the senior officer (TEP-11.2). */
const APPEAL_UPHELD = caseAfter([
  ...LADDER,
  ev('appeal-received', '2026-03-05T09:00:00Z', { grounds: 'disproportionate' }, 'cust-1'),
  ev('appeal-decided', '2026-03-20T09:00:00Z', { outcome: 'upheld', byRole: 'senior-officer' }, STAFF.senior),
]);

/**
 * A variation that shortens the restriction to six months, with the adjustments made for the
 * customer's needs and why it lasts that long (SH-2), told in a letter of 1 April 2026.
 */
const VARIED_FOR_NEEDS = caseAfter([
  ...LADDER,
  SPOC,
  ev('restriction-varied', '2026-04-01T09:00:00Z', {
    months: 6,
    adjustments: ['letters in large print', 'more time to reply'],
    justification: 'the customer asked for more time to reply',
    lengthJustification: 'the behaviour has lessened since the warning',
    decisionLetterDate: '2026-04-01',
  }),
]);

/** Letters beyond one per kind: the same decision under other policies and circumstances. */
const VARIANTS = {
  'restriction-decision.no-appeal': () =>
    noticeContent(scenario('restriction-decision', NO_APPEAL), 'restriction-decision', NO_APPEAL),
  'restriction-decision.call-windows': () =>
    noticeContent(caseAfter(CALL_WINDOWS), 'restriction-decision', TEP),
  'review-outcome.vary': () => noticeContent(reviewed('vary'), 'review-outcome', TEP),
  'review-outcome.lift': () => noticeContent(reviewed('lift'), 'review-outcome', TEP),
  'appeal-outcome.upheld': () => noticeContent(APPEAL_UPHELD, 'appeal-outcome', TEP),
  'restriction-variation.for-needs': () => noticeContent(VARIED_FOR_NEEDS, 'restriction-variation', TEP),
  'written-warning.call-windows': () =>
    noticeContent(caseAfter(CALL_WINDOWS.slice(0, 5)), 'written-warning', TEP),
} as const;

describe('other policies and circumstances, word for word', () => {
  for (const [name, draw] of Object.entries(VARIANTS)) {
    it.each(FORMATS)(`${name} as %s matches golden/${name}.%s`, (format, ext) => {
      expect(unwrap(renderNotice(unwrap(draw()), { format }))).toBe(golden(name, ext));
    });
  }
});
