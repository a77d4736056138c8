import { readdir, readFile } from 'node:fs/promises';
import type { Command, Context } from '../command.js';
import { UsageError } from '../io.js';
import { packageFile } from '../package-files.js';

async function names(): Promise<string[]> {
  try {
    const files = await readdir(packageFile('schemas/'));
    return files
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.slice(0, -'.json'.length))
      .sort();
  } catch {
    throw new UsageError('No schemas/ folder beside the command line: run npm run build.');
  }
}

/** `schema`: a JSON Schema shipped in the package's schemas/. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of an input type (Policy, CaseEvent, Incident, ...), or list them',
  usage: 'schema [<TypeName>] [--json]',
  details: 'Prints schemas/<TypeName>.json, as shipped in the package. Without a name, lists the types.',
  options: {},
  async run(context: Context) {
    const [name] = context.positionals;
    const available = await names();
    if (name === undefined) {
      context.io.out(context.json ? `${JSON.stringify(available)}\n` : `${available.join('\n')}\n`);
      return 0;
    }
    if (!available.includes(name))
      throw new UsageError(`No schema named ${name}. Run "housing-conduct-rules schema" for the list.`);
    context.io.out(await readFile(packageFile(`schemas/${name}.json`), 'utf8'));
    return 0;
  },
};
