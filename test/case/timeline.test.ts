// Issue 9, item 6: the case as a timeline a manager or an Ombudsman investigator can read.
import { describe, expect, it } from 'vitest';
import { caseTimeline } from '../../src/case/index.js';
import { unwrap } from '../helpers.js';
import { caseAfter, ev, incident, LADDER, TEP } from './fixtures.js';

describe('caseTimeline', () => {
  it('lists every dated step from the opening, with who acted and why (NF-8)', () => {
    const state = caseAfter(LADDER);
    const { entries, mermaid } = unwrap(caseTimeline(state, TEP));
    expect(entries).toHaveLength(LADDER.length + 1);
    expect(entries[0]).toMatchObject({
      on: '2026-01-05',
      kind: 'case-opened',
      text: 'The case was opened (case-1).',
    });
    const restricted = entries.at(-1);
    expect(restricted).toMatchObject({
      on: '2026-03-02',
      at: '2026-03-02T10:00:00Z',
      kind: 'restriction-imposed',
      by: 'hm-1',
    });
    expect(restricted?.reasons.map((r) => r.rule)).toContain('TEP-5.2');
    expect(restricted?.text).toBe(restricted?.reasons[0]?.text);

    const lines = mermaid.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'timeline',
      '  title Case case-1',
      '  section 2026-01',
      '    2026-01-05 : case-opened — The case was opened (case-1).',
    ]);
    // Two steps on one day share its line.
    expect(lines[4]).toMatch(
      /^ {9}: incident-recorded by ho-1 — Incident 'inc-1' is recorded on the case#58; /,
    );
    expect(mermaid).toContain('  section 2026-03');
  });

  it('escapes what Mermaid would read as syntax', () => {
    const state = caseAfter([
      incident('x:1;#<b>"`{%}', '2026-01-05T10:00:00Z'),
      ev('interaction-ended', '2026-01-05T11:00:00Z', { customerTold: true }),
    ]);
    const { mermaid } = unwrap(caseTimeline(state, TEP));
    const body = mermaid.split('\n').slice(2).join('\n');
    // After the period's own ' : ', no raw ':', ';', '<', '>', '"', '`', '{', '}' or '%' is left.
    for (const line of body.split('\n').filter((l) => l.includes(' : '))) {
      const text = line.slice(line.indexOf(' : ') + 3).replace(/#\d+;/g, '');
      expect(text).not.toMatch(/[:;<>"`{}%#]/);
    }
    expect(mermaid).toContain('x#58;1#59;#35;#60;b#62;#34;#96;#123;#37;#125;');
  });

  it('days follow the policy zone: 23:30 UTC in summer is the next day in London', () => {
    const state = caseAfter([incident('inc-1', '2026-06-01T23:30:00Z')]);
    expect(unwrap(caseTimeline(state, TEP)).entries[1]?.on).toBe('2026-06-02');
  });

  it('validates its inputs', () => {
    const result = caseTimeline({ schemaVersion: 9 } as never, TEP);
    expect(result.ok ? undefined : result.error.code).toBe('UNSUPPORTED_SCHEMA_VERSION');
  });
});
