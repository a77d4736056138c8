// What a command is, and the one place its arguments are parsed (Node's own util.parseArgs).
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Policy } from '../index.js';
import { type Io, UsageError } from './io.js';
import { loadPolicy } from './load.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What a command is given: its positionals and options, parsed, and where to read and write. */
export interface Context {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly json: boolean;
  readonly io: Io;
}

/** One command of `housing-conduct-rules`. */
export interface Command {
  readonly name: string;
  /** One line, for the overall help. */
  readonly summary: string;
  /** `classify <incident.json|-> [options]`. */
  readonly usage: string;
  /** What it reads and prints, and when it exits 1. */
  readonly details: string;
  /** Its own options, each with a line of help. */
  readonly options: Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly help: string }>>;
  run(context: Context): Promise<number>;
}

/** Options every command takes. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean', help: 'print JSON (the Result, or the value) instead of text' },
  help: { type: 'boolean', help: 'print this help' },
} as const;

/** The `--policy` option, for commands that take a policy. */
export const POLICY_OPTION = {
  policy: {
    type: 'string',
    help: "a preset's name (tenancy-enforcement-procedure, housing-ombudsman-2021, selwood) or a policy's JSON file; default tenancy-enforcement-procedure",
  },
} as const;

/** Parses a command's arguments; an unknown option or a missing value is a UsageError. */
export function parseCommandArgs(command: Command, args: readonly string[]): Omit<Context, 'io' | 'json'> {
  const options: Options = { help: { type: 'boolean', short: 'h' } };
  for (const [name, option] of Object.entries({ ...COMMON_OPTIONS, ...command.options }))
    options[name] = { type: option.type };
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Context['values'], positionals };
  } catch (error) {
    // Node's own wording of an unknown option goes on about positionals after '--': name the option.
    const unknown = (error as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    const option = /'([^']*)'/.exec((error as Error).message)?.[1];
    const message =
      unknown && option !== undefined
        ? `Unknown option ${option} for ${command.name}.`
        : (error as Error).message;
    throw new UsageError(`${message}\nUsage: housing-conduct-rules ${command.usage}`);
  }
}

/** A string option's value, or a UsageError naming it when it is required and missing. */
export function requiredOption(context: Context, name: string): string {
  const value = context.values[name];
  if (typeof value !== 'string') throw new UsageError(`Missing --${name}.`);
  return value;
}

/** The policy the `--policy` option names (default: the Tenancy Enforcement Procedure). */
export function policyOption(context: Context): Promise<Policy> {
  const value = context.values.policy;
  return loadPolicy(typeof value === 'string' ? value : 'tenancy-enforcement-procedure', context.io);
}
