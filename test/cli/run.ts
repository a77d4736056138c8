// Runs the built command line, dist/cli.js, as an integrator's system would: a child process,
// JSON files or stdin in, its exit code and output read back.
import { spawn } from 'node:child_process';

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `housing-conduct-rules ...args`, from the examples/ folder, with `stdin` piped in when given. */
export function cli(args: readonly string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['../dist/cli.js', ...args], { cwd: 'examples' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** The JSON a `--json` run printed. */
export interface Printed<T> {
  readonly ok: boolean;
  readonly value: T;
  readonly error: {
    readonly code: string;
    readonly index?: number;
    readonly issues: readonly { path: string }[];
  };
}

/** The Result a `--json` run printed, its value read as `T`. */
export const printed = <T = unknown>(run: Run): Printed<T> => JSON.parse(run.stdout) as Printed<T>;
