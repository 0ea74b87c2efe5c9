import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import type { Catalog, RuleEntry, TopicEntry } from './schema';

/** The zod schemas, loaded only on the YAML path: a bundle reading catalog.json never pays for zod. */
const schemas = (): typeof import('./schema') => require('./schema') as typeof import('./schema');

export class CatalogError extends Error {}

/** The knowledge/ folder, found from wherever the code runs (source tree or bundled dist/). */
export function findKnowledgeDir(from: string): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'knowledge');
    if (fs.existsSync(path.join(candidate, 'rules'))) return candidate;
    if (path.basename(dir) === 'knowledge' && fs.existsSync(path.join(dir, 'rules'))) return dir;
    dir = path.dirname(dir);
  }
  throw new CatalogError(`The knowledge catalog was not found above ${from}.`);
}

/**
 * The catalog as the build writes it beside the bundles (`dist/catalog.json`): already validated
 * by the build, so a bundled CLI or server starts without parsing ~190 YAML files (about 300 ms).
 */
export const BUNDLED_CATALOG_FILE = 'catalog.json';

interface BundledCatalog {
  rules: RuleEntry[];
  topics: TopicEntry[];
}

export function serializeCatalog(catalog: Catalog): string {
  const bundled: BundledCatalog = { rules: [...catalog.rules.values()], topics: [...catalog.topics] };
  return JSON.stringify(bundled);
}

/** The bundled catalog beside `codeDir` when there is one, else the YAML catalog above it. */
export function loadCatalogFor(codeDir: string): Catalog {
  const bundled = path.join(codeDir, BUNDLED_CATALOG_FILE);
  if (!fs.existsSync(bundled)) return loadCatalog(findKnowledgeDir(codeDir));
  let data: BundledCatalog;
  try {
    data = JSON.parse(fs.readFileSync(bundled, 'utf8')) as BundledCatalog;
  } catch (error) {
    throw new CatalogError(`${bundled}: not readable (${error instanceof Error ? error.message : String(error)}); rebuild with npm run build.`);
  }
  if (!Array.isArray(data.rules) || !Array.isArray(data.topics)) throw new CatalogError(`${bundled}: not a catalog; rebuild with npm run build.`);
  return { rules: new Map(data.rules.map((entry) => [entry.id, entry])), topics: data.topics };
}

export function loadCatalog(dir: string): Catalog {
  const rules = new Map<string, RuleEntry>();
  for (const file of yamlFiles(path.join(dir, 'rules'))) {
    const entry = validate(file, schemas().ruleEntrySchema);
    const expected = path.relative(path.join(dir, 'rules'), file).replace(/\\/g, '/').replace(/\.ya?ml$/, '');
    if (entry.id !== expected) throw new CatalogError(`${file}: id "${entry.id}" does not match its file name (${expected}).`);
    rules.set(entry.id, entry);
  }
  const topics: TopicEntry[] = yamlFiles(path.join(dir, 'topics')).map((file) => validate(file, schemas().topicEntrySchema));
  return { rules, topics };
}

function validate<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CatalogError(`${file}: not valid YAML: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new CatalogError(`${file}: ${problems}`);
}

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(full));
    else if (/\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}
