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
 * Version 2 tracked two letters: each review's (`reviews[].letterDate`) and the current SPOC's
 * handover (`spoc.handover.customerInformedOn`). Version 3 keeps every written decision's letter
 * in `letters`, so those two move there; other decisions a version 2 state holds (a lift, an
 * appeal outcome) did not record their letters, and none is invented for them. No team notices
 * are invented either.
 */
function fromVersion2(state: Json): Json {
  const letters: Json[] = [];
  if (Array.isArray(state.reviews)) {
    for (const review of state.reviews) {
      if (!isObject(review)) continue;
      letters.push({
        about: 'case-reviewed',
        decidedAt: review.at,
        decidedOn: review.on,
        ...(review.letterDate !== undefined && { letterDate: review.letterDate }),
      });
    }
  }
  const spoc = state.spoc;
  if (isObject(spoc) && isObject(spoc.handover)) {
    letters.push({
      about: 'spoc-handover',
      subject: spoc.staffId,
      decidedAt: spoc.since,
      decidedOn: spoc.handover.on,
      ...(spoc.handover.customerInformedOn !== undefined && { letterDate: spoc.handover.customerInformedOn }),
    });
  }
  // Oldest first, as the machine appends them.
  letters.sort((a, b) => Date.parse(String(a.decidedAt)) - Date.parse(String(b.decidedAt)));
  return { ...state, schemaVersion: 3, letters, teamNotices: [] };
}

/**
 * Version 4 adds the real-history records: ids and fingerprints on decisions (absent for events
 * applied before, which carried no id), the events voided (none), and the policy versions the
 * steps were judged under, which version 3 did not record: left empty rather than guessed.
 */
function fromVersion3(state: Json): Json {
  return { ...state, schemaVersion: 4, decidedUnder: [] };
}

/**
 * A stored state brought to the current schema version; anything else is returned as it is, for
 * validation to judge.
 *
 * @example
 * migrateState({ schemaVersion: 1, restrictions: [{ id: 'r-1', appealLastDay: '2026-03-16', reviewsDue: [] }], ... })
 * // => { schemaVersion: 4, restrictions: [{ id: 'r-1', appealLastDayStated: '2026-03-16' }], letters: [], teamNotices: [], decidedUnder: [], ... }
 */
export function migrateState(input: unknown): unknown {
  if (!isObject(input)) return input;
  const atTwo = input.schemaVersion === 1 ? fromVersion1(input) : input;
  const atThree = atTwo.schemaVersion === 2 ? fromVersion2(atTwo) : atTwo;
  return atThree.schemaVersion === 3 ? fromVersion3(atThree) : atThree;
}
