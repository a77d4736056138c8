// The runs under hostile zones (vitest.config.ts) really run in those zones: a guard that the
// TZ setting took effect, so a test passing there means the machine's zone did not leak in.
import { describe, expect, it } from 'vitest';

describe('the machine zone of this run', () => {
  it('is the one the project names (process.env.TZ), for Date and Intl alike', () => {
    const zone = process.env.TZ ?? 'UTC';
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone.replace('Etc/', '')).toBe(zone);
    const offset = new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset();
    const expected: Record<string, number> = {
      UTC: 0,
      'Pacific/Apia': -13 * 60,
      'Pacific/Kiritimati': -14 * 60,
      'America/St_Johns': 3.5 * 60,
    };
    if (zone in expected) expect(offset).toBe(expected[zone]);
  });

  it('under Pacific/Apia, local dates skip 30 December 2011 (what the library must never rely on)', () => {
    if (process.env.TZ !== 'Pacific/Apia') return;
    expect(new Date(2011, 11, 30, 12).getDate()).toBe(31);
  });
});
