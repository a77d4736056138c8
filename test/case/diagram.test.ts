import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASE_EVENT_TYPES, caseDiagram, caseTransitionTable } from '../../src/case/index.js';

const guide = readFileSync(new URL('../../docs/case.md', import.meta.url), 'utf8');

/** The text docs/case.md carries between a pair of markers. */
function between(name: string): string | undefined {
  const match = guide.match(new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`));
  return match?.[1];
}

/** A Markdown table's cells, trimmed, with a separator row's dashes counted as one. */
const cells = (table: string): string[][] =>
  table.split('\n').map((row) =>
    row
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim().replace(/^-+$/, '---')),
  );

describe('docs/case.md', () => {
  it('carries exactly the Mermaid diagram generated from the transition table', () => {
    expect(between('case-diagram')).toBe(`\`\`\`mermaid\n${caseDiagram()}\n\`\`\``);
  });

  it('carries the transition table generated from it, cell for cell (the formatter pads the cells)', () => {
    expect(cells(between('case-transitions') ?? '')).toEqual(cells(caseTransitionTable()));
  });
});

describe('caseDiagram', () => {
  it('draws the ladder: each escalating event from every lower stage, and closing from every open one', () => {
    const lines = caseDiagram().split('\n');
    expect(lines).toContain('  warned --> restricted : restriction-imposed');
    expect(lines).toContain('  restricted --> legal_action : legal-action-taken');
    expect(lines).not.toContain('  legal_action --> restricted : restriction-imposed');
    expect(lines.filter((line) => line.endsWith(': case-closed'))).toHaveLength(5);
  });

  it('names every event type somewhere', () => {
    const text = caseDiagram();
    for (const type of CASE_EVENT_TYPES) expect(text).toContain(type);
  });
});
