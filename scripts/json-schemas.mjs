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

const docText = (node) => {
  const doc = ts.getJSDocCommentsAndTags(node).findLast(ts.isJSDoc);
  const text = ts.getTextOfJSDocComment(doc?.comment);
  return text === undefined ? undefined : text.replace(/\s+/g, ' ').trim();
};

/**
 * The doc comments on the properties of the object literals in src/ (the shapes given to
 * `z.strictObject`, the payloads of case events, `base`): `[{ file, keys, docs }]`, one per
 * literal with at least one property documented.
 */
export function propertyDocs() {
  const literals = [];
  const files = readdirSync(new URL('src/', root), { recursive: true }).filter((f) => f.endsWith('.ts'));
  for (const path of files) {
    const text = readFileSync(new URL(`src/${path}`, root), 'utf8');
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const keys = [];
        const docs = new Map();
        for (const property of node.properties) {
          if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
          const name = property.name.getText(source).replace(/^['"]|['"]$/g, '');
          keys.push(name);
          const said = docText(property);
          if (said !== undefined) docs.set(name, said);
        }
        if (docs.size > 0) literals.push({ file: path, keys, docs });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return literals;
}

/** The file in src/ that declares each exported constant, by name. */
function declaringFiles() {
  const files = new Map();
  for (const path of readdirSync(new URL('src/', root), { recursive: true }).filter((f) =>
    f.endsWith('.ts'),
  )) {
    const text = readFileSync(new URL(`src/${path}`, root), 'utf8');
    for (const match of text.matchAll(/^export const (\w+)/gm)) files.set(match[1], path);
  }
  return files;
}

/**
 * Gives each property of each object in a JSON Schema the doc comment of its field in src/: from a
 * literal with the same keys anywhere, or with some of them in the file that declares the schema
 * (a case event's payload and `base`). A description that says what the library checks beyond
 * the schema is kept after the field's own.
 */
function describeProperties(node, literals, file) {
  if (Array.isArray(node)) {
    for (const item of node) describeProperties(item, literals, file);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  if (typeof node.properties === 'object' && node.properties !== null && !Array.isArray(node.properties)) {
    const keys = Object.keys(node.properties);
    const fits = literals
      .filter(
        (literal) =>
          literal.keys.every((key) => keys.includes(key)) &&
          (literal.keys.length === keys.length || literal.file === file),
      )
      .sort((a, b) => b.keys.length - a.keys.length);
    for (const key of keys) {
      const said = fits.find((literal) => literal.docs.has(key))?.docs.get(key);
      const property = node.properties[key];
      if (said === undefined || typeof property !== 'object' || property === null) continue;
      const beyond =
        typeof property.description === 'string' && property.description.includes('Beyond the schema');
      property.description =
        beyond && property.description !== said ? `${said} ${property.description}` : said;
    }
  }
  for (const value of Object.values(node)) describeProperties(value, literals, file);
}

/** Canonical IANA zone names this runtime knows, and UTC. */
const zones = () => [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();

/**
 * Every exported `...Schema` of `lib` (the package's namespace, from dist/ or src/) as a JSON
 * Schema, by title (`CivilDate`), sorted; `missing` names the schemas with no description.
 */
export function jsonSchemas(lib) {
  const summaries = docSummaries();
  const literals = propertyDocs();
  const files = declaringFiles();
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
    describeProperties(schema, literals, files.get(name));
    schemas.set(title, { $schema, $id: `${SCHEMA_BASE}${title}.json`, title, description: said, ...schema });
  }
  return { schemas, missing };
}
