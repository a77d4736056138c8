import { noticeContent, renderNotice } from '../../index.js';
import { type Command, POLICY_OPTION, policyOption } from '../command.js';
import { printResult, readJson, UsageError } from '../io.js';
import { caseStateOf } from '../load.js';

const FORMATS = ['text', 'markdown', 'html'] as const;

/** `notice`: the letter a case calls for (noticeContent, renderNotice). */
export const noticeCommand: Command = {
  name: 'notice',
  summary: 'the content of a letter the policy requires, rendered as text, Markdown or HTML',
  usage:
    'notice <kind> <case.json|-> [--format text|markdown|html] [--restriction <id>] [--date <date>] [--policy <name|file>] [--json]',
  details:
    'Kinds: written-warning, restriction-decision, restriction-variation, review-outcome, appeal-outcome, reconsideration-outcome, breach-warning, spoc-change, restriction-lifted. Reads a case (its events or its stored state). --json prints the Notice (its elements, each with the rule requiring it). Exits 1 when the case has nothing a notice of that kind would tell (NOTICE_NOT_APPLICABLE).',
  options: {
    ...POLICY_OPTION,
    format: { type: 'string', help: 'text (default), markdown or html' },
    restriction: { type: 'string', help: "the restriction's id, when the case has more than one" },
    date: { type: 'string', help: "the letter's date (default: the date of the event it follows)" },
  },
  async run(context) {
    const [kind, source] = context.positionals;
    if (kind === undefined || source === undefined)
      throw new UsageError('Usage: housing-conduct-rules notice <kind> <case.json|-> [options]');
    const format = context.values.format ?? 'text';
    if (!FORMATS.includes(format as never))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
    const input = await readJson(source, context.io, 'case');
    const policy = await policyOption(context);
    const { restriction, date } = context.values;
    const options = {
      ...(typeof restriction === 'string' ? { restrictionId: restriction } : {}),
      ...(typeof date === 'string' ? { date } : {}),
    };
    const state = caseStateOf(input, policy);
    const notice = state.ok ? noticeContent(state.value, kind as never, policy, options) : state;
    if (context.json || !notice.ok) return printResult(notice, context.io, context.json, () => '');
    const rendered = renderNotice(notice.value, { format: format as (typeof FORMATS)[number] });
    return printResult(rendered, context.io, false, (text) => text);
  },
};
