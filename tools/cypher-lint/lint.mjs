// Lints .cypher files with Neo4j's own Cypher 5 parser and semantic analysis (offline).
// Usage: node lint.mjs <file-or-folder>...   Prints one line per problem: file:line:col: severity: message
// Exit code 1 when any error is found. "Parameter $x is not defined" notices are expected for parameterised
// queries and are ignored.
import { readFileSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const files = process.argv.slice(2).flatMap(p =>
  statSync(p).isDirectory()
    ? readdirSync(p).filter(f => f.endsWith('.cypher')).sort().map(f => join(p, f))
    : [p]);

let errors = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const result = lintCypherQuery(text, {});
  const diagnostics = Array.isArray(result) ? result : (result.diagnostics ?? []);
  for (const d of diagnostics) {
    if (/Parameter \$\w+ is not defined/.test(d.message)) continue;
    const severity = d.severity === 1 ? 'error' : 'warning';
    if (severity === 'error') errors++;
    const line = (d.range?.start?.line ?? 0) + 1;
    const col = (d.range?.start?.character ?? 0) + 1;
    console.log(`${file}:${line}:${col}: ${severity}: ${d.message.replace(/\s+/g, ' ')}`);
  }
}
console.log(`linted ${files.length} file(s), ${errors} error(s)`);
process.exit(errors > 0 ? 1 : 0);
