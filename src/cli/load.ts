// Reading the inputs several commands share: a policy, and a case (its events, or its stored state).
import {
  type CaseEvent,
  type CaseState,
  type OpenCaseInput,
  type Policy,
  PRESET_NAMES,
  parsePolicy,
  type Result,
  replay,
} from '../index.js';
import { type Io, readJson, UsageError } from './io.js';
import { presetNamed } from './policy.js';

/** A preset by name, or a policy read strictly from a JSON file (`parsePolicy`); a list of versions is passed on as is. */
export async function loadPolicy(nameOrFile: string, io: Io): Promise<Policy> {
  const preset = presetNamed(nameOrFile);
  if (preset !== undefined) return preset;
  if (!nameOrFile.endsWith('.json') && nameOrFile !== '-')
    throw new UsageError(
      `Unknown policy ${nameOrFile}: give a preset's name (${PRESET_NAMES.join(', ')}) or a policy's .json file.`,
    );
  const json = await readJson(nameOrFile, io, 'policy');
  // An effective-dated list of versions of one policy is the library's to judge, where a policy is taken.
  if (Array.isArray(json)) return json as unknown as Policy;
  const parsed = parsePolicy(json);
  if (!parsed.ok) throw new UsageError(`The policy in ${nameOrFile} is refused: ${parsed.error.message}`);
  return parsed.value;
}

/** A case's history: a list of events, or `{ events, opening? }` (`opening` is openCase's input). */
export interface History {
  readonly events: readonly CaseEvent[];
  readonly opening?: OpenCaseInput;
}

/** Reads a history from JSON: a list of events, or `{ events, opening? }`. */
export function historyOf(value: unknown): History | undefined {
  if (Array.isArray(value)) return { events: value };
  if (typeof value === 'object' && value !== null && 'events' in value && Array.isArray(value.events))
    return value as History;
  return undefined;
}

/**
 * A case's state: replayed from its history, taken as stored (a state `openCase` or `applyEvent`
 * gave), or as `replay --json` printed it (`{ ok: true, value: state }`), so that its output can be
 * stored and read back as docs/cli.md shows. A printed refusal is no state: a usage error, exit 2.
 */
export function caseStateOf(value: unknown, policy: Policy): Result<CaseState> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'ok' in value) {
    if (value.ok === true && 'value' in value) return { ok: true, value: value.value as CaseState };
    const error = 'error' in value ? (value.error as { code?: unknown; message?: unknown }) : undefined;
    const refusal = error === undefined ? '' : ` (${String(error.code)}: ${String(error.message)})`;
    throw new UsageError(
      `The case given is a Result printed with --json that holds no state${refusal}: give the case's events, or a state.`,
    );
  }
  const history = historyOf(value);
  if (history === undefined) return { ok: true, value: value as CaseState };
  return replay(history.events, policy, history.opening);
}
