/** Where the schemas are named from: the repository, never a version. */
export const SCHEMA_BASE: string;
/** The summary of each exported constant's doc comment in src/, by name. */
export function docSummaries(): Map<string, string>;
/** Every exported `...Schema` of `lib` as a JSON Schema, by title; `missing` names those with no description. */
export function jsonSchemas(lib: Record<string, unknown>): {
  schemas: Map<string, Record<string, unknown> & { $id: string; title: string; description?: string }>;
  missing: string[];
};
