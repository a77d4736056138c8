// The JSON Schemas of the package's exported zod schemas, inputs and outputs: what
// emit-json-schemas.mjs writes into schemas/ and test/schemas/ checks with a validator of its own.
//
// Each has a stable `$id` under the package's repository, a `title` (the export's name without
// `Schema`) and a `description`: the schema's own `.meta({ description })` in src, or else the
// summary of its doc comment in src. Refinements JSON Schema can say are in the schemas' `.meta()`
// in src; where it cannot, the description says what the library checks beyond. A discriminated
// union gets an OpenAPI-style `discriminator`, so a validator reports a bad case event under its
// own `type`; the time zone gets the zone names of the runtime that builds it (the library asks
// the runtime, so the list is not in src).
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { z } from 'zod';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** Where the schemas are named from: the repository, never a version, so `$id`s stay stable. */
export const SCHEMA_BASE = `${pkg.homepage.replace(/#.*$/, '')}/schemas/`;

/** The summary (the text before the first tag) of each exported constant's doc comment in src/, by name. */
export function docSummaries() {
  const summaries = new Map();
  const files = readdirSync(new URL('src/', root), { recursive: true }).filter((f) => f.endsWith('.ts'));
  for (const path of files) {
    const text = readFileSync(new URL(`src/${path}`, root), 'utf8');
    if (!text.includes('Schema')) continue;
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      const doc = ts.getJSDocCommentsAndTags(statement).findLast(ts.isJSDoc);
      const comment = ts.getTextOfJSDocComment(doc?.comment);
      if (comment === undefined) continue;
      for (const declaration of statement.declarationList.declarations) {
        summaries.set(declaration.name.getText(source), comment.replace(/\s+/g, ' ').trim());
      }
    }
  }
  return summaries;
}

/** Canonical IANA zone names this runtime knows, and UTC. */
const zones = () => [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();

/**
 * Every exported `...Schema` of `lib` (the package's namespace, from dist/ or src/) as a JSON
 * Schema, by title (`CivilDate`), sorted; `missing` names the schemas with no description.
 */
export function jsonSchemas(lib) {
  const summaries = docSummaries();
  const zoneNames = zones();
  const override = ({ zodSchema, jsonSchema }) => {
    const def = zodSchema._zod.def;
    if (def.type === 'union' && typeof def.discriminator === 'string' && Array.isArray(jsonSchema.oneOf)) {
      jsonSchema.type = 'object';
      jsonSchema.discriminator = { propertyName: def.discriminator };
    }
    if (zodSchema === lib.TimeZoneSchema) jsonSchema.enum = zoneNames;
  };
  const schemas = new Map();
  const missing = [];
  const exported = Object.entries(lib)
    .filter(([name, value]) => name.endsWith('Schema') && value instanceof z.ZodType)
    .sort(([a], [b]) => a.localeCompare(b));
  for (const [name, zodSchema] of exported) {
    const title = name.replace(/Schema$/, '');
    const {
      $schema,
      title: _title,
      description,
      ...schema
    } = z.toJSONSchema(zodSchema, {
      io: 'input',
      unrepresentable: 'any',
      override,
    });
    // A schema with a `$defs` name of its own (CivilDate) is a `$ref` to it: its description is there.
    const named = schema.$ref?.startsWith('#/$defs/') ? schema.$defs[schema.$ref.slice(8)] : undefined;
    const said = description ?? named?.description ?? summaries.get(name);
    if (said === undefined) missing.push(name);
    schemas.set(title, { $schema, $id: `${SCHEMA_BASE}${title}.json`, title, description: said, ...schema });
  }
  return { schemas, missing };
}
