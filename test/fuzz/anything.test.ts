// fast-check's anything(), JSON and not (BigInt, Map, Set, Date, null prototypes, sparse arrays,
// boxed values), in place of every argument of every exported function, and of one argument of
// valid ones: never a throw, never INTERNAL_ERROR, a small refusal.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ARGUMENTS, exportedFunctions } from './arguments.js';
import { callCalmly } from './calm.js';

const anything = fc.anything({
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

const RUNS = 25;

describe('anything at all never throws', () => {
  for (const [name, fn] of exportedFunctions()) {
    const seeds = (ARGUMENTS[name] as () => unknown[][])();
    const arity = Math.max(fn.length, ...seeds.map((seed) => seed.length));
    it(`${name}: every argument anything`, () => {
      fc.assert(
        fc.property(fc.array(anything, { maxLength: arity + 1 }), (args) => {
          callCalmly(name, fn, args);
        }),
        { numRuns: RUNS, seed: 8 },
      );
    });
    it(`${name}: one valid argument replaced by anything`, () => {
      const seed = seeds[0] as unknown[];
      fc.assert(
        fc.property(fc.nat({ max: Math.max(seed.length - 1, 0) }), anything, (index, value) => {
          const args = [...seed];
          args[index] = value;
          callCalmly(name, fn, args);
        }),
        { numRuns: RUNS, seed: 8 },
      );
    });
  }
});
