import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { loadCatalog, loadCatalogFor, serializeCatalog } from '../../knowledge/load';
import { allRules } from '../../server/src/rules';
import { lint } from '../helpers/rule-tester';

const ROOT = path.join(__dirname, '..', '..');
const catalog = loadCatalog(path.join(ROOT, 'knowledge'));

function examplePath(kind: string, flavor: string): string {
  const ext = flavor === 'json' ? 'json' : 'yaml';
  return kind === 'compose' ? 'file:///examples/compose.yaml' : kind === 'openapi' ? `file:///examples/openapi.${ext}` : `file:///examples/manifest.${ext}`;
}

describe('knowledge catalog', () => {
  it('reads back from its bundled JSON form exactly as from the YAML files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-catalog-'));
    try {
      fs.writeFileSync(path.join(dir, 'catalog.json'), serializeCatalog(catalog));
      const bundled = loadCatalogFor(dir);
      assert.deepEqual([...bundled.rules.entries()], [...catalog.rules.entries()]);
      assert.deepEqual(bundled.topics, catalog.topics);
      fs.writeFileSync(path.join(dir, 'catalog.json'), '{"rules": 3}');
      assert.throws(() => loadCatalogFor(dir), /not a catalog; rebuild/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is the copy the build wrote beside the bundles', { skip: !fs.existsSync(path.join(ROOT, 'dist', 'catalog.json')) && 'no build' }, () => {
    assert.deepEqual([...loadCatalogFor(path.join(ROOT, 'dist')).rules.keys()], [...catalog.rules.keys()]);
  });

  it('has exactly one entry per rule and one rule per entry', () => {
    assert.deepEqual([...catalog.rules.keys()].sort(), allRules.map((r) => r.id).sort());
    assert.equal(new Set(allRules.map((r) => r.id)).size, allRules.length, 'two rules share an id');
  });

  for (const rule of allRules) {
    describe(rule.id, () => {
      const entry = catalog.rules.get(rule.id);
      it('has an entry whose id prefix matches the kind the rule applies to', () => {
        assert.ok(entry);
        assert.equal(rule.id.split('/')[0], rule.appliesTo);
      });
      it('fires on its bad example and not on its good one', () => {
        assert.ok(entry);
        const file = examplePath(rule.appliesTo, entry.examples.flavor);
        const bad = lint(entry.examples.bad, file, [rule]).filter((f) => f.ruleId === rule.id);
        const good = lint(entry.examples.good, file, [rule]).filter((f) => f.ruleId === rule.id);
        assert.ok(bad.length > 0, 'the bad example does not fire');
        assert.deepEqual(good.map((f) => f.message), [], 'the good example fires');
        const syntax = lint(entry.examples.good, file, []).filter((f) => f.ruleId === 'syntax');
        assert.deepEqual(syntax, [], 'the good example does not parse');
      });
      it('words every message as one sentence', () => {
        for (const message of Object.values<string>(rule.messages)) assert.match(message, /^[A-Z"`].*[.]$/s, message);
      });
    });
  }

  it('explains the well-known keys on hover', () => {
    const keys = (kind: 'compose' | 'kubernetes' | 'openapi'): Set<string> => new Set(catalog.topics.flatMap((t) => t.keys[kind] ?? []));
    for (const key of ['resources', 'livenessProbe', 'readinessProbe', 'image']) assert.ok(keys('kubernetes').has(key), key);
    for (const key of ['depends_on', 'healthcheck', 'image']) assert.ok(keys('compose').has(key), key);
    for (const key of ['securitySchemes', 'paths']) assert.ok(keys('openapi').has(key), key);
  });

  it('keeps the generated rule pages in docs/ in step with the catalog', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-docs.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr + run.stdout + '\nRun `npm run docs` to regenerate.');
  });
});
