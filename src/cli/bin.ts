// The `housing-conduct-rules` executable (dist/cli.js): the process's own streams, its exit code.
import { runCli } from './main.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
