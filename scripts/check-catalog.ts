// Build-time gate: the catalog validates, and rules and entries match one to one.
import * as path from 'node:path';
import { loadCatalog, CatalogError } from '../knowledge/load';
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
  console.log(`catalog: ${catalog.rules.size} rules, ${catalog.topics.length} topics`);
} catch (error) {
  console.error(error instanceof CatalogError ? error.message : error);
  process.exit(1);
}
