import { describeDate } from '../../calendar/zone.js';
import type { Challenge, RestrictionRecord } from '../../case/state.js';
import type { Failure } from '../../shared/result.js';
import { dayOf } from '../elements.js';
import { type NoticeContext, notApplicable } from '../kind.js';
import type { NoticeKind } from '../schema.js';

/** What the appeal and reconsideration outcome letters share: the decided challenge they tell. */

/** A decided appeal or request to reconsider, with the restriction it concerns. */
export interface Decided {
  readonly challenge: Challenge;
  readonly restriction: RestrictionRecord;
  readonly decidedOn: string;
}

/** The latest decided challenge of its kind (on the restriction named, when one is), or the refusal. */
export function decidedChallenge(
  context: NoticeContext,
  kind: NoticeKind,
  list: readonly Challenge[],
  what: string,
): Decided | Failure {
  const { restrictionId, state, policy } = context;
  let found: Challenge | undefined;
  for (const challenge of list) {
    if (challenge.decidedAt === undefined) continue;
    if (restrictionId !== undefined && challenge.restrictionId !== restrictionId) continue;
    if (found === undefined || Date.parse(challenge.decidedAt) >= Date.parse(found.decidedAt as string)) {
      found = challenge;
    }
  }
  const restriction = state.restrictions.find((r) => r.id === found?.restrictionId);
  if (found === undefined || restriction === undefined) {
    return restrictionId === undefined
      ? notApplicable(kind, `no ${what} has been decided on the case`)
      : notApplicable(
          kind,
          `no ${what} on restriction '${restrictionId}' has been decided`,
          'options.restrictionId',
        );
  }
  return { challenge: found, restriction, decidedOn: dayOf(found.decidedAt as string, policy) };
}

/** Whether the decided value is a refusal. */
export const isFailure = (value: Decided | Failure): value is Failure => 'code' in value;

/** The outcome in the customer's words. */
export const OUTCOME_WORDS = {
  upheld: 'We agree with you. We have lifted the limits on how you can contact us.',
  dismissed: 'We have decided that the limits on how you can contact us stay in place.',
  varied:
    'We have decided to change the limits on how you can contact us. The new arrangements are set out below.',
} as const;

/** Whether a restriction remains after the decision told. */
export const remainsAfter = ({ challenge, restriction }: Decided): boolean =>
  challenge.outcome !== 'upheld' && restriction.liftedAt === undefined;

/** The facts of the challenge, as lines: the decision challenged, when it was received and decided. */
export function challengeFacts({ challenge, decidedOn }: Decided, decisionDue: string | null): string[] {
  return [
    `The decision you asked us to look at: our letter dated ${describeDate(challenge.decisionLetterDate)}.`,
    `We received your request on ${describeDate(challenge.receivedOn)}.`,
    ...(challenge.grounds === undefined ? [] : [`Your reasons: ${challenge.grounds}`]),
    ...(decisionDue === null ? [] : [`We had to decide by ${describeDate(decisionDue)}.`]),
    `We decided on ${describeDate(decidedOn)}.`,
  ];
}
