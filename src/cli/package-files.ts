// Files the package ships beside the command line (schemas/, examples/), found from where the
// running code sits: dist/cli.js when installed, src/cli/ when run from the repository.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root: the nearest folder above this file holding a package.json. */
function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

/** A file's path in the package, e.g. `schemas/Policy.json`. */
export const packageFile = (path: string): string => join(packageRoot(), path);
