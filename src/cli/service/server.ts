// `housing-conduct-rules serve`: the library over HTTP, on Node's own `http`. JSON in, JSON out:
// every answer is a Result, `{ ok: true, value }` or `{ ok: false, error: { code, message, issues } }`.
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { LIMITS } from '../../index.js';
import { isBadInput } from '../outcome.js';
import { callEndpoint, ENDPOINTS, type Endpoint } from './endpoints.js';
import { openApiDocument } from './openapi.js';

/** How `createServer` listens and what it accepts. Every field has a documented default. */
export interface ServiceOptions {
  /** The interface to bind: `127.0.0.1` unless told otherwise, so nothing outside the machine reaches it. */
  readonly host?: string;
  /** The port; `0` asks the system for a free one (see `ServiceHandle.url`). Default 8080. */
  readonly port?: number;
  /** The largest request body accepted, in bytes; larger is answered 413. Default 1,000,000. */
  readonly maxBodyBytes?: number;
  /** How long a request may take to arrive, in milliseconds; slower is answered 408. Default 10,000. */
  readonly timeoutMs?: number;
  /** Where each request's line goes (method, path, status, duration; nothing about the customer). */
  readonly log?: (line: string) => void;
}

/** A running service. */
export interface ServiceHandle {
  readonly server: Server;
  /** `http://host:port`, with the port the system gave. */
  readonly url: string;
  close(): Promise<void>;
}

export const SERVICE_DEFAULTS = {
  host: '127.0.0.1',
  port: 8080,
  maxBodyBytes: 1_000_000,
  timeoutMs: 10_000,
} as const;

const BY_NAME: ReadonlyMap<string, Endpoint> = new Map(
  ENDPOINTS.map((endpoint) => [endpoint.name, endpoint]),
);

interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
}

const refusal = (status: number, code: string, message: string, issues: unknown[] = []): Answer => ({
  status,
  body: { ok: false, error: { code, message, issues } },
});

/**
 * The HTTP status of a function's answer: 200 for a value, 400 for bad input, 422 for a refusal on
 * the policy's grounds (the body says which), 500 for the library's own `INTERNAL_ERROR`.
 */
export function statusOf(result: unknown): number {
  if (typeof result !== 'object' || result === null || !('ok' in result) || result.ok !== false) return 200;
  const code = (result as { error?: { code?: unknown } }).error?.code;
  if (typeof code === 'string' && isBadInput(code)) return 400;
  return code === 'INTERNAL_ERROR' ? 500 : 422;
}

/** The answer to `POST /v1/<name>` with a body already read. */
function answerCall(endpoint: Endpoint, text: string): Answer {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refusal(400, 'INVALID_JSON', 'The request body is not JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    const expected = endpoint.whole
      ? `the argument of ${endpoint.name}`
      : `{ ${endpoint.args.map((a) => a.name).join(', ')} }`;
    return refusal(
      400,
      'INVALID_INPUT',
      `Invalid input. The request body must be a JSON object: ${expected}.`,
      [{ path: '', message: 'expected a JSON object' }],
    );
  }
  if (!endpoint.whole) {
    const names = endpoint.args.map((argument) => argument.name);
    const unknown = Object.keys(body)
      .filter((key) => !names.includes(key))
      .slice(0, LIMITS.maxIssuesPerError);
    if (unknown.length > 0) {
      const message = `unknown argument; ${endpoint.name} takes ${names.join(', ')}`;
      return refusal(
        400,
        'INVALID_INPUT',
        `Invalid input. ${unknown.map((key) => `${key}: ${message}`).join('; ')}`,
        unknown.map((path) => ({ path, message })),
      );
    }
  }
  const result = callEndpoint(endpoint, body as Record<string, unknown>);
  return { status: statusOf(result), body: result };
}

function route(method: string, path: string): { answer?: Answer; endpoint?: Endpoint; label: string } {
  const allow = (methods: string, label: string): { answer: Answer; label: string } => ({
    label,
    answer: {
      ...refusal(405, 'METHOD_NOT_ALLOWED', `${path} answers ${methods} only.`),
      headers: { allow: methods },
    },
  });
  if (path === '/health')
    return method === 'GET'
      ? { label: path, answer: { status: 200, body: { ok: true } } }
      : allow('GET', path);
  if (path === '/openapi.json')
    return method === 'GET'
      ? { label: path, answer: { status: 200, body: openApiDocument() } }
      : allow('GET', path);
  const endpoint = path.startsWith('/v1/') ? BY_NAME.get(path.slice(4)) : undefined;
  if (endpoint === undefined)
    return { label: '(unknown)', answer: refusal(404, 'NOT_FOUND', 'No such route: see GET /openapi.json.') };
  return method === 'POST' ? { label: path, endpoint } : allow('POST', path);
}

function send(response: ServerResponse, answer: Answer): void {
  if (response.headersSent) return;
  const text = JSON.stringify(answer.body);
  response.writeHead(answer.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...answer.headers,
  });
  response.end(text);
}

/** Reads a body of at most `limit` bytes; `undefined` when it was larger (the rest is not read). */
function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) return resolve(undefined);
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        resolve(undefined);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Starts the service and resolves once it listens. `POST /v1/<functionName>` with the function's
 * arguments as a JSON object; `GET /openapi.json`; `GET /health`.
 *
 * @example
 * const service = await createServer({ port: 0 });
 * await fetch(`${service.url}/health`); // => 200 { ok: true }
 * await service.close();
 */
export async function createServer(options: ServiceOptions = {}): Promise<ServiceHandle> {
  const host = options.host ?? SERVICE_DEFAULTS.host;
  const maxBodyBytes = options.maxBodyBytes ?? SERVICE_DEFAULTS.maxBodyBytes;
  const timeoutMs = options.timeoutMs ?? SERVICE_DEFAULTS.timeoutMs;
  const log = options.log ?? (() => {});

  const server = createHttpServer(async (request, response) => {
    const started = performance.now();
    const method = request.method ?? 'GET';
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const { answer, endpoint, label } = route(method, path);
    response.on('finish', () =>
      log(`${method} ${label} ${response.statusCode} ${Math.round(performance.now() - started)}ms`),
    );
    // The limit is on the request arriving; once it has, the answer takes what it takes.
    const timer = setTimeout(() => {
      if (response.headersSent) return void request.destroy();
      // The answer goes out first; the connection, with what is left of the request, closes after it.
      response.once('finish', () => request.destroy());
      send(response, {
        ...refusal(408, 'REQUEST_TIMEOUT', `The request did not arrive within ${timeoutMs} ms.`),
        headers: { connection: 'close' },
      });
    }, timeoutMs);
    request.once('end', () => clearTimeout(timer));
    request.once('close', () => clearTimeout(timer));
    try {
      if (answer !== undefined || endpoint === undefined) {
        request.resume();
        return send(response, answer as Answer);
      }
      const text = await readBody(request, maxBodyBytes);
      if (text === undefined) {
        // The rest of the body is read and dropped, so the client hears the answer.
        request.resume();
        return send(
          response,
          refusal(413, 'BODY_TOO_LARGE', `The request body is larger than ${maxBodyBytes} bytes.`),
        );
      }
      send(response, answerCall(endpoint, text));
    } catch {
      // Nothing of the request is logged or echoed: it may identify a customer.
      send(response, refusal(500, 'INTERNAL_ERROR', 'The service failed to answer: a bug, to be reported.'));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? SERVICE_DEFAULTS.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shown}:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
