// Prints the case machine's Mermaid diagram and transition table, generated from the transition
// table in dist/, with the markers docs/case.md carries them between. Run `npx tsup` first.
//   node scripts/case-diagram.mjs
import { caseDiagram, caseTransitionTable } from '../dist/index.js';

console.log(`<!-- case-diagram:start -->
\`\`\`mermaid
${caseDiagram()}
\`\`\`
<!-- case-diagram:end -->

<!-- case-transitions:start -->
${caseTransitionTable()}
<!-- case-transitions:end -->`);
