import { expect } from 'vitest';
import type { ContactLogEntry, Finding } from '../../src/classification/index.js';
import type { BehaviourCode, Incident } from '../../src/shared/incident.js';
import type { Reason } from '../../src/shared/reason.js';

/** An incident by a customer at a member of staff, on the phone, with the given behaviours. */
export function incident(
  behaviours: readonly (BehaviourCode | Incident['behaviours'][number])[],
  over: Partial<Incident> = {},
): Incident {
  const list = behaviours.map((b) => (typeof b === 'string' ? { code: b } : b));
  return {
    id: 'inc-1',
    occurredAt: '2026-03-02T10:15:00Z',
    channel: 'phone',
    actor: 'customer',
    target: 'staff',
    behaviours: list,
    ...over,
  };
}

/** A contact-log entry: inbound, a general matter, by phone, unless said otherwise. */
export function contact(id: string, at: string, over: Partial<ContactLogEntry> = {}): ContactLogEntry {
  return { id, at, channel: 'phone', direction: 'inbound', subject: 'general', ...over };
}

/** `count` contacts `everyMinutes` apart from `start`, ids `${prefix}1`, `${prefix}2`, ... */
export function series(
  prefix: string,
  start: string,
  count: number,
  everyMinutes: number,
  over: Partial<ContactLogEntry> = {},
): ContactLogEntry[] {
  const first = Date.parse(start);
  return Array.from({ length: count }, (_, k) =>
    contact(`${prefix}${k + 1}`, new Date(first + k * everyMinutes * 60_000).toISOString(), over),
  );
}

/** The reasons quote `sentence` under `rule`. */
export function expectQuoted(reasons: readonly Reason[], rule: string, sentence: string): void {
  const quoting = reasons.filter((r) => r.text.includes(sentence));
  expect(
    quoting.map((r) => r.rule),
    `no reason quotes: ${sentence}\n${reasons.map((r) => `${r.rule}: ${r.text}`).join('\n')}`,
  ).toContain(rule);
}

/** The findings of one kind. */
export function ofKind(findings: readonly Finding[], kind: Finding['kind']): Finding[] {
  return findings.filter((f) => f.kind === kind);
}

/** Freezes a value and everything in it, so a test fails if the library mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
