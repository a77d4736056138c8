// GET /openapi.json: an OpenAPI 3.1 description of the service, its request bodies generated from
// the library's own zod schemas (zod v4's `z.toJSONSchema`), so the two cannot drift.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  CaseEventSchema,
  CaseStateSchema,
  IncidentSchema,
  OpenCaseInputSchema,
  PolicySchema,
  RestrictionSchema,
} from '../../index.js';
import { packageFile } from '../package-files.js';
import { PolicyArgumentSchema } from '../policy.js';
import { bodySchema, ENDPOINTS } from './endpoints.js';

/** Types used by many request bodies, described once under `components.schemas`. */
const SHARED: Readonly<Record<string, z.ZodType>> = {
  Policy: PolicySchema,
  PolicyArgument: PolicyArgumentSchema,
  CaseState: CaseStateSchema,
  CaseEvent: CaseEventSchema,
  Incident: IncidentSchema,
  OpenCaseInput: OpenCaseInputSchema,
  Restriction: RestrictionSchema,
};

const FAILURE = {
  type: 'object',
  required: ['ok', 'error'],
  properties: {
    ok: { const: false },
    error: {
      type: 'object',
      required: ['code', 'message', 'issues'],
      properties: {
        code: {
          type: 'string',
          description:
            "A stable SCREAMING_SNAKE code (the library's ErrorCode, or the service's own: NOT_FOUND, METHOD_NOT_ALLOWED, BODY_TOO_LARGE, REQUEST_TIMEOUT).",
        },
        message: { type: 'string', description: 'A sentence for a person.' },
        issues: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path', 'message'],
            properties: { path: { type: 'string' }, message: { type: 'string' } },
          },
        },
        issueCount: { type: 'integer' },
        reasons: { type: 'array', items: { type: 'object' } },
        index: { type: 'integer', description: 'For a refusal inside a list: the position refused.' },
      },
    },
  },
} as const;

const RESULT = {
  oneOf: [
    {
      type: 'object',
      required: ['ok', 'value'],
      properties: { ok: { const: true }, value: { description: "The function's answer." } },
    },
    { $ref: '#/components/schemas/Failure' },
  ],
} as const;

const failureResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Failure' } } },
});

let cached: unknown;

/** The OpenAPI 3.1 document, built once. */
export function openApiDocument(): unknown {
  cached ??= build();
  return cached;
}

function build(): unknown {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(SHARED)) registry.add(schema, { id });
  for (const endpoint of ENDPOINTS) registry.add(bodySchema(endpoint), { id: `${endpoint.name}Request` });
  const { schemas } = z.toJSONSchema(registry, {
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const components: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
    components[id] = rest;
  }
  const paths: Record<string, unknown> = {
    '/health': {
      get: {
        operationId: 'health',
        summary: 'Whether the service is up.',
        responses: {
          '200': { description: 'Up.', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
  };
  for (const endpoint of ENDPOINTS) {
    paths[`/v1/${endpoint.name}`] = {
      post: {
        operationId: endpoint.name,
        summary: endpoint.summary,
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: `#/components/schemas/${endpoint.name}Request` } },
          },
        },
        responses: {
          '200': {
            description: "The function's Result, `ok: true`.",
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Result' } } },
          },
          '400': failureResponse("Bad JSON or bad input: the library's own error, naming every bad path."),
          '413': failureResponse('The body is larger than the service accepts.'),
          '408': failureResponse('The request did not arrive in time.'),
          '422': failureResponse(
            "A refusal on the policy's grounds (the event refused, the notice not applicable, ...).",
          ),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'housing-conduct-rules',
      version: (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version,
      description:
        "A UK social landlord's unacceptable-behaviour policy, applied: each public function of the library as `POST /v1/<functionName>`, its arguments as a JSON object.",
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas: { ...components, Result: RESULT, Failure: FAILURE } },
  };
}
