// What each letter holds, element by element and reason by reason: its content (noticeContent) is
// compared exactly with a committed golden/<name>.json that a person has read against the sources,
// with the elements a blank letter of the case lacks (validateNotice), each with the rule requiring
// it. The letters (letters.ts) reach each sentence, date and list a letter can hold: other policies,
// outcomes and orders of events, and cases holding two restrictions. To change a letter on purpose,
// edit its golden file by hand and review the diff.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noticeContent, validateNotice } from '../../src/index.js';
import { unwrap } from '../helpers.js';
import { LETTERS } from './letters.js';

interface Golden {
  readonly notice: unknown;
  /** Each element a letter with no elements lacks, as `element (rule)`. */
  readonly missingFromABlankLetter: readonly string[];
}

const golden = (name: string): Golden =>
  JSON.parse(readFileSync(new URL(`./golden/${name}.json`, import.meta.url), 'utf8')) as Golden;

describe('each letter holds exactly what its golden content says', () => {
  it.each(Object.entries(LETTERS))('%s', (name, draw) => {
    const { state, kind, policy, options } = draw();
    const expected = golden(name);
    const notice = unwrap(noticeContent(state, kind, policy, options));
    expect(notice).toStrictEqual(expected.notice);
    // The elements the case requires (TEP-5.2: the SPOC where there is one; TEP-10: the terms
    // where a restriction remains; TEP-11.2 or TEP-11.3 as the decision can still be appealed).
    const check = unwrap(validateNotice({ ...notice, elements: [] }, kind, policy, state));
    expect(check.missing.map((problem) => `${problem.element} (${problem.rule})`)).toEqual(
      expected.missingFromABlankLetter,
    );
    expect(check.wrong).toEqual([]);
    // The letter itself, checked against the case it was drawn from, lacks nothing and gets no date wrong.
    expect(unwrap(validateNotice(notice, kind, policy, state))).toEqual({ missing: [], wrong: [] });
  });
});
