// renderNotice's layout, exactly: the title, the date line, each element under its heading, dates in
// sentences, empty values as "None.", an element the library does not know under its own id, and the
// places the rules come from, each once (TEP-5.3: the customer is told the action taken and why).
import { describe, expect, it } from 'vitest';
import { type NoticeInput, renderNotice } from '../../src/index.js';
import { escapeHtml, escapeMarkdown } from '../../src/notices/render.js';
import { unwrap } from '../helpers.js';

const LIFTED: NoticeInput = {
  kind: 'restriction-lifted',
  date: '2026-09-02',
  elements: [
    { id: 'decision-and-reasons', value: 'We have lifted the restriction.', rule: 'TEP-10' },
    { id: 'starts-on', value: '2026-06-01', rule: 'TEP-10' },
    { id: 'last-day-in-force', value: '2026-09-01', rule: 'TEP-10' },
    { id: 'next-review', value: null, rule: 'TEP-10' },
    { id: 'fact-sheet', value: [], rule: 'TEP-11.2' },
    { id: 'decided-by', value: null, rule: 'NF-8' },
    { id: 'ombudsman-signpost', value: 'Free and independent.', rule: 'TEP-11.3' },
    { id: 'our-own-note', value: '2026-09-03', rule: 'TEP-9' },
  ],
  reasons: [
    {
      rule: 'TEP-9',
      text: 'The landlord’s own letters rule.',
      citation: { document: 'Acme Homes policy', section: '9. Letters' },
    },
  ],
};
const render = (notice: NoticeInput, format: 'text' | 'markdown' | 'html'): string =>
  unwrap(renderNotice(notice, { format }));

const TEP = 'Unacceptable Behaviour – Tenancy Enforcement Procedure';
const PLACES = [
  `${TEP}, 10. Monitoring and Reviewing`,
  `${TEP}, 11. Appealing/Reconsidering a Decision to Restrict Contact`,
  'Housing Ombudsman spotlight reports, Knowledge and information management; Attitudes, respect and rights',
  'Acme Homes policy, 9. Letters',
];

describe('a notice with every kind of value, in each format', () => {
  it('text: capitals and underlines, sentences around the dates, "None." for nothing', () => {
    expect(render(LIFTED, 'text')).toBe(
      [
        'THE LIMITS ON YOUR CONTACT ARE LIFTED',
        '=====================================',
        'Date: Wednesday 2 September 2026',
        '',
        'Our decision',
        '------------',
        'We have lifted the restriction.',
        '',
        'When this starts',
        '----------------',
        'This starts on Monday 1 June 2026.',
        '',
        'When this ends',
        '--------------',
        'The limits ended on Tuesday 1 September 2026.',
        '',
        'When we will review this',
        '------------------------',
        'No further review is due before these arrangements end.',
        '',
        'Fact sheet',
        '----------',
        'None.',
        '',
        'Who decided',
        '-----------',
        'None.',
        '',
        'If you are still unhappy',
        '------------------------',
        'Free and independent.',
        '',
        'our-own-note',
        '------------',
        'Thursday 3 September 2026',
        '',
        'Where our rules come from',
        '-------------------------',
        ...PLACES.map((place) => `- ${place}`),
        '',
      ].join('\n'),
    );
  });

  it('Markdown: headings, a line break after the date, a list of places', () => {
    const markdown = render(LIFTED, 'markdown');
    expect(
      markdown.startsWith(
        '# The limits on your contact are lifted\n\n**Date:** Wednesday 2 September 2026  \n\n## Our decision\n\nWe have lifted the restriction.\n\n## When this starts\n',
      ),
    ).toBe(true);
    expect(markdown).toContain('\n## Fact sheet\n\nNone.\n');
    expect(markdown).toContain('\n## our-own-note\n\nThursday 3 September 2026\n');
    expect(
      markdown.endsWith(`\n## Where our rules come from\n\n${PLACES.map((p) => `- ${p}`).join('\n')}\n`),
    ).toBe(true);
  });

  it('HTML: an article of headings, paragraphs and a list', () => {
    const html = render(LIFTED, 'html');
    expect(
      html.startsWith(
        '<article class="notice">\n<h1>The limits on your contact are lifted</h1>\n<p><strong>Date:</strong> Wednesday 2 September 2026</p>\n<h2>Our decision</h2>\n<p>We have lifted the restriction.</p>\n',
      ),
    ).toBe(true);
    expect(html).toContain(
      '\n<h2>When this ends</h2>\n<p>The limits ended on Tuesday 1 September 2026.</p>\n',
    );
    expect(html).toContain('\n<h2>Fact sheet</h2>\n<p>None.</p>\n');
    expect(
      html.endsWith(
        `<h2>Where our rules come from</h2>\n<ul>\n${PLACES.map((p) => `<li>${p}</li>`).join('\n')}\n</ul>\n</article>\n`,
      ),
    ).toBe(true);
  });
});

describe('the parts that depend on the notice', () => {
  it('the customer and case lines appear only when the notice names them, customer first', () => {
    const named = render({ ...LIFTED, caseId: 'case-9', customerId: 'cust-9' }, 'text');
    expect(named).toContain('Date: Wednesday 2 September 2026\nCustomer: cust-9\nCase: case-9\n');
    expect(render(LIFTED, 'text')).not.toMatch(/Customer:|Case:/);
    expect(render({ ...LIFTED, caseId: 'case-9' }, 'html')).toContain('<p><strong>Case:</strong> case-9</p>');
  });

  it('a notice with no elements has no headings and no rules section', () => {
    expect(render({ ...LIFTED, elements: [] }, 'text')).toBe(
      'THE LIMITS ON YOUR CONTACT ARE LIFTED\n=====================================\nDate: Wednesday 2 September 2026\n',
    );
  });

  it('"ended on" is said only of the last day of a lifted restriction', () => {
    const decision = render({ ...LIFTED, kind: 'restriction-decision' }, 'text');
    expect(decision).toContain('The last day these arrangements apply is Tuesday 1 September 2026.');
    expect(decision).not.toContain('ended on');
  });

  it('an open-ended last day, and a list of one item', () => {
    const open = render(
      {
        ...LIFTED,
        kind: 'restriction-decision',
        elements: [
          { id: 'last-day-in-force', value: null, rule: 'TEP-5.2' },
          { id: 'measures', value: ['Please contact us by email only.'], rule: 'TEP-5.2' },
        ],
      },
      'text',
    );
    expect(open).toContain(
      'When this ends\n--------------\nThere is no fixed end date. These arrangements stay until we lift them, and we review them regularly.\n',
    );
    expect(open).toContain(
      'How to contact us now\n---------------------\n- Please contact us by email only.\n',
    );
  });

  it('TEP-11.3: a decision that cannot be appealed says so in a sentence under "Last day to appeal"', () => {
    const final = (value: string) =>
      render({ ...LIFTED, elements: [{ id: 'appeal-deadline', value, rule: 'TEP-11.3' }] }, 'text');
    expect(final('no internal appeal: the decision is final')).toContain(
      'Last day to appeal\n------------------\nThere is no appeal against this decision: it is final.\n',
    );
    expect(final('Ask us about appeals.')).toContain('\nAsk us about appeals.\n');
  });

  it('an underline stops at 72 characters however long the heading', () => {
    const id = 'x'.repeat(80);
    const text = render({ ...LIFTED, elements: [{ id, value: 'v', rule: 'TEP-9' }] }, 'text');
    expect(text).toContain(`\n${id}\n${'-'.repeat(72)}\nv\n`);
  });
});

describe('escaping', () => {
  it('HTML: each of & < > " \' as a numeric entity, nothing else touched', () => {
    expect(escapeHtml(`a&b<c>d"e'f – g`)).toBe('a&#38;b&#60;c&#62;d&#34;e&#39;f – g');
  });

  it('Markdown: its special characters backslashed, & as an entity, lines joined', () => {
    expect(escapeMarkdown('\\`*_{}[]()<>#+!|~')).toBe('\\\\\\`\\*\\_\\{\\}\\[\\]\\(\\)\\<\\>\\#\\+\\!\\|\\~');
    expect(escapeMarkdown('rent & repairs')).toBe('rent &amp; repairs');
    expect(escapeMarkdown('one\ntwo\r\nthree')).toBe('one two three');
  });

  it('Markdown: a value that starts like a numbered item has its full stop escaped', () => {
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('  12. twelfth')).toBe('  12\\. twelfth');
    expect(escapeMarkdown('2026.')).toBe('2026\\.');
    expect(escapeMarkdown('1.5 metres')).toBe('1.5 metres');
    expect(escapeMarkdown('Call 1. Then 2. ')).toBe('Call 1. Then 2. ');
    expect(escapeMarkdown('No1. x')).toBe('No1. x');
  });

  it('Markdown: a value that starts like a bulleted item has its dash escaped', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('  - item')).toBe('  \\- item');
    expect(escapeMarkdown('-')).toBe('\\-');
    expect(escapeMarkdown('-5 degrees')).toBe('-5 degrees');
    expect(escapeMarkdown('a - b')).toBe('a - b');
    expect(escapeMarkdown('x- y')).toBe('x- y');
  });
});

describe('TEP-11.3: the sentence for a final decision stands only under "Last day to appeal"', () => {
  it('the same words under another heading are given as they are', () => {
    const words = 'no internal appeal: the decision is final';
    const notice: NoticeInput = {
      kind: 'restriction-decision',
      date: '2026-03-02',
      elements: [
        { id: 'appeal-deadline', value: words, rule: 'TEP-11.3' },
        { id: 'our-own-note', value: words, rule: 'TEP-11.3' },
      ],
    };
    const text = render(notice, 'text');
    expect(text).toContain('There is no appeal against this decision: it is final.');
    expect(text).toContain(`our-own-note\n------------\n${words}\n`);
  });
});
