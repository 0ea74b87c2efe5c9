// Writes docs/rules/<domain>/<name>.md and the index docs/rules.md from the catalog.
// `--check` fails when the committed pages differ from what the catalog would produce.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCatalog } from '../knowledge/load';
import { ruleMarkdown } from '../knowledge/render';

const root = path.join(__dirname, '..');
const catalog = loadCatalog(path.join(root, 'knowledge'));
const pages = new Map<string, string>();
const entries = [...catalog.rules.values()].sort((a, b) => a.id.localeCompare(b.id));
for (const entry of entries) pages.set(path.join('docs', 'rules', `${entry.id}.md`), ruleMarkdown(entry, { examples: true }) + '\n');
const index = ['# Rules', '', `${entries.length} rules. Each page says why the practice matters, how to fix it, and where it comes from.`, '', '| Rule | Severity | Category | Topic | OWASP API 2023 | Fix |', '|---|---|---|---|---|---|'];
for (const e of entries) index.push(`| [${e.id}](rules/${e.id}.md) | ${e.severity} | ${e.category} | ${e.topic} | ${e.owasp ?? ''} | ${fixLabel(e.id)} |`);
pages.set(path.join('docs', 'rules.md'), index.join('\n') + '\n');

// The JSON schema that editors (Red Hat YAML, VS Code's JSON support) use for completion in
// .backend-guidance.yaml/.json; it mirrors server/src/config/schema.ts.
const severity = { enum: ['off', 'hint', 'info', 'warning', 'error'] };
const ruleSetting = { oneOf: [severity, { type: 'array', minItems: 1, maxItems: 2, items: [severity, { type: 'object' }] }] };
const ruleProperties = Object.fromEntries(entries.map((e) => [e.id, { ...ruleSetting, description: `${e.title} (default: ${e.severity}).` }]));
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Backend Guidance configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    extends: { description: 'Configuration file(s) to start from, relative to this one.', oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    profile: { enum: ['recommended', 'strict', 'minimal'], description: 'recommended: catalog severities; strict: every rule on; minimal: errors and security warnings only.' },
    kubernetesVersion: { type: 'string', pattern: '^1\\.[0-9]{1,2}$', description: 'Target Kubernetes version for deprecated-API checks (default 1.31).' },
    rules: { type: 'object', properties: ruleProperties, additionalProperties: false, description: 'Severity per rule, or [severity, options].' },
    ignore: { type: 'array', items: { type: 'string' }, description: 'Glob patterns, relative to this file, of files to leave alone.' },
    categories: { type: 'object', additionalProperties: false, properties: Object.fromEntries(['security', 'reliability', 'scalability', 'performance', 'observability', 'api-design', 'operability'].map((c) => [c, { type: 'boolean' }])) },
  },
};
pages.set(path.join('schemas', 'backend-guidance.schema.json'), JSON.stringify(schema, null, 2) + '\n');

function fixLabel(id: string): string {
  // Imported lazily so the docs script stays usable while a rule file is mid-edit.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { allRules } = require('../server/src/rules') as typeof import('../server/src/rules');
  return allRules.find((r) => r.id === id)?.fix ?? 'none';
}

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, text] of pages) {
  const full = path.join(root, file);
  const current = fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
  if (current === text) continue;
  stale++;
  if (check) console.error(`stale: ${file}`);
  else {
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
}
if (check && stale) process.exit(1);
console.log(check ? `docs up to date (${pages.size} pages)` : `wrote ${stale} of ${pages.size} pages`);
