import type { Policy, StepAuthority } from '../policy/schema.js';
import { settingReason } from '../policy/settings.js';
import type { Reason } from '../shared/reason.js';
import type { Failure, Issue } from '../shared/result.js';
import type { CaseEvent } from './events.js';
import { type Context, type Guard, issue, refusal } from './guards.js';

/**
 * NF-8, TEP-11.1, SH-5: who may take a formal step. A policy's `authority` names, for each step
 * it limits, the roles allowed (any one decides alone) or `{ roles, count }` (that many different
 * people, each holding one of the roles, decide together: "two officers"). The event says who
 * decided (`by`, `byRole`) and who with (`jointlyWith`); a step the policy leaves out, anyone may
 * take.
 */

/** The roles allowed and how many must decide, for a step the policy limits. */
function limitOf(
  policy: Policy,
  type: CaseEvent['type'],
): { roles: readonly string[]; count: number } | undefined {
  const spec: StepAuthority | undefined = (policy.authority as Partial<Record<string, StepAuthority>>)[type];
  if (spec === undefined) return undefined;
  return Array.isArray(spec) ? { roles: spec, count: 1 } : spec;
}

/** "a senior-officer", "a senior-officer or a head-of-service". */
function rolesWords(roles: readonly string[]): string {
  const each = roles.map((role) => `'${role}'`);
  return each.length === 1 ? (each[0] ?? '') : `${each.slice(0, -1).join(', ')} or ${each.at(-1)}`;
}

const who = (limit: { roles: readonly string[]; count: number }): string =>
  limit.count === 1
    ? `someone holding the role ${rolesWords(limit.roles)}`
    : `${limit.count} different people, each holding the role ${rolesWords(limit.roles)}`;

/**
 * The reason a step limited by the policy was taken by the right people, for its decision record;
 * nothing when the policy lets anyone take it.
 *
 * @example
 * authorityReason(presets.tenancyEnforcementProcedure, { type: 'appeal-decided', by: 'so-9', byRole: 'senior-officer', ... })
 * // => { rule: 'NF-8', text: "The policy lets someone holding the role 'senior-officer' take the step 'appeal-decided': so-9 (senior-officer) took it.",
 * //      citation: { document: 'Unacceptable Behaviour – Tenancy Enforcement Procedure', section: '11. Appealing/Reconsidering a Decision to Restrict Contact' } }
 */
export function authorityReason(policy: Policy, event: CaseEvent): Reason | undefined {
  const limit = limitOf(policy, event.type);
  if (limit === undefined) return undefined;
  const deciders = [{ by: event.by, byRole: event.byRole }, ...(event.jointlyWith ?? [])]
    .map((d) => `${d.by} (${d.byRole ?? 'role not given'})`)
    .join(', ');
  return settingReason(
    policy,
    'authority',
    `The policy lets ${who(limit)} take the step '${event.type}': ${deciders} took it.`,
  );
}

/**
 * NF-8: the step is taken by the roles the policy allows (`authority`), else `NOT_AUTHORISED`
 * naming `byRole` (the role missing or not allowed) or `jointlyWith` (too few deciders). For an
 * appeal, it stands next to the independence check (NF-4): the right role, and not involved.
 */
export const authorised: Guard<CaseEvent> = {
  code: 'NOT_AUTHORISED',
  rule: 'NF-8',
  check: (context) => {
    for (const step of stepsTaken(context.event)) {
      const failure = authorisedFor(context, step);
      if (failure !== undefined) return failure;
    }
    return undefined;
  },
};

/**
 * The steps an event takes, for `authority`: its own type, and for a case review that lifts the
 * restrictions, the lift too, so a review cannot take a step the policy keeps to other roles.
 */
const stepsTaken = (event: CaseEvent): CaseEvent['type'][] =>
  event.type === 'case-reviewed' && event.outcome === 'lift'
    ? [event.type, 'restriction-lifted']
    : [event.type];

function authorisedFor(context: Context<CaseEvent>, step: CaseEvent['type']): Failure | undefined {
  const { event, policy } = context;
  const limit = limitOf(policy, step);
  if (limit === undefined) return undefined;
  const reasons = [settingReason(policy, 'authority', `Only ${who(limit)} may take the step '${step}'.`)];
  if (event.byRole === undefined || !limit.roles.includes(event.byRole)) {
    return refusal(
      'NOT_AUTHORISED',
      event.byRole === undefined
        ? `The policy lets only ${who(limit)} take the step '${step}': record the role of ${event.by}, who took it (byRole).`
        : `${event.by} acted as '${event.byRole}', and the policy lets only ${who(limit)} take the step '${step}': ask someone holding one of those roles to decide.`,
      reasons,
      [issue(context, 'byRole', `expected one of the roles ${rolesWords(limit.roles)}`)],
    );
  }
  if (limit.count === 1) return undefined;
  const qualified = new Set([event.by]);
  const issues: Issue[] = [];
  (event.jointlyWith ?? []).forEach((decider, index) => {
    if (decider.byRole !== undefined && limit.roles.includes(decider.byRole)) qualified.add(decider.by);
    else
      issues.push(
        issue(
          context,
          `jointlyWith[${index}].byRole`,
          `expected one of the roles ${rolesWords(limit.roles)}`,
        ),
      );
  });
  if (qualified.size >= limit.count) return undefined;
  return refusal(
    'NOT_AUTHORISED',
    `The policy needs ${who(limit)} to take the step '${step}', and ${qualified.size === 1 ? 'only 1 did' : `only ${qualified.size} did`}: record the others who decided, with their roles (jointlyWith).`,
    reasons,
    issues.length > 0
      ? issues
      : [
          issue(
            context,
            'jointlyWith',
            `expected ${limit.count - qualified.size} more decider(s) { by, byRole }`,
          ),
        ],
  );
}

/** Everyone who decided a step: `by`, and those it names in `jointlyWith`. */
export const decidersOf = (event: CaseEvent): string[] => [
  ...new Set([event.by, ...(event.jointlyWith ?? []).map((decider) => decider.by)]),
];
