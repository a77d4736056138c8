// Near misses of valid input: for every exported function, each argument, a spread of its paths,
// and every mutation (wrong type, huge, empty, NaN, -0, deep, BigInt, circular, Map, Date, ...):
// never a throw, never INTERNAL_ERROR, a small refusal, and a time far below the generous bound.
import { describe, it } from 'vitest';
import { ARGUMENTS, exportedFunctions, GATE, GATE_CONTACT } from './arguments.js';
import { callCalmly } from './calm.js';
import { MUTATIONS, pathsOf, replaced, spread } from './mutations.js';

/** Paths tried per argument: enough to reach every level, few enough to keep each test quick. */
const PATHS_PER_ARGUMENT = 6;

function nearMisses(
  name: string,
  fn: (...args: unknown[]) => unknown,
  seed: readonly unknown[],
  index: number,
) {
  const paths = spread(pathsOf(seed[index]), PATHS_PER_ARGUMENT);
  for (const path of paths) {
    for (const [, mutation] of MUTATIONS) {
      const args = [...seed];
      args[index] = replaced(seed[index], path, mutation());
      callCalmly(`${name} (argument ${index}, ${path.join('.') || 'root'})`, fn, args);
    }
  }
  // An argument left out, and one too many.
  callCalmly(name, fn, seed.slice(0, index));
  callCalmly(name, fn, [...seed, { extra: true }]);
}

describe('near misses of valid input never throw', () => {
  for (const [name, fn] of exportedFunctions()) {
    const seeds = (ARGUMENTS[name] as () => unknown[][])();
    seeds.forEach((seed, s) => {
      for (let index = 0; index < Math.max(seed.length, 1); index++) {
        it(`${name}, arguments ${s}, argument ${index}`, () => nearMisses(name, fn, seed, index));
      }
    });
  }

  // `checkTrusted`, the hot path, trusts its contact entirely: outside the contract, by its name.
  it('a compiled gate checks any contact calmly', () => {
    const gate = GATE();
    nearMisses('gate.check', (contact) => gate.check(contact as never), [GATE_CONTACT()], 0);
  });
});
