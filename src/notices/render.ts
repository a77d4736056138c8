import { describeDate } from '../calendar/zone.js';
import { validateAll } from '../case/apply.js';
import { CivilDateSchema } from '../shared/dates.js';
import { type Failure, ok, type Result } from '../shared/result.js';
import { RULES, type RuleId } from '../shared/rules.js';
import { validate } from '../shared/validate.js';
import { NO_INTERNAL_APPEAL } from './elements.js';
import { NOTICE_KINDS } from './kinds/index.js';
import {
  type Notice,
  type NoticeInput,
  NoticeSchema,
  type NoticeValue,
  type RenderOptions,
  RenderOptionsSchema,
} from './schema.js';

/** Each element's heading, in plain words. An id the library does not know is shown as written. */
const HEADINGS: Readonly<Record<string, string>> = {
  'behaviour-and-evidence': 'What happened',
  'decision-and-reasons': 'Our decision',
  measures: 'How to contact us now',
  spoc: 'Your single point of contact',
  'starts-on': 'When this starts',
  'last-day-in-force': 'When this ends',
  'next-review': 'When we will review this',
  'appeal-deadline': 'Last day to appeal',
  'how-to-appeal': 'How to appeal',
  reconsideration: 'Asking us to think again',
  'always-reportable': 'What you can always contact us about',
  'adjustments-offer': 'Support and adjustments',
  'nominated-person-offer': 'Someone to contact us for you',
  'fact-sheet': 'Fact sheet',
  'ombudsman-signpost': 'If you are still unhappy',
  'what-happens-next': 'What happens if this continues',
  'decided-by': 'Who decided',
  'spoc-change-request': 'Asking for a different contact',
};

/** What a date-valued element says, as a sentence around the date. */
const DATE_SENTENCES: Readonly<Record<string, (date: string) => string>> = {
  'starts-on': (date) => `This starts on ${date}.`,
  'last-day-in-force': (date) => `The last day these arrangements apply is ${date}.`,
  'next-review': (date) => `We will review these arrangements by ${date}.`,
  'appeal-deadline': (date) => `The last day to appeal is ${date}.`,
};

/** What a `null` value says, for the elements where it says something. */
const NULL_SENTENCES: Readonly<Record<string, string>> = {
  'last-day-in-force':
    'There is no fixed end date. These arrangements stay until we lift them, and we review them regularly.',
  'next-review': 'No further review is due before these arrangements end.',
};

/** TEP-11.3: what a letter says under "Last day to appeal" when the decision cannot be appealed. */
const NO_APPEAL_SENTENCE = 'There is no appeal against this decision: it is final.';

/** The lines an element says: dates in words, a list as its items. */
function linesOf(id: string, value: NoticeValue, kind: Notice['kind']): string[] {
  if (value === null) return [NULL_SENTENCES[id] ?? 'None.'];
  if (id === 'appeal-deadline' && value === NO_INTERNAL_APPEAL) return [NO_APPEAL_SENTENCE];
  if (typeof value !== 'string') return [...value];
  if (!CivilDateSchema.safeParse(value).success) return [value];
  const words = describeDate(value);
  if (kind === 'restriction-lifted' && id === 'last-day-in-force') return [`The limits ended on ${words}.`];
  return [DATE_SENTENCES[id]?.(words) ?? words];
}

const headingOf = (id: string): string => HEADINGS[id] ?? id;

/** HTML's five special characters, escaped: no input is ever emitted as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Markdown's special characters escaped with a backslash, and `&` as an entity, so input reads as
 * text; a value starting like a list item (`1. `, `1) `, `- `) has its marker escaped too.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => (c === '&' ? '&amp;' : `\\${c}`))
    .replace(/\r?\n/g, ' ')
    .replace(/^(\s*\d+)\.(?=\s|$)/, '$1\\.')
    .replace(/^(\s*)-(?=\s|$)/, '$1\\-');
}

/** The places a reader looks the rules up: each rule's citation, the notice's own where its reasons give one. */
function references(notice: Notice): string[] {
  const rules: RuleId[] = [];
  for (const element of notice.elements) if (!rules.includes(element.rule)) rules.push(element.rule);
  const places: string[] = [];
  for (const rule of rules) {
    const citation = notice.reasons.find((r) => r.rule === rule)?.citation ?? RULES[rule];
    const place = `${citation.document}, ${citation.section}`;
    if (!places.includes(place)) places.push(place);
  }
  return places;
}

interface Writer {
  title(text: string): string;
  meta(label: string, text: string): string;
  heading(text: string): string;
  paragraph(text: string): string;
  list(items: readonly string[]): string;
  join(parts: readonly string[]): string;
}

const TEXT: Writer = {
  title: (text) => `${text.toUpperCase()}\n${'='.repeat(Math.min(text.length, 72))}`,
  meta: (label, text) => `${label}: ${text}`,
  heading: (text) => `\n${text}\n${'-'.repeat(Math.min(text.length, 72))}`,
  paragraph: (text) => text,
  list: (items) => items.map((item) => `- ${item}`).join('\n'),
  join: (parts) => `${parts.join('\n')}\n`,
};

const MARKDOWN: Writer = {
  title: (text) => `# ${escapeMarkdown(text)}\n`,
  meta: (label, text) => `**${label}:** ${escapeMarkdown(text)}  `,
  heading: (text) => `\n## ${escapeMarkdown(text)}\n`,
  paragraph: (text) => escapeMarkdown(text),
  list: (items) => items.map((item) => `- ${escapeMarkdown(item)}`).join('\n'),
  join: (parts) => `${parts.join('\n')}\n`,
};

const HTML: Writer = {
  title: (text) => `<h1>${escapeHtml(text)}</h1>`,
  meta: (label, text) => `<p><strong>${escapeHtml(label)}:</strong> ${escapeHtml(text)}</p>`,
  heading: (text) => `<h2>${escapeHtml(text)}</h2>`,
  paragraph: (text) => `<p>${escapeHtml(text)}</p>`,
  list: (items) => `<ul>\n${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`,
  join: (parts) => `<article class="notice">\n${parts.join('\n')}\n</article>\n`,
};

/**
 * A notice as a letter a person can read: plain text, Markdown or HTML. The title says what
 * kind of letter it is; each element follows under a plain heading, dates in words ("Monday 16
 * March 2026"), lists as lists; the places the rules come from close it. An example rendering
 * for the landlord's own template, in clear words and short sentences.
 *
 * Edge cases: HTML escapes every character that could be markup (`& < > " '`) in every value,
 * heading and id, so no input is ever emitted as markup; Markdown escapes its own special
 * characters and writes each value on one line. An element id the library does not know is
 * shown as its heading. Bad input is refused (`INVALID_INPUT`, with the path).
 *
 * @example
 * renderNotice(notice, { format: 'text' })
 * // => { ok: true, value: 'DECISION TO RESTRICT CONTACT\n============================\nDate: Monday 2 March 2026\n…' }
 * renderNotice(notice, { format: 'html' }).value.includes('<script>') // => false, whatever the notice holds
 */
export function renderNotice(notice: NoticeInput, options: RenderOptions): Result<string> {
  const validNotice = validate(NoticeSchema, notice, 'notice');
  const validOptions = validate(RenderOptionsSchema, options, 'options');
  const failure = validateAll([validNotice, validOptions]);
  if (failure !== undefined || !validNotice.ok || !validOptions.ok)
    return { ok: false, error: failure as Failure };
  const given = validNotice.value;
  const writer = { text: TEXT, markdown: MARKDOWN, html: HTML }[validOptions.value.format];
  const parts = [writer.title(NOTICE_KINDS[given.kind].title), writer.meta('Date', describeDate(given.date))];
  if (given.customerId !== undefined) parts.push(writer.meta('Customer', given.customerId));
  if (given.caseId !== undefined) parts.push(writer.meta('Case', given.caseId));
  for (const element of given.elements) {
    parts.push(writer.heading(headingOf(element.id)));
    const lines = linesOf(element.id, element.value, given.kind);
    if (lines.length === 0) parts.push(writer.paragraph('None.'));
    else parts.push(Array.isArray(element.value) ? writer.list(lines) : writer.paragraph(lines.join(' ')));
  }
  const places = references(given);
  if (places.length > 0) {
    parts.push(writer.heading('Where our rules come from'));
    parts.push(writer.list(places));
  }
  return ok(writer.join(parts));
}
