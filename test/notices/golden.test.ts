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
import { TEP } from '../case/fixtures.js';
import { unwrap } from '../helpers.js';
import { SCENARIOS, scenario } from './cases.js';
import { VARIANTS } from './letters.js';

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

describe('other policies and circumstances, word for word', () => {
  for (const [name, draw] of Object.entries(VARIANTS)) {
    it.each(FORMATS)(`${name} as %s matches golden/${name}.%s`, (format, ext) => {
      const { state, kind, policy } = draw();
      expect(unwrap(renderNotice(unwrap(noticeContent(state, kind, policy)), { format }))).toBe(
        golden(name, ext),
      );
    });
  }
});
