// Build-time gate: the catalog validates, and rules and entries match one to one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUNDLED_CATALOG_FILE, CatalogError, loadCatalog, serializeCatalog } from '../knowledge/load';
import { allRules } from '../server/src/rules';

try {
  const catalog = loadCatalog(path.join(__dirname, '..', 'knowledge'));
  const ruleIds = new Set(allRules.map((r) => r.id));
  const missing = [...ruleIds].filter((id) => !catalog.rules.has(id));
  const orphans = [...catalog.rules.keys()].filter((id) => !ruleIds.has(id));
  if (missing.length || orphans.length) {
    console.error(`Catalog mismatch. Rules without an entry: ${missing.join(', ') || 'none'}. Entries without a rule: ${orphans.join(', ') || 'none'}.`);
    process.exit(1);
  }
  // The bundles read this validated copy instead of the YAML files (see loadCatalogFor).
  const dist = path.join(__dirname, '..', 'dist');
  fs.mkdirSync(dist, { recursive: true });
  fs.writeFileSync(path.join(dist, BUNDLED_CATALOG_FILE), serializeCatalog(catalog));
  console.log(`catalog: ${catalog.rules.size} rules, ${catalog.topics.length} topics`);
} catch (error) {
  console.error(error instanceof CatalogError ? error.message : error);
  process.exit(1);
}
