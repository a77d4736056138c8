// The one place the command line reads JSON input and prints answers.
import { readFile } from 'node:fs/promises';
import type { Failure, Reason, Result } from '../index.js';
import { EXIT, isBadInput } from './outcome.js';

/** Where a command reads and writes: the process's own streams, or a test's. */
export interface Io {
  readonly stdin: NodeJS.ReadableStream;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** A usage or input problem: printed to stderr, exit 2. */
export class UsageError extends Error {}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON in a file, or on stdin when `source` is `-`. */
export async function readJson(source: string | undefined, io: Io, what: string): Promise<unknown> {
  if (source === undefined) throw new UsageError(`Missing ${what}: give a JSON file, or - to read stdin.`);
  let text: string;
  try {
    text = source === '-' ? await readAll(io.stdin) : await readFile(source, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${what} from ${source}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `The ${what} in ${source === '-' ? 'stdin' : source} is not JSON: ${(error as Error).message}`,
    );
  }
}

/** Reasons as lines an officer can read: the rule, the sentence, where it is written. */
export function reasonLines(reasons: readonly Reason[], indent = '  '): string[] {
  return reasons.map(
    (reason) =>
      `${indent}[${reason.rule}] ${reason.text} (${reason.citation.document}, ${reason.citation.section})`,
  );
}

function failureText(error: Failure): string {
  const lines = [`Refused ${error.code}: ${error.message}`];
  if (error.index !== undefined) lines.push(`  at event ${error.index}`);
  if (error.code !== 'INVALID_INPUT') lines.push(...reasonLines(error.reasons ?? []));
  return lines.join('\n');
}

/** A refusal's exit code: 2 when the input was bad, 1 when the policy refused it. */
export const exitOfFailure = (error: Failure): number =>
  isBadInput(error.code) ? EXIT.badInput : EXIT.refused;

/**
 * Prints a Result: with `--json` the Result itself on stdout, else the value as `text` renders it
 * (or the refusal on stderr). Returns the exit code: `exitOf(value)` (default 0), or the refusal's.
 */
export function printResult<T>(
  result: Result<T>,
  io: Io,
  json: boolean,
  text: (value: T) => string,
  exitOf: (value: T) => number = () => EXIT.done,
): number {
  if (json) io.out(`${JSON.stringify(result, null, 2)}\n`);
  else if (result.ok) io.out(`${text(result.value)}\n`);
  else io.err(`${failureText(result.error)}\n`);
  return result.ok ? exitOf(result.value) : exitOfFailure(result.error);
}
