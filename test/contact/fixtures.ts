import type { ContactAttempt, ContactDecision, Measure, Protection, Restriction } from '../../src/index.js';
import { checkContact, presets } from '../../src/index.js';
import { unwrap } from '../helpers.js';

/** The default policy: the Tenancy Enforcement Procedure, whose exclusions are TEP-7's six. */
export const tep = presets.tenancyEnforcementProcedure;

export const SPOC = { staffId: 's-1', name: 'Sam Patel' } as const;

/** A restriction in force through 2026 (London time), with the SPOC named. */
export function restriction(measures: Measure[], overrides: Partial<Restriction> = {}): Restriction {
  return {
    id: 'R1',
    startsOn: '2026-01-01',
    lastDayInForce: '2026-12-31',
    measures,
    spoc: SPOC,
    ...overrides,
  };
}

/** An inbound general contact by phone on Monday 4 May 2026 at 10:00 BST, with the SPOC. */
export function contact(overrides: Partial<ContactAttempt> = {}): ContactAttempt {
  return {
    at: '2026-05-04T10:00:00+01:00',
    direction: 'inbound',
    channel: 'phone',
    subject: 'general',
    staffId: 's-1',
    ...overrides,
  };
}

/** checkContact under the default policy, unwrapped. */
export function decide(
  restrictions: Restriction[],
  attempt: ContactAttempt,
  protections?: Protection[],
): ContactDecision {
  return unwrap(
    checkContact(restrictions, attempt, { policy: tep, ...(protections ? { protections } : {}) }),
  );
}

/** The rule IDs of a decision's reasons, in order. */
export const rules = (decision: ContactDecision) => decision.reasons.map((r) => r.rule);
