import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { loadCatalog } from '../../knowledge/load';
import { effectiveConfig } from '../../server/src/config/effective';
import { globToRegExp } from '../../server/src/config/glob';
import { ConfigLoader } from '../../server/src/config/load';
import { validateConfig } from '../../server/src/config/validate';
import { parseFile } from '../../server/src/document/parse';
import type { FileProvider } from '../../server/src/engine/files';

const catalog = loadCatalog(path.join(__dirname, '..', '..', 'knowledge'));

function validate(text: string, name = '.backend-guidance.yaml') {
  const file = parseFile(`file:///repo/${name}`, text, name.endsWith('.json') ? 'json' : 'yaml');
  return { text, ...validateConfig(file, catalog, ['syntax']) };
}

function at(text: string, problem: { start: number; end: number }): string {
  return text.slice(problem.start, problem.end);
}

/** Files in memory that tests can change, like a user editing them. */
class MemoryFiles implements FileProvider {
  readonly texts = new Map<string, string>();
  read(uri: string) {
    const text = this.texts.get(uri);
    return text === undefined ? undefined : parseFile(uri, text, uri.endsWith('.json') ? 'json' : 'yaml');
  }
}

describe('configuration validation', () => {
  it('accepts every documented setting', () => {
    const { data, problems } = validate(
      'extends: ./base.yaml\nprofile: strict\nkubernetesVersion: "1.29"\nrules:\n  kubernetes/require-probes: error\n  kubernetes/require-resources: [warning, { requireCpuLimit: true }]\nignore:\n  - "charts/**"\ncategories:\n  observability: false\n',
    );
    assert.deepEqual(problems, []);
    assert.equal(data?.profile, 'strict');
  });

  it('points at an unknown rule id and suggests the closest one', () => {
    const r = validate('rules:\n  kubernetes/require-probe: error\n');
    assert.equal(r.problems.length, 1);
    assert.equal(at(r.text, r.problems[0] ?? { start: 0, end: 0 }), 'kubernetes/require-probe');
    assert.equal(r.problems[0]?.message, 'Unknown rule "kubernetes/require-probe"; did you mean "kubernetes/require-probes"?');
    assert.equal(r.data, undefined, 'an invalid configuration is not used');
  });

  it('points at a wrong severity, a wrong type, an unknown setting and a bad glob', () => {
    const r = validate('rules:\n  kubernetes/require-probes: loud\nignore: charts\nprofle: strict\n');
    const places = r.problems.map((p) => at(r.text, p));
    assert.ok(places.includes('loud'), places.join('|'));
    assert.ok(places.includes('charts'));
    assert.ok(places.includes('profle'));
    assert.ok(r.problems.some((p) => /did you mean "profile"/.test(p.message)));
    const glob = validate('ignore:\n  - "src/{a,b"\n');
    assert.equal(at(glob.text, glob.problems[0] ?? { start: 0, end: 0 }), '"src/{a,b"');
    assert.match(glob.problems[0]?.message ?? '', /^Invalid glob: Unclosed "\{"/);
  });

  it('gives exact ranges in a JSON configuration too', () => {
    const r = validate('{\n  "rules": { "compose/no-privileged": 3 }\n}', '.backend-guidance.json');
    assert.equal(at(r.text, r.problems[0] ?? { start: 0, end: 0 }), '3');
  });

  it('reports a YAML syntax error in the configuration', () => {
    const r = validate('rules: [\n');
    assert.ok(r.problems.length > 0);
  });
});

describe('effective configuration', () => {
  const dir = 'file:///repo/';
  it('starts from the catalog and applies profile, categories and rules in order', () => {
    const recommended = effectiveConfig(catalog, []);
    assert.equal(recommended.severityOf('compose/no-obsolete-version'), 'hint');
    const strict = effectiveConfig(catalog, [{ dir, data: { profile: 'strict' } }]);
    assert.equal(strict.severityOf('compose/no-obsolete-version'), 'info');
    const minimal = effectiveConfig(catalog, [{ dir, data: { profile: 'minimal' } }]);
    assert.equal(minimal.severityOf('kubernetes/require-probes'), 'off');
    assert.equal(minimal.severityOf('compose/no-privileged'), catalog.rules.get('compose/no-privileged')?.category === 'security' ? 'warning' : 'off');
    const noReliability = effectiveConfig(catalog, [{ dir, data: { categories: { reliability: false }, rules: { 'kubernetes/require-probes': 'error' } } }]);
    assert.equal(noReliability.severityOf('kubernetes/no-latest-image-tag'), 'off');
    assert.equal(noReliability.severityOf('kubernetes/require-probes'), 'error', 'an explicit rule setting wins over a category switch');
  });

  it('lets the file win over user settings, and the nearest file over its base', () => {
    const config = effectiveConfig(catalog, [{ dir, data: { rules: { 'kubernetes/require-probes': 'info' } } }, { dir: `${dir}app/`, data: { rules: { 'kubernetes/require-probes': 'error' } } }], { 'kubernetes/require-probes': 'hint', 'compose/no-privileged': 'off' });
    assert.equal(config.severityOf('kubernetes/require-probes'), 'error');
    assert.equal(config.severityOf('compose/no-privileged'), 'off');
  });

  it('passes rule options and the Kubernetes version to rules', () => {
    const config = effectiveConfig(catalog, [{ dir, data: { kubernetesVersion: '1.29', rules: { 'kubernetes/require-resources': ['warning', { requireCpuLimit: true }] } } }]);
    assert.deepEqual(config.optionsOf('kubernetes/require-resources'), { kubernetesVersion: '1.29', requireCpuLimit: true });
  });

  it('ignores files by glob relative to the configuration file', () => {
    const config = effectiveConfig(catalog, [{ dir, data: { ignore: ['charts/**', '*.generated.yaml', '/tmp'] } }]);
    assert.equal(config.isIgnored(`${dir}charts/a/b.yaml`), true);
    assert.equal(config.isIgnored(`${dir}k8s/x.generated.yaml`), true);
    assert.equal(config.isIgnored(`${dir}tmp/x.yaml`), true);
    assert.equal(config.isIgnored(`${dir}k8s/tmp.yaml`), false);
    assert.equal(config.isIgnored('file:///elsewhere/charts/a.yaml'), false);
  });

  it('translates globs precisely', () => {
    assert.ok(globToRegExp('**/*.yaml').test('a/b/c.yaml'));
    assert.ok(globToRegExp('*.{yml,yaml}').test('deep/x.yml'));
    assert.ok(!globToRegExp('k8s/*.yaml').test('k8s/a/b.yaml'));
    assert.ok(globToRegExp('k8s/').test('k8s/a/b.yaml'));
  });
});

describe('ConfigLoader', () => {
  it('finds the nearest file, follows extends, and keeps the last valid version while a file is broken', () => {
    const files = new MemoryFiles();
    files.texts.set('file:///repo/.backend-guidance.yaml', 'rules:\n  kubernetes/require-probes: info\n  compose/no-privileged: error\n');
    files.texts.set('file:///repo/services/.backend-guidance.yml', 'extends: ../.backend-guidance.yaml\nrules:\n  kubernetes/require-probes: error\n');
    const loader = new ConfigLoader(catalog, files);
    const inner = loader.forFile('file:///repo/services/api/deploy.yaml');
    assert.equal(inner.uri, 'file:///repo/services/.backend-guidance.yml');
    assert.equal(inner.config.severityOf('kubernetes/require-probes'), 'error');
    assert.equal(inner.config.severityOf('compose/no-privileged'), 'error', 'inherited through extends');
    assert.equal(loader.forFile('file:///repo/deploy.yaml').config.severityOf('kubernetes/require-probes'), 'info');

    files.texts.set('file:///repo/services/.backend-guidance.yml', 'extends: ../.backend-guidance.yaml\nrules:\n  kubernetes/require-probes: [[[\n');
    loader.invalidate();
    assert.equal(loader.forFile('file:///repo/services/api/deploy.yaml').config.severityOf('kubernetes/require-probes'), 'error', 'the last valid configuration stays in force');
    assert.ok(loader.problems('file:///repo/services/.backend-guidance.yml').length > 0);
  });

  it('reports an extends target that does not exist, and survives a cycle', () => {
    const files = new MemoryFiles();
    files.texts.set('file:///r/.backend-guidance.yaml', 'extends: ./a.yaml\n');
    files.texts.set('file:///r/a.yaml', 'extends: ./.backend-guidance.yaml\nrules:\n  compose/no-privileged: off\n');
    const loader = new ConfigLoader(catalog, files);
    assert.equal(loader.forFile('file:///r/compose.yaml').config.severityOf('compose/no-privileged'), 'off');
    files.texts.set('file:///r/.backend-guidance.yaml', 'extends: ./missing.yaml\n');
    loader.invalidate();
    const problems = loader.problems('file:///r/.backend-guidance.yaml');
    assert.equal(problems[0]?.message, 'The configuration "./missing.yaml" named in extends was not found.');
  });
});
