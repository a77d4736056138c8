/**
 * Freezes a value and everything reachable from it, in place, and returns it: an exported
 * constant (a preset, the rulebook, a vocabulary list) can then be read but never changed by a
 * caller, so one caller's slip can never change another's answers. In strict mode a write
 * throws a `TypeError`; otherwise it is ignored. Already-frozen parts are skipped, so shared and
 * circular structures are fine.
 *
 * @example
 * const table = deepFreeze({ rows: [{ id: 'a' }] });
 * Object.isFrozen(table.rows[0]) // => true
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if ((typeof next !== 'object' && typeof next !== 'function') || next === null) continue;
    if (Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const key of Reflect.ownKeys(next)) {
      const descriptor = Object.getOwnPropertyDescriptor(next, key);
      if (descriptor !== undefined && 'value' in descriptor) pending.push(descriptor.value);
    }
  }
  return value;
}
