// `housing-conduct-rules <command>`: finds the command, parses its arguments, runs it, and turns
// what went wrong into an exit code. Each command lives in commands/, one file each.
import { COMMON_OPTIONS, type Command, parseCommandArgs } from './command.js';
import { auditCommand } from './commands/audit.js';
import { checkContactCommand } from './commands/check-contact.js';
import { classify } from './commands/classify.js';
import { deadlinesCommand } from './commands/deadlines.js';
import { demoCommand } from './commands/demo.js';
import { noticeCommand } from './commands/notice.js';
import { obligationsCommand } from './commands/obligations.js';
import { replayCommand } from './commands/replay.js';
import { schemaCommand } from './commands/schema.js';
import { serveCommand } from './commands/serve.js';
import { type Io, UsageError } from './io.js';
import { EXIT } from './outcome.js';

export const COMMANDS: readonly Command[] = [
  classify,
  checkContactCommand,
  replayCommand,
  obligationsCommand,
  auditCommand,
  deadlinesCommand,
  noticeCommand,
  schemaCommand,
  demoCommand,
  serveCommand,
];

const EXIT_CODES = `Exit codes:
  0  done: the answer is printed
  1  a refusal or a decline: an event refused, a contact redirected or declined, a notice not applicable
  2  bad input or usage: unreadable JSON, input the library refuses as invalid, an unknown command or option
  3  the command line itself failed: a bug, to be reported`;

const INPUT = 'Input: a JSON file, or - to read stdin. Output: text, or JSON with --json.';

function overallHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: housing-conduct-rules <command> [arguments] [options]',
    '',
    "Apply a UK social landlord's unacceptable-behaviour policy. Every command takes --help.",
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    INPUT,
    '',
    EXIT_CODES,
  ].join('\n');
}

function commandHelp(command: Command): string {
  const options = { ...command.options, ...COMMON_OPTIONS };
  const width = Math.max(...Object.keys(options).map((name) => name.length));
  return [
    `Usage: housing-conduct-rules ${command.usage}`,
    '',
    `${command.summary[0]?.toUpperCase()}${command.summary.slice(1)}.`,
    command.details,
    '',
    'Options:',
    ...Object.entries(options).map(([name, option]) => `  --${name.padEnd(width)}  ${option.help}`),
    '',
    INPUT,
    '',
    EXIT_CODES,
  ].join('\n');
}

/** Runs the command line on `args` (without `node` and the script); resolves to the exit code. */
export async function runCli(args: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(`${overallHelp()}\n`);
    return name === undefined ? EXIT.badInput : EXIT.done;
  }
  const command = COMMANDS.find((each) => each.name === name);
  try {
    if (command === undefined)
      throw new UsageError(`Unknown command ${name}. Run housing-conduct-rules --help.`);
    const parsed = parseCommandArgs(command, rest);
    if (parsed.values.help === true) {
      io.out(`${commandHelp(command)}\n`);
      return EXIT.done;
    }
    return await command.run({ ...parsed, json: parsed.values.json === true, io });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n`);
      return EXIT.badInput;
    }
    io.err(`housing-conduct-rules failed: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.failed;
  }
}
