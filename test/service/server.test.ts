// The HTTP service with real requests: started on port 0, called with fetch (and, for a request
// that never finishes arriving, a raw socket).
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, ENDPOINTS, type ServiceHandle } from '../../src/cli/index.js';
import { bodySchema } from '../../src/cli/service/endpoints.js';
import * as library from '../../src/index.js';
import { openCase } from '../../src/index.js';

let service: ServiceHandle;
const logged: string[] = [];

beforeAll(async () => {
  service = await createServer({ port: 0, log: (line) => logged.push(line) });
});
afterAll(() => service.close());

const post = (name: string, body: unknown, to: ServiceHandle = service) =>
  fetch(`${to.url}/v1/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** A response's JSON, read loosely: the assertions say what it must hold. */
// biome-ignore lint/suspicious/noExplicitAny: the tests below check the shape they read.
const body = async (response: Response): Promise<any> => response.json();

const opened = openCase({ caseId: 'case-9', customerId: 'cust-42', openedAt: '2026-01-12T09:00:00Z' });
const state = opened.ok ? opened.value : undefined;

describe('the service answers each public function with its Result', () => {
  it('binds 127.0.0.1 by default, and GET /health is 200', async () => {
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${service.url}/health`);
    expect(response.status).toBe(200);
    expect(await body(response)).toEqual({ ok: true });
  });

  it("POST /v1/appealDeadline with a preset's name: 14 days from 21 October 2026 ends 4 November (TEP-11.2)", async () => {
    const response = await post('appealDeadline', {
      decisionLetterDate: '2026-10-21',
      policy: 'tenancy-enforcement-procedure',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const result = await body(response);
    expect(result.ok).toBe(true);
    expect(result.value.lastDay).toBe('2026-11-04');
  });

  it('arguments by name: POST /v1/addBusinessDays { date, days } skips the Christmas bank holidays', async () => {
    const response = await post('addBusinessDays', { date: '2026-12-24', days: 1 });
    expect(response.status).toBe(200);
    expect(await body(response)).toEqual({ ok: true, value: '2026-12-29' });
  });

  it("a preset's name inside an options argument: POST /v1/classifyIncident { incident, options: { policy } }", async () => {
    const incident = {
      id: 'inc-1',
      occurredAt: '2026-03-02T10:15:00Z',
      channel: 'phone',
      actor: 'customer',
      target: 'staff',
      behaviours: [{ code: 'threat-of-violence' }],
    };
    const response = await post('classifyIncident', {
      incident,
      options: { policy: 'housing-ombudsman-2021' },
    });
    expect(response.status).toBe(200);
    const result = await body(response);
    expect(result.value.unacceptable).toBe(true);
    expect(JSON.stringify(result.value.reasons)).toContain('Housing Ombudsman');
  });

  it("a refusal on the policy's grounds is 422 with the library's error: a written warning with no EIA (TEP-2.3)", async () => {
    const response = await post('applyEvent', {
      state,
      event: {
        type: 'written-warning-issued',
        at: '2026-01-13T09:00:00Z',
        by: 'hm-1',
        letterDate: '2026-01-13',
      },
      policy: 'selwood',
    });
    expect(response.status).toBe(422);
    const result = await body(response);
    expect(result).toMatchObject({ ok: false, error: { code: 'EIA_REQUIRED' } });
  });
});

describe('POST /v1/auditCase and /v1/auditCaseload (issue 10)', () => {
  const asOf = '2026-11-01T12:00:00Z';
  const history = JSON.parse(readFileSync('examples/case-events.json', 'utf8')) as {
    events: library.CaseEvent[];
    opening: library.OpenCaseInput;
  };
  const { events, opening } = history;

  it("takes a preset's name, or a list of versions, and answers as the library does", async () => {
    for (const policy of ['selwood', 'tenancy-enforcement-procedure'] as const) {
      const response = await post('auditCase', { events, policy, options: { asOf, opening } });
      expect(response.status).toBe(200);
      const result = await body(response);
      expect(result.ok).toBe(true);
      expect(result).toEqual(
        JSON.parse(JSON.stringify(library.auditCase(events, policy, { asOf, opening }))),
      );
    }
    const versions = [library.presets.tenancyEnforcementProcedure];
    const listed = await body(
      await post('auditCase', { events, policy: versions, options: { asOf, opening } }),
    );
    expect(listed).toEqual(
      JSON.parse(JSON.stringify(library.auditCase(events, versions, { asOf, opening }))),
    );
    const load = await body(
      await post('auditCaseload', {
        cases: [{ caseId: 'c-1', events, opening }],
        policy: 'selwood',
        options: { asOf },
      }),
    );
    expect(load.ok).toBe(true);
    expect(load.value.cases.audited).toBe(1);
  });
});

describe('bad requests', () => {
  it("bad input is 400 with the library's own error object, naming the path", async () => {
    const response = await post('appealDeadline', { decisionLetterDate: '2026-02-30', policy: 'selwood' });
    expect(response.status).toBe(400);
    const result = await body(response);
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['decisionLetterDate']);
  });

  it('a body that is not JSON is 400 INVALID_JSON; a body that is not an object is 400 INVALID_INPUT', async () => {
    const notJson = await post('replay', '{ "events": [');
    const list = await post('replay', '[]');
    expect([notJson.status, list.status]).toEqual([400, 400]);
    expect((await body(notJson)).error.code).toBe('INVALID_JSON');
    expect((await body(list)).error.code).toBe('INVALID_INPUT');
  });

  it('an argument the function does not take is 400, named', async () => {
    const response = await post('obligations', {
      state,
      at: '2026-02-01T00:00:00Z',
      policy: 'selwood',
      asOf: 'x',
    });
    expect(response.status).toBe(400);
    const result = await body(response);
    expect(result.error.issues).toEqual([expect.objectContaining({ path: 'asOf' })]);
  });

  it('an unknown route is 404; the wrong method is 405 with Allow', async () => {
    const unknown = await post('classifyEverything', {});
    const get = await fetch(`${service.url}/v1/replay`);
    const postHealth = await fetch(`${service.url}/health`, { method: 'POST', body: '{}' });
    expect([unknown.status, get.status, postHealth.status]).toEqual([404, 405, 405]);
    expect(get.headers.get('allow')).toBe('POST');
    expect(postHealth.headers.get('allow')).toBe('GET');
    expect((await body(unknown)).error.code).toBe('NOT_FOUND');
  });

  it('a body over the limit is 413', async () => {
    const small = await createServer({ port: 0, maxBodyBytes: 1_000 });
    try {
      const response = await post('parsePolicy', { json: 'x'.repeat(5_000) }, small);
      expect(response.status).toBe(413);
      expect((await body(response)).error.code).toBe('BODY_TOO_LARGE');
      const within = await post('parsePolicy', { json: 'x'.repeat(500) }, small);
      expect(within.status).toBe(400);
    } finally {
      await small.close();
    }
  });

  it('a request that does not finish arriving in time is 408', async () => {
    const slow = await createServer({ port: 0, timeoutMs: 150 });
    try {
      const { port } = new URL(slow.url);
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(
            'POST /v1/replay HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"ev',
          );
        });
        let text = '';
        socket.on('data', (chunk) => {
          text += chunk;
        });
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(answer).toContain('REQUEST_TIMEOUT');
    } finally {
      await slow.close();
    }
  });
});

describe('what the service logs', () => {
  it('one line a request: method, path, status, duration; never the customer in the body or an unknown path', async () => {
    await post('replay', {
      events: [],
      policy: 'selwood',
      opening: { caseId: 'c', customerId: 'cust-secret-7', openedAt: '2026-01-01T00:00:00Z' },
    });
    await fetch(`${service.url}/v1/cust-secret-7`);
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged)
      expect(line).toMatch(/^(GET|POST) (\/health|\/openapi\.json|\/v1\/[A-Za-z]+|\(unknown\)) \d{3} \d+ms$/);
    expect(logged.join('\n')).not.toContain('cust-secret-7');
  });
});

describe('GET /openapi.json', () => {
  it('is OpenAPI 3.1: every $ref resolves, and every endpoint has a request body schema', async () => {
    const response = await fetch(`${service.url}/openapi.json`);
    expect(response.status).toBe(200);
    const document = await body(response);
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info).toMatchObject({ title: 'housing-conduct-rules', version: expect.any(String) });
    const schemas = document.components.schemas;
    const refs: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === 'object' && value !== null) {
        const { $ref } = value as { $ref?: unknown };
        if (typeof $ref === 'string') refs.push($ref);
        Object.values(value).forEach(walk);
      }
    };
    walk(document);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined();
    }
    for (const { name } of ENDPOINTS) {
      const operation = document.paths[`/v1/${name}`].post;
      expect(operation.operationId).toBe(name);
      expect(operation.requestBody.content['application/json'].schema.$ref).toBe(
        `#/components/schemas/${name}Request`,
      );
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400', '422']));
    }
    expect(document.paths['/health'].get).toBeDefined();
  });

  it('describes a case event from the same zod schema the library validates with (a discriminator on type)', async () => {
    const document = await body(await fetch(`${service.url}/openapi.json`));
    expect(JSON.stringify(document.components.schemas.CaseEvent)).toContain('restriction-imposed');
    expect(document.components.schemas.applyEventRequest.required).toEqual(['state', 'event', 'policy']);
  });
});

describe('the request schemas in /openapi.json accept what the library accepts', () => {
  const restriction = {
    id: 'r-1',
    startsOn: '2026-03-02',
    lastDayInForce: '2027-03-01',
    measures: [{ kind: 'spoc-only' }],
    spoc: { staffId: 'sp-1', name: 'Sam Patel' },
  };
  const bodies: Record<string, unknown> = {
    appealDeadline: {
      decisionLetterDate: '2026-03-02',
      policy: 'selwood',
      service: { method: 'first-class-post', postedOn: '2026-03-02' },
    },
    appealDecisionDue: { receivedOn: '2026-03-10', policy: 'tenancy-enforcement-procedure' },
    restrictionPeriod: { startsOn: '2026-01-31', policy: 'tenancy-enforcement-procedure', months: 1 },
    reviewDates: {
      startsOn: '2026-03-02',
      lastDayInForce: null,
      policy: 'tenancy-enforcement-procedure',
      until: '2027-03-01',
    },
    deemedReceipt: {
      service: { method: 'email', sentAt: '2026-03-02T17:00:00Z' },
      calendar: { nation: 'scotland' },
    },
    checkContact: {
      restrictions: [restriction],
      contact: { at: '2026-03-28T13:00:00Z', direction: 'inbound', channel: 'phone', subject: 'general' },
      options: { policy: 'selwood', protections: [] },
    },
    bankHolidays: { year: 2026, nation: 'northern-ireland' },
    openCase: { caseId: 'c-1', customerId: 'cust-1', openedAt: '2026-01-12T09:00:00Z' },
  };

  it.each(Object.entries(bodies))(
    '%s: the service answers 200, and its request schema accepts the body',
    async (name, sent) => {
      const response = await post(name, sent);
      expect(response.status).toBe(200);
      const endpoint = ENDPOINTS.find((each) => each.name === name);
      expect(endpoint && bodySchema(endpoint).safeParse(sent).success).toBe(true);
    },
  );

  it('a key the library refuses is refused by the request schema too', () => {
    const endpoint = ENDPOINTS.find((each) => each.name === 'appealDeadline');
    expect(
      endpoint &&
        bodySchema(endpoint).safeParse({ ...(bodies.appealDeadline as object), recievedOn: '2026-03-03' })
          .success,
    ).toBe(false);
  });
});

describe('every public function is served, or is left out for a stated reason', () => {
  const NOT_SERVED: Record<string, string> = {
    compileContactGate: 'returns a function, not JSON',
    caseGate: 'returns a gate of functions, not JSON',
    caseDiagram: 'takes nothing: a fixed Mermaid diagram, in docs/case.md',
    caseTransitionTable: 'takes nothing: a fixed table, in docs/case.md',
    analyseContactsTrusted: 'skips validation: never for input from a network',
  };

  it('each function exported by the library has an endpoint, or a reason it has none', () => {
    const functions = Object.entries(library)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    const served = new Set(ENDPOINTS.map((endpoint) => endpoint.name));
    const missing = functions.filter(
      (name) => !served.has(name) && !(name in NOT_SERVED) && !/Trusted$/.test(name),
    );
    expect(missing).toEqual([]);
  });

  it("each endpoint names at least the function's required arguments", () => {
    for (const endpoint of ENDPOINTS) {
      const required = (library as unknown as Record<string, (...args: unknown[]) => unknown>)[endpoint.name]
        ?.length;
      expect(endpoint.args.length, endpoint.name).toBeGreaterThanOrEqual(
        required ?? Number.POSITIVE_INFINITY,
      );
    }
  });
});
