import type { Command } from '../command.js';
import { UsageError } from '../io.js';
import { createServer, SERVICE_DEFAULTS } from '../service/server.js';

function whole(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new UsageError(`--${name} must be a whole number.`);
  return number;
}

/** `serve`: the library as an HTTP JSON service. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'an HTTP JSON service: POST /v1/<functionName>, GET /openapi.json, GET /health',
  usage: 'serve [--host <host>] [--port <port>] [--max-body-bytes <n>] [--timeout-ms <n>]',
  details: `Binds ${SERVICE_DEFAULTS.host}:${SERVICE_DEFAULTS.port} unless told otherwise. A function's Result is answered 200 (ok), 400 (bad input: the library's own error), 422 (a refusal on the policy's grounds); bad JSON 400, unknown route 404, wrong method 405, a body over ${SERVICE_DEFAULTS.maxBodyBytes} bytes 413, a request slower than ${SERVICE_DEFAULTS.timeoutMs} ms 408. Logs one line a request to stderr: method, path, status, duration; never the body. Stops on SIGINT or SIGTERM.`,
  options: {
    host: { type: 'string', help: `the interface to bind (default ${SERVICE_DEFAULTS.host})` },
    port: { type: 'string', help: `the port (default ${SERVICE_DEFAULTS.port}; 0: any free port)` },
    'max-body-bytes': {
      type: 'string',
      help: `the largest request body (default ${SERVICE_DEFAULTS.maxBodyBytes})`,
    },
    'timeout-ms': {
      type: 'string',
      help: `how long a request may take to arrive (default ${SERVICE_DEFAULTS.timeoutMs})`,
    },
  },
  async run({ values, io }) {
    const service = await createServer({
      ...(typeof values.host === 'string' ? { host: values.host } : {}),
      port: whole(values.port, 'port', SERVICE_DEFAULTS.port),
      maxBodyBytes: whole(values['max-body-bytes'], 'max-body-bytes', SERVICE_DEFAULTS.maxBodyBytes),
      timeoutMs: whole(values['timeout-ms'], 'timeout-ms', SERVICE_DEFAULTS.timeoutMs),
      log: (line) => io.err(`${line}\n`),
    });
    io.err(`housing-conduct-rules serving on ${service.url}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => void service.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
