// One table of the public functions the service answers, `POST /v1/<name>`: each function's
// arguments by name, in order, with the zod schemas its request body is described by in
// /openapi.json. The library validates every argument itself; the schemas here only describe.
import { z } from 'zod';
import * as library from '../../index.js';
import {
  BehaviourCodeSchema,
  CalendarSchema,
  CaseEventSchema,
  CaseStateSchema,
  CivilDateSchema,
  ContactAttemptSchema,
  ContactLogSchema,
  CustomerContextSchema,
  IncidentSchema,
  InstantSchema,
  JsonObjectSchema,
  MeasureSchema,
  NationSchema,
  NeedSchema,
  NoticeKindSchema,
  NoticeOptionsSchema,
  NoticeSchema,
  OpenCaseInputSchema,
  PolicySchema,
  ProtectionSchema,
  RenderOptionsSchema,
  RestrictionSchema,
  SETTING_PATHS,
  ServiceSchema,
  TimeZoneSchema,
} from '../../index.js';
import { PolicyArgumentSchema } from '../policy.js';

/** One argument of a function, by the name its request body gives it. */
export interface Argument {
  readonly name: string;
  readonly schema: z.ZodType;
  readonly optional?: boolean;
}

/** A function the service answers. `whole`: it takes one object, and the request body is that object. */
export interface Endpoint {
  readonly name: string;
  readonly summary: string;
  readonly args: readonly Argument[];
  readonly whole?: boolean;
}

/**
 * The library's own schema of that name where this version exports it (auditCase's options, ...),
 * else `fallback`, a description of the same shape: the library validates either way.
 */
function librarySchema(name: string, fallback: z.ZodType): z.ZodType {
  const found = (library as Record<string, unknown>)[name];
  return found instanceof z.ZodType ? found : fallback;
}

const policy: Argument = { name: 'policy', schema: PolicyArgumentSchema };
const state: Argument = { name: 'state', schema: CaseStateSchema };
const at: Argument = { name: 'at', schema: InstantSchema };
const optional = (argument: Argument): Argument => ({ ...argument, optional: true });
/** `applyEvent`'s and `replay`'s options: `receivedAt`, after which an event is from the future. */
const applyOptions: Argument = {
  name: 'options',
  schema: z.strictObject({ receivedAt: InstantSchema.optional() }),
};
/** A single object argument, the whole request body, with a policy under `policy`. */
const body = (shape: z.ZodRawShape): Argument => ({
  name: 'input',
  schema: z.strictObject(shape),
});

const TABLE: readonly Endpoint[] = [
  {
    name: 'classifyIncident',
    summary: 'Is an incident unacceptable: categories, severity, routes, the recommended step.',
    args: [
      { name: 'incident', schema: IncidentSchema },
      {
        name: 'options',
        schema: z.strictObject({
          policy: PolicyArgumentSchema.optional(),
          customer: CustomerContextSchema.optional(),
        }),
        optional: true,
      },
    ],
  },
  {
    name: 'categoriesOf',
    summary: 'The categories a behaviour belongs to, from its sources.',
    args: [{ name: 'code', schema: BehaviourCodeSchema }],
  },
  {
    name: 'analyseContacts',
    summary: 'Patterns of persistence in a contact log.',
    args: [
      { name: 'contacts', schema: ContactLogSchema },
      {
        name: 'options',
        schema: z.strictObject({ policy: PolicyArgumentSchema.optional(), asOf: InstantSchema }),
      },
    ],
  },
  {
    name: 'openCase',
    summary: 'A new case state.',
    whole: true,
    args: [{ name: 'input', schema: OpenCaseInputSchema }],
  },
  {
    name: 'applyEvent',
    summary: 'The next case state, or the refusal.',
    args: [state, { name: 'event', schema: CaseEventSchema }, policy, optional(applyOptions)],
  },
  {
    name: 'replay',
    summary: "A case's history folded into its state, or the refusal with error.index.",
    args: [
      { name: 'events', schema: z.array(CaseEventSchema) },
      policy,
      optional({ name: 'opening', schema: OpenCaseInputSchema }),
      optional(applyOptions),
    ],
  },
  { name: 'allowedEvents', summary: 'What may happen next on a case.', args: [state, at, policy] },
  { name: 'obligations', summary: 'What the landlord owes on a case, and when.', args: [state, at, policy] },
  { name: 'markers', summary: 'The warning markers a case supports (NF-9).', args: [state, at, policy] },
  { name: 'activeRestrictions', summary: 'The restrictions in force at an instant.', args: [state, at] },
  {
    name: 'activeProtections',
    summary: 'The staff-conduct protections in force at an instant.',
    args: [state, at],
  },
  {
    name: 'caseRestrictions',
    summary: 'Every restriction of a case, as the contact gate reads them.',
    args: [state],
  },
  { name: 'caseProtections', summary: 'Every protection of a case.', args: [state] },
  {
    name: 'caseDeadlines',
    summary: "Every date the policy gives a case's facts.",
    args: [
      state,
      policy,
      optional({ name: 'options', schema: z.strictObject({ reviewsUntil: CivilDateSchema.optional() }) }),
    ],
  },
  { name: 'caseTimeline', summary: "A case's timeline, with a Mermaid rendering.", args: [state, policy] },
  {
    name: 'checkContact',
    summary: 'May this contact go ahead: allow, allow-exclusion, redirect or decline.',
    args: [
      { name: 'restrictions', schema: z.array(RestrictionSchema) },
      { name: 'contact', schema: ContactAttemptSchema },
      {
        name: 'options',
        schema: z.strictObject({
          policy: PolicyArgumentSchema,
          protections: z.array(ProtectionSchema).optional(),
        }),
      },
    ],
  },
  {
    name: 'alwaysReportable',
    summary: 'What a customer may always report, whatever the restriction.',
    args: [policy],
  },
  {
    name: 'measureConflicts',
    summary: 'Measures that conflict with needs an EIA recorded (NF-2).',
    args: [
      { name: 'needs', schema: z.array(NeedSchema) },
      { name: 'measures', schema: z.array(MeasureSchema) },
    ],
  },
  {
    name: 'appealDeadline',
    summary: 'The last day to appeal a decision.',
    whole: true,
    args: [
      body({
        decisionLetterDate: CivilDateSchema,
        policy: PolicyArgumentSchema,
        service: ServiceSchema.optional(),
        receivedOn: CivilDateSchema.optional(),
      }),
    ],
  },
  {
    name: 'appealDecisionDue',
    summary: 'When an appeal must be decided.',
    whole: true,
    args: [body({ receivedOn: CivilDateSchema, policy: PolicyArgumentSchema })],
  },
  {
    name: 'reconsiderationDecisionDue',
    summary: 'When a reconsideration must be decided.',
    whole: true,
    args: [body({ receivedOn: CivilDateSchema, policy: PolicyArgumentSchema })],
  },
  {
    name: 'restrictionPeriod',
    summary: 'When a restriction starts, its last day in force, and when it ends.',
    whole: true,
    args: [
      body({
        startsOn: CivilDateSchema,
        policy: PolicyArgumentSchema,
        months: z.int().min(1).max(120).optional(),
      }),
    ],
  },
  {
    name: 'reviewDates',
    summary: 'The dates reviews of a restriction fall due.',
    whole: true,
    args: [
      body({
        startsOn: CivilDateSchema,
        lastDayInForce: CivilDateSchema.nullable(),
        policy: PolicyArgumentSchema,
        until: CivilDateSchema.optional(),
      }),
    ],
  },
  {
    name: 'deemedReceipt',
    summary: 'When a letter or email is deemed received (NF-6).',
    whole: true,
    args: [
      {
        name: 'input',
        schema: z.strictObject({
          service: ServiceSchema,
          calendar: CalendarSchema.optional(),
          timeZone: TimeZoneSchema.optional(),
          skipsClosureDays: z.boolean().optional(),
        }),
      },
    ],
  },
  {
    name: 'isBusinessDay',
    summary: 'Whether a civil date is a business day.',
    args: [
      { name: 'date', schema: CivilDateSchema },
      { name: 'calendar', schema: CalendarSchema, optional: true },
    ],
  },
  {
    name: 'addBusinessDays',
    summary: 'A civil date a number of business days on.',
    args: [
      { name: 'date', schema: CivilDateSchema },
      { name: 'days', schema: z.int() },
      { name: 'calendar', schema: CalendarSchema, optional: true },
    ],
  },
  {
    name: 'bankHolidays',
    summary: "A year's bank holidays in one nation.",
    args: [
      { name: 'year', schema: z.int() },
      { name: 'nation', schema: NationSchema },
    ],
  },
  {
    name: 'noticeContent',
    summary: 'The content of a letter the policy requires.',
    args: [
      state,
      { name: 'kind', schema: NoticeKindSchema },
      policy,
      { name: 'options', schema: NoticeOptionsSchema, optional: true },
    ],
  },
  {
    name: 'validateNotice',
    summary: 'What a drafted letter lacks, and (given the case) the dates it gets wrong.',
    args: [
      { name: 'notice', schema: NoticeSchema },
      { name: 'kind', schema: NoticeKindSchema },
      policy,
      optional(state),
    ],
  },
  {
    name: 'renderNotice',
    summary: 'A notice as text, Markdown or escaped HTML.',
    args: [
      { name: 'notice', schema: NoticeSchema },
      { name: 'options', schema: RenderOptionsSchema },
    ],
  },
  {
    name: 'definePolicy',
    summary: "A landlord's policy from its settings over a base.",
    args: [
      { name: 'settings', schema: JsonObjectSchema },
      { name: 'base', schema: z.union([PolicyArgumentSchema, z.null()]), optional: true },
    ],
  },
  {
    name: 'parsePolicy',
    summary: 'A policy read strictly from JSON.',
    args: [{ name: 'json', schema: z.unknown() }],
  },
  { name: 'describePolicy', summary: 'Every setting of a policy, with its source.', args: [policy] },
  {
    name: 'policyInEffectOn',
    summary: 'Which of a list of policies was in effect on a date.',
    args: [
      { name: 'policies', schema: z.array(PolicySchema) },
      { name: 'on', schema: CivilDateSchema },
    ],
  },
  {
    name: 'isLibraryDefault',
    summary: "Whether a policy's setting rests on a library default.",
    args: [policy, { name: 'path', schema: z.enum(SETTING_PATHS) }],
  },
  {
    name: 'auditCase',
    summary: "Findings on a case's history: what was late, missing or at risk.",
    args: [
      { name: 'events', schema: z.array(CaseEventSchema) },
      policy,
      {
        name: 'options',
        schema: librarySchema(
          'AuditOptionsSchema',
          z.strictObject({ asOf: InstantSchema, opening: OpenCaseInputSchema.optional() }),
        ),
      },
    ],
  },
  {
    name: 'auditCaseload',
    summary: 'Findings over many cases, by rule, with the worst first.',
    args: [
      {
        name: 'cases',
        schema: z.array(
          librarySchema(
            'CaseloadCaseSchema',
            z.strictObject({ caseId: z.string(), events: z.array(CaseEventSchema) }),
          ),
        ),
      },
      policy,
      {
        name: 'options',
        schema: librarySchema('CaseloadOptionsSchema', z.strictObject({ asOf: InstantSchema })),
      },
    ],
  },
  {
    name: 'auditReportMarkdown',
    summary: 'A caseload audit as a Markdown report.',
    args: [{ name: 'audit', schema: librarySchema('CaseloadAuditSchema', JsonObjectSchema) }],
  },
  {
    name: 'readPolicy',
    summary: "A policy, a list of its versions or a preset's name, read as the library reads one.",
    args: [{ name: 'input', schema: z.unknown() }],
  },
];

type Callable = (...args: unknown[]) => unknown;

/** The library's function of that name, when this version of the library has it. */
export function libraryFunction(name: string): Callable | undefined {
  const found = (library as Record<string, unknown>)[name];
  return typeof found === 'function' ? (found as Callable) : undefined;
}

/** The functions the service answers: every row of the table the library in hand exports. */
export const ENDPOINTS: readonly Endpoint[] = TABLE.filter(
  (endpoint) => libraryFunction(endpoint.name) !== undefined,
);

/** The request body's schema: one key per argument (or the single argument's own shape). */
export function bodySchema(endpoint: Endpoint): z.ZodType {
  const [only] = endpoint.args;
  if (endpoint.whole === true && only !== undefined) return only.schema;
  const shape: Record<string, z.ZodType> = {};
  for (const argument of endpoint.args)
    shape[argument.name] = argument.optional ? argument.schema.optional() : argument.schema;
  return z.strictObject(shape);
}

/**
 * The call's arguments, in order, from a request body already known to be a JSON object: the
 * whole body for a function taking one object, else each argument by name (absent: `undefined`,
 * for the library to default or refuse).
 */
export function argumentsOf(endpoint: Endpoint, body: Record<string, unknown>): unknown[] {
  const [only] = endpoint.args;
  if (endpoint.whole === true && only !== undefined) return [body];
  const values = endpoint.args.map((argument) => body[argument.name]);
  // Trailing absent arguments are left off, so the library's own defaults apply.
  while (values.length > 0 && values[values.length - 1] === undefined) values.pop();
  return values;
}

/** Calls the library function an endpoint names with a request body's arguments. */
export function callEndpoint(endpoint: Endpoint, body: Record<string, unknown>): unknown {
  const call = libraryFunction(endpoint.name) as Callable;
  return call(...argumentsOf(endpoint, body));
}
