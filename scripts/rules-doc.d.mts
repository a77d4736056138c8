export const RULEBOOK: URL;
export const RULES_DOC: URL;
export function citing(id: string): RegExp;
export const NOT_IMPLEMENTABLE: Record<string, string>;
export interface RulebookRule {
  id: string;
  source: string;
  text: string;
}
export function readRulebook(text: string): { heading: string; rules: RulebookRule[] }[];
export function citations(ids: readonly string[]): Map<string, { code: string[]; tests: string[] }>;
export function rulesDoc(rulebookText: string): {
  text: string;
  found: Map<string, { code: string[]; tests: string[] }>;
};
