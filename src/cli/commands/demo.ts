import { pathToFileURL } from 'node:url';
import type { Command } from '../command.js';
import { packageFile } from '../package-files.js';

/** `demo`: the same as `npm run demo`. */
export const demoCommand: Command = {
  name: 'demo',
  summary: "the library's main job on the default policy, for a sample decision to restrict contact",
  usage: 'demo',
  details: 'Runs examples/demo.mjs, as npm run demo does.',
  options: {},
  async run() {
    await import(pathToFileURL(packageFile('examples/demo.mjs')).href);
    return 0;
  },
};
