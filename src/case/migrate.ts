/**
 * Reading a state stored by an older version of the library. Each step takes the stored JSON
 * of one version to the next; `readState` validates the result as the current version.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const each = (list: unknown, change: (item: Json) => Json): unknown =>
  Array.isArray(list) ? list.map((item) => (isObject(item) ? change(item) : item)) : list;

/**
 * Version 1 stored dates derived from the policy. Version 2 derives them when asked, so they
 * drop out; the last day to appeal a version 1 state recorded is what the customer's letter was
 * worked out from, so it is kept as the date stated (`appealLastDayStated`), which a
 * recomputation never shortens.
 */
function fromVersion1(state: Json): Json {
  const needs = isObject(state.eia) ? renamedNeeds(state.eia.needs) : undefined;
  // Version 1 did not record which needs an adjustment or justification answered: those on file now.
  const weighed = (kept: Json): Json =>
    (kept.adjustments !== undefined || kept.justification !== undefined) && needs !== undefined
      ? { ...kept, needsWeighed: needs }
      : kept;
  const restriction = ({ appealLastDay, reviewsDue: _reviews, ...kept }: Json): Json =>
    weighed(appealLastDay === undefined ? kept : { ...kept, appealLastDayStated: appealLastDay });
  const challenge = ({ decisionDue: _due, ...kept }: Json): Json => kept;
  const eia = isObject(state.eia)
    ? {
        ...state.eia,
        needs,
        assessedAt: state.eia.assessedAt ?? state.eia.completedAt,
      }
    : state.eia;
  return {
    ...state,
    schemaVersion: 2,
    ...(eia !== undefined && { eia }),
    restrictions: each(state.restrictions, restriction),
    appeals: each(state.appeals, challenge),
    reconsiderations: each(state.reconsiderations, challenge),
  };
}

/** Version 1's EIA needs, under the shared vocabulary's names; any other unknown name is left for validation to refuse. */
const RENAMED_NEEDS: Readonly<Record<string, string>> = {
  'literacy-difficulty': 'literacy-support',
  'sight-impairment': 'visual-impairment',
  'sign-language-user': 'sign-language',
  'needs-spoken-contact': 'pre-arranged-contact',
};

const renamedNeeds = (needs: unknown): unknown =>
  Array.isArray(needs)
    ? needs.map((need) =>
        typeof need === 'string' && Object.hasOwn(RENAMED_NEEDS, need) ? RENAMED_NEEDS[need] : need,
      )
    : needs;

/**
 * A stored state brought to the current schema version; anything else is returned as it is, for
 * validation to judge.
 *
 * @example
 * migrateState({ schemaVersion: 1, restrictions: [{ id: 'r-1', appealLastDay: '2026-03-16', reviewsDue: [] }], ... })
 * // => { schemaVersion: 2, restrictions: [{ id: 'r-1', appealLastDayStated: '2026-03-16' }], ... }
 */
export function migrateState(input: unknown): unknown {
  if (!isObject(input)) return input;
  return input.schemaVersion === 1 ? fromVersion1(input) : input;
}
