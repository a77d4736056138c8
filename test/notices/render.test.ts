// renderNotice: a letter a person can read, in text, Markdown and HTML; HTML never emits input as markup.
import { describe, expect, it } from 'vitest';
import { type Notice, noticeContent, renderNotice } from '../../src/index.js';
import { TEP } from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';
import { SCENARIOS, scenario } from './cases.js';

const KINDS = Object.keys(SCENARIOS) as Notice['kind'][];
const FORMATS = ['text', 'markdown', 'html'] as const;
const decision = (): Notice =>
  unwrap(noticeContent(scenario('restriction-decision'), 'restriction-decision', TEP));

describe('every kind renders in every format', () => {
  for (const kind of KINDS) {
    it.each(FORMATS)(`${kind} as %s`, (format) => {
      const notice = unwrap(noticeContent(scenario(kind), kind, TEP));
      const letter = unwrap(renderNotice(notice, { format }));
      expect(letter.length).toBeGreaterThan(100);
      expect(letter).not.toMatch(/undefined|\[object Object\]/);
    });
  }
});

describe('the restriction decision letter reads in plain words', () => {
  const text = unwrap(renderNotice(decision(), { format: 'text' }));

  it('has its title, its date in words, and the dates in words', () => {
    expect(text.startsWith('DECISION TO RESTRICT CONTACT\n')).toBe(true);
    expect(text).toContain('Date: Monday 2 March 2026');
    expect(text).toContain('The last day these arrangements apply is Monday 1 March 2027.');
    expect(text).toContain('We will review these arrangements by Wednesday 2 September 2026.');
    expect(text).toContain('The last day to appeal is Monday 16 March 2026.');
  });

  it('lists the arrangements and what can always be reported, and where the rules come from', () => {
    expect(text).toContain('- Please contact us in writing only: by email, letter or web form.');
    expect(text).toContain('What you can always contact us about');
    expect(text).toContain('Where our rules come from');
    expect(text).toContain(
      'Unacceptable Behaviour – Tenancy Enforcement Procedure, 5. Restricting Customer Contact',
    );
  });

  it('uses short sentences: none over 40 words in the library’s own wording', () => {
    const sentences = text.split(/(?<=[.:])\s+/);
    for (const sentence of sentences) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(40);
  });

  it('Markdown has headings and lists; HTML has an article with headings', () => {
    const markdown = unwrap(renderNotice(decision(), { format: 'markdown' }));
    expect(markdown).toMatch(/^# Decision to restrict contact\n/);
    expect(markdown).toContain('\n## How to contact us now\n');
    const html = unwrap(renderNotice(decision(), { format: 'html' }));
    expect(html).toMatch(/^<article class="notice">\n<h1>Decision to restrict contact<\/h1>/);
    expect(html).toContain('<h2>Last day to appeal</h2>');
  });

  it('an open-ended restriction says there is no fixed end date', () => {
    const open = {
      ...decision(),
      elements: decision().elements.map((e) => (e.id === 'last-day-in-force' ? { ...e, value: null } : e)),
    };
    expect(unwrap(renderNotice(open, { format: 'text' }))).toContain('There is no fixed end date.');
  });
});

describe('escaping: no input is ever emitted as markup', () => {
  const SCRIPT = '<script>alert("x")</script>';
  const hostile = (): Notice => {
    const notice = decision();
    return {
      ...notice,
      caseId: SCRIPT,
      customerId: SCRIPT,
      subject: SCRIPT,
      elements: [
        ...notice.elements.map((e) => ({
          ...e,
          value: Array.isArray(e.value)
            ? [SCRIPT, ...e.value]
            : typeof e.value === 'string'
              ? `${e.value} ${SCRIPT}`
              : e.value,
        })),
        { id: SCRIPT, value: SCRIPT, rule: 'TEP-5.2' as const },
        {
          id: 'x" onload="alert(1)',
          value: ['<img src=x onerror=alert(1)>', "it's & <b>"],
          rule: 'TEP-5.2' as const,
        },
      ],
    };
  };

  it('HTML escapes every string field', () => {
    const html = unwrap(renderNotice(hostile(), { format: 'html' }));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('" onload="');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    const tags = html.match(/<\/?[a-z0-9]+[^>]*>/g) ?? [];
    expect(new Set(tags.map((t) => t.replace(/^<\/?([a-z0-9]+).*$/, '$1')))).toEqual(
      new Set(['article', 'h1', 'h2', 'p', 'strong', 'ul', 'li']),
    );
  });

  it('Markdown escapes its special characters and HTML brackets', () => {
    const markdown = unwrap(renderNotice(hostile(), { format: 'markdown' }));
    expect(markdown).not.toMatch(/(?<!\\)<script/);
    expect(markdown).toContain('\\<script\\>');
  });

  it('text keeps the words as they are', () => {
    expect(unwrap(renderNotice(hostile(), { format: 'text' }))).toContain(SCRIPT);
  });
});

describe('bad input', () => {
  it('is refused by path', () => {
    expect(
      refusal(renderNotice(decision(), { format: 'pdf' } as never), 'INVALID_INPUT').issues[0]?.path,
    ).toBe('options.format');
    expect(refusal(renderNotice(null as never, { format: 'text' }), 'INVALID_INPUT').issues[0]?.path).toBe(
      'notice',
    );
    const bad = { ...decision(), elements: [{ id: 'x', value: { date: '2026-03-02' }, rule: 'TEP-5.2' }] };
    expect(refusal(renderNotice(bad as never, { format: 'text' }), 'INVALID_INPUT').issues[0]?.path).toBe(
      'notice.elements[0].value',
    );
  });
});
