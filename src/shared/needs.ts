import { z } from 'zod';
import { deepFreeze } from './freeze.js';

/**
 * NF-2, TEP-2.1, TEP-2.2: one closed vocabulary of the customer's needs, shared by the
 * classifier's customer context and the equality impact assessment, so a need recorded in one
 * means the same in the other. Each need belongs to a family: a vulnerability, medical condition
 * or support need (TEP-2.1), or a barrier to communication and the adjustment that meets it
 * (TEP-2.2, HO-4). To teach the library a new need, add it here (and, if it rules out a measure,
 * to the conflict table, `NEED_CONFLICTS`).
 */

/** The families of need. */
export type NeedFamily = 'vulnerability' | 'communication';

/**
 * Every need the library knows: its family and its words in a sentence.
 *
 * @example
 * NEEDS['hearing-impairment'] // => { family: 'vulnerability', words: 'a hearing impairment' }
 */
export const NEEDS = deepFreeze({
  neurodivergence: { family: 'vulnerability', words: 'neurodivergence' },
  'mental-health': { family: 'vulnerability', words: 'mental health issues' },
  dementia: { family: 'vulnerability', words: 'dementia' },
  tourettes: { family: 'vulnerability', words: 'Tourette’s syndrome' },
  'learning-disability': { family: 'vulnerability', words: 'a learning disability' },
  'physical-disability': { family: 'vulnerability', words: 'a physical disability' },
  'medical-condition': { family: 'vulnerability', words: 'a medical condition' },
  'hearing-impairment': { family: 'vulnerability', words: 'a hearing impairment' },
  'visual-impairment': { family: 'vulnerability', words: 'a visual impairment' },
  'speech-impairment': { family: 'vulnerability', words: 'a speech impairment' },
  'domestic-abuse-survivor': { family: 'vulnerability', words: 'being a survivor of domestic abuse' },
  'traumatic-history': { family: 'vulnerability', words: 'a traumatic personal history' },
  'safeguarding-concern': { family: 'vulnerability', words: 'a safeguarding concern' },
  'other-support-need': { family: 'vulnerability', words: 'another support need' },
  interpreter: { family: 'communication', words: 'an interpreter' },
  translation: { family: 'communication', words: 'translation' },
  'sign-language': { family: 'communication', words: 'sign language' },
  'large-print': { family: 'communication', words: 'large print' },
  'coloured-text': { family: 'communication', words: 'coloured text' },
  'easy-read': { family: 'communication', words: 'easy read' },
  'literacy-support': { family: 'communication', words: 'literacy support' },
  'cannot-write': { family: 'communication', words: 'being unable to write' },
  'hearing-support': { family: 'communication', words: 'hearing support' },
  'pre-arranged-contact': { family: 'communication', words: 'pre-arranged calls or interviews' },
  'alternative-channel': { family: 'communication', words: 'a different method of communication' },
} as const satisfies Record<string, { family: NeedFamily; words: string }>);

/** A need the library knows, such as `'hearing-impairment'` or `'large-print'`. */
export type Need = keyof typeof NEEDS;

/**
 * Every need, in the order of the table.
 *
 * @example
 * NEED_NAMES.includes('sign-language') // => true
 */
export const NEED_NAMES = Object.freeze(Object.keys(NEEDS)) as readonly Need[];

/** The needs of one family. */
const namesOf = (family: NeedFamily): Need[] => NEED_NAMES.filter((need) => NEEDS[need].family === family);

/** The edit distance between two short strings (Levenshtein). */
function distance(a: string, b: string): number {
  // `at` rather than `(row[j] as number) + 1`: Stryker prints a mutated sum without the
  // parentheses, which no longer parses.
  const at = (row: readonly number[], j: number): number => row[j] as number;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(at(previous, j) + 1, at(current, j - 1) + 1, at(previous, j - 1) + cost);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * Everyday words for needs, offered as suggestions when an unknown name contains one (never
 * accepted in place of the name: a record says exactly what was assessed).
 */
const EVERYDAY_WORDS: Readonly<Record<string, Need>> = {
  deaf: 'hearing-impairment',
  hearing: 'hearing-impairment',
  blind: 'visual-impairment',
  sight: 'visual-impairment',
  autism: 'neurodivergence',
  autistic: 'neurodivergence',
  adhd: 'neurodivergence',
  bsl: 'sign-language',
  dyslexia: 'literacy-support',
  dyslexic: 'literacy-support',
  reading: 'literacy-support',
  wheelchair: 'physical-disability',
  mobility: 'physical-disability',
  anxiety: 'mental-health',
  depression: 'mental-health',
  stammer: 'speech-impairment',
  stutter: 'speech-impairment',
  language: 'interpreter',
};

/** Longer than any need's name: a longer input is not compared letter by letter. */
const LONGEST_COMPARED = 64;

/**
 * The known names nearest an unknown one, best first: those sharing a word with it (`'sign'` in
 * `'sign-language-user'`), then by edit distance. At most `count`.
 *
 * @example
 * nearestNames('visual-impairement', NEED_NAMES) // => ['visual-impairment', 'hearing-impairment', 'speech-impairment']
 * nearestNames('deaf', NEED_NAMES)[0] // => 'hearing-impairment' (an everyday word for it)
 */
export function nearestNames(input: string, names: readonly string[], count = 3): string[] {
  const text = input.toLowerCase().slice(0, LONGEST_COMPARED);
  const words = new Set(text.split(/[^a-z]+/).filter((word) => word.length > 2));
  const everyday = new Set([...words].flatMap((word) => EVERYDAY_WORDS[word] ?? []));
  const scored = names.map((name) => {
    const shared =
      name.split('-').filter((word) => words.has(word)).length + (everyday.has(name as Need) ? 2 : 0);
    return { name, shared, distance: distance(text, name) };
  });
  scored.sort((a, b) => b.shared - a.shared || a.distance - b.distance || (a.name < b.name ? -1 : 1));
  return scored.slice(0, count).map((entry) => entry.name);
}

/** A message for a value that is not one of `names`. */
function unknownMessage(input: unknown, names: readonly string[], what: string): string {
  if (typeof input !== 'string') return `expected ${what} (a string such as '${names[0]}')`;
  const shown = input.length > LONGEST_COMPARED ? `${input.slice(0, LONGEST_COMPARED)}…` : input;
  const other = NEED_NAMES.includes(input as Need)
    ? ` ('${shown}' is ${describeFamily(NEEDS[input as Need].family)})`
    : '';
  const nearest = nearestNames(input, names).map((name) => `'${name}'`);
  return `expected ${what}, received '${shown}'${other}; the nearest known: ${nearest.join(', ')}`;
}

const describeFamily = (family: NeedFamily): string =>
  family === 'vulnerability' ? 'a vulnerability' : 'a communication need';

/** A closed schema of some needs, refusing anything else with the nearest known names. */
const needEnum = <N extends Need>(names: readonly N[], what: string) =>
  z.enum(names as [N, ...N[]], { error: (issue) => unknownMessage(issue.input, names, what) });

/**
 * Any need the library knows (NF-2): the EIA's `needs` and the customer context's `needs`. An
 * unknown need is refused, naming the nearest known ones.
 *
 * @example
 * NeedSchema.safeParse('sign-language').success // => true
 * NeedSchema.safeParse('sign-language-user').error.issues[0].message
 * // => "expected a need the library knows, received 'sign-language-user'; the nearest known: 'sign-language', ..."
 */
export const NeedSchema = needEnum(NEED_NAMES, 'a need the library knows');

/**
 * A known vulnerability, medical condition or support need (TEP-2.1): the needs of that family.
 *
 * @example
 * VulnerabilitySchema.safeParse('dementia').success // => true
 */
export const VulnerabilitySchema = needEnum(namesOf('vulnerability'), 'a vulnerability');
/** A known vulnerability, e.g. `'dementia'`. */
export type Vulnerability = z.infer<typeof VulnerabilitySchema>;

/**
 * A barrier to communication and the adjustment that meets it (TEP-2.2, HO-4): the needs of that family.
 *
 * @example
 * CommunicationNeedSchema.safeParse('large-print').success // => true
 */
export const CommunicationNeedSchema = needEnum(namesOf('communication'), 'a communication need');
/** A communication need, e.g. `'large-print'`. */
export type CommunicationNeed = z.infer<typeof CommunicationNeedSchema>;
