import { CASE_EVENT_TYPES } from './events.js';
import type { CaseStage } from './state.js';
import { OPEN_STAGES, TRANSITIONS } from './transitions.js';

/** Mermaid state ids cannot hold a hyphen: `legal-action` is drawn as `legal_action`. */
const idOf = (stage: CaseStage): string => stage.replaceAll('-', '_');

/**
 * The case machine as a Mermaid state diagram, generated from the transition table: the stages,
 * the events that raise the case from one to the next, and, in notes, the events that leave
 * the stage as it is. docs/case.md carries exactly this text.
 *
 * @example
 * caseDiagram().split('\n').slice(0, 3)
 * // => ['stateDiagram-v2', '  state "legal-action" as legal_action', '  [*] --> opened : openCase']
 */
export function caseDiagram(): string {
  const lines = ['stateDiagram-v2'];
  for (const stage of [...OPEN_STAGES, 'closed'] as const) {
    if (idOf(stage) !== stage) lines.push(`  state "${stage}" as ${idOf(stage)}`);
  }
  lines.push('  [*] --> opened : openCase');
  const staying: string[] = [];
  const afterClosing: string[] = [];
  for (const type of CASE_EVENT_TYPES) {
    const { from, to } = TRANSITIONS[type];
    if (from.includes('closed')) afterClosing.push(type);
    if (to === 'stays') {
      staying.push(type);
      continue;
    }
    for (const stage of from) {
      if (to === 'closed' || OPEN_STAGES.indexOf(stage) < OPEN_STAGES.indexOf(to)) {
        lines.push(`  ${idOf(stage)} --> ${idOf(to)} : ${type}`);
      }
    }
  }
  lines.push('  closed --> [*]');
  lines.push(
    '  note right of opened',
    '    In every open stage, guards permitting:',
    ...staying.map((t) => `    ${t}`),
    '  end note',
  );
  lines.push(
    '  note right of closed',
    '    Still allowed once closed:',
    ...afterClosing.map((t) => `    ${t}`),
    '  end note',
  );
  return lines.join('\n');
}

/**
 * The transition table as a Markdown table: each event, the stages it is allowed in, the stage it
 * raises the case to, and the codes it can be refused with (with their rules). docs/case.md
 * carries exactly this text.
 *
 * @example
 * caseTransitionTable().split('\n')[0]
 * // => '| Event | What it records | Allowed in | Moves the case to | Refused with |'
 */
export function caseTransitionTable(): string {
  const lines = [
    '| Event | What it records | Allowed in | Moves the case to | Refused with |',
    '|---|---|---|---|---|',
  ];
  for (const type of CASE_EVENT_TYPES) {
    const { summary, from, to, preconditions, guards } = TRANSITIONS[type];
    const allowedIn =
      from.length === OPEN_STAGES.length + 1
        ? 'any stage'
        : from.length === OPEN_STAGES.length
          ? 'any open stage'
          : from.join(', ');
    const refusals = [...preconditions, ...guards].map((g) => `\`${g.code}\` (${g.rule})`);
    const unique = [...new Set(refusals)];
    lines.push(
      `| \`${type}\` | ${summary} | ${allowedIn} | ${to === 'stays' ? '(stays)' : to} | ${unique.length === 0 ? '(none)' : unique.join(', ')} |`,
    );
  }
  return lines.join('\n');
}
