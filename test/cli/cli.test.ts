import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../server/src/cli/main';
import { collationRanks } from '../../server/src/cli/report';
import { createAnalyzer } from '../../server/src/engine/analyzer';

const ROOT = path.join(__dirname, '..', '..');
const analyzer = createAnalyzer(ROOT);
const FLAWED = 'test/fixtures/cli/flawed';
const CLEAN = 'test/fixtures/cli/clean';

function cli(...args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const code = runCli(args, { out: (t) => (out += t), err: (t) => (err += t) }, () => analyzer, '9.9.9');
    return { code, out, err };
  } finally {
    process.chdir(cwd);
  }
}

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  help?: { text: string; markdown: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }>;
}

interface SarifLog {
  version: string;
  $schema: string;
  runs: Array<{ tool: { driver: { name: string; version: string; rules: SarifRule[] } }; results: SarifResult[] }>;
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  fixable: boolean;
}

describe('backend-guidance check', () => {
  it('prints file:line:col findings and a summary, and exits 1 on errors', () => {
    const { code, out } = cli('check', FLAWED);
    assert.equal(code, 1);
    assert.match(out, /^test\/fixtures\/cli\/flawed\/deploy\.yaml:11:18 {2}warning {2}Container "web" uses the floating image "nginx:latest"; pin a version tag or a digest\. {2}kubernetes\/no-latest-image-tag/m);
    assert.match(out, /^test\/fixtures\/cli\/flawed\/broken\.yaml:3:\d+ {2}error /m);
    assert.match(out, /^2 problems \(1 error, 1 warning, 0 info, 0 hints\) in 2 of 2 files\.\n$/m);
  });

  it('honours --fail-on', () => {
    assert.equal(cli('check', `${FLAWED}/deploy.yaml`).code, 0, 'warnings alone do not fail by default');
    assert.equal(cli('check', `${FLAWED}/deploy.yaml`, '--fail-on', 'warning').code, 1);
    assert.equal(cli('check', FLAWED, '--fail-on=none').code, 0);
  });

  it('says so when there is nothing to report, and ignores YAML that is not ours', () => {
    const { code, out } = cli('check', CLEAN);
    assert.equal(code, 0);
    assert.equal(out, 'No problems in 2 files.\n');
  });

  it('prints JSON with 0-based LSP positions', () => {
    const { out } = cli('check', `${FLAWED}/deploy.yaml`, '--format', 'json');
    const parsed = JSON.parse(out) as { findings: JsonFinding[] };
    assert.deepEqual(parsed.findings, [
      {
        ruleId: 'kubernetes/no-latest-image-tag',
        severity: 'warning',
        message: 'Container "web" uses the floating image "nginx:latest"; pin a version tag or a digest.',
        file: 'test/fixtures/cli/flawed/deploy.yaml',
        range: { start: { line: 10, character: 17 }, end: { line: 10, character: 29 } },
        fixable: false,
      },
    ]);
  });

  it('prints SARIF 2.1.0 that code scanning accepts', () => {
    const { out } = cli('check', FLAWED, '--format', 'sarif');
    const log = JSON.parse(out) as SarifLog;
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    const run = log.runs[0];
    assert.ok(run);
    assert.equal(run.tool.driver.name, 'backend-guidance');
    assert.equal(run.tool.driver.version, '9.9.9');
    for (const result of run.results) {
      const indexed: SarifRule | undefined = run.tool.driver.rules[result.ruleIndex];
      assert.equal(indexed?.id, result.ruleId, 'ruleIndex points at the rule');
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      const location = result.locations[0]?.physicalLocation;
      assert.ok(location);
      assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(!location.artifactLocation.uri.startsWith('/'));
      assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
    }
    const image = run.results.find((r) => r.ruleId === 'kubernetes/no-latest-image-tag');
    assert.deepEqual(image?.locations[0]?.physicalLocation.region, { startLine: 11, startColumn: 18, endLine: 11, endColumn: 30 });
    const rule = run.tool.driver.rules.find((r) => r.id === 'kubernetes/no-latest-image-tag');
    assert.match(rule?.help?.markdown ?? '', /Why it matters/);
  });

  it('exits 2 with a clear message for a missing path, an unreadable file and a bad option', () => {
    const missing = cli('check', 'no/such/place.yaml');
    assert.equal(missing.code, 2);
    assert.equal(missing.err, 'backend-guidance: No such file or folder: no/such/place.yaml\n');
    const unreadable = cli('check', '/proc/self/mem');
    assert.equal(unreadable.code, 2);
    assert.match(unreadable.err, /backend-guidance: error: cannot read \/proc\/self\/mem: EIO/);
    assert.equal(cli('check', '--format', 'xml').code, 2);
    assert.equal(cli('check', '--fail-on', 'sometimes').code, 2);
    assert.equal(cli('frobnicate').code, 2);
  });
});

describe('the order of findings', () => {
  it('ranks files and rule ids as localeCompare orders them, equal under the collation sharing a rank', () => {
    const texts = ['b.yaml', 'a.yaml', 'B.yaml', 'a.yaml', '\u00e9.yaml', 'e\u0301.yaml', 'z.yaml'];
    const ranks = collationRanks(texts);
    const byRank = [...new Set(texts)].sort((x, y) => (ranks.get(x) as number) - (ranks.get(y) as number) || x.localeCompare(y));
    assert.deepEqual(byRank, [...new Set(texts)].sort((x, y) => x.localeCompare(y)));
    assert.equal(ranks.get('\u00e9.yaml'), ranks.get('e\u0301.yaml'));
    assert.notEqual(ranks.get('a.yaml'), ranks.get('b.yaml'));
    for (const x of texts) for (const y of texts) assert.equal(Math.sign((ranks.get(x) as number) - (ranks.get(y) as number)), Math.sign(x.localeCompare(y)), `${x} vs ${y}`);
  });
});

describe('backend-guidance rules', () => {
  it('lists the catalog as JSON with kinds, topics and fixability', () => {
    const { code, out } = cli('rules', '--format', 'json');
    assert.equal(code, 0);
    const rules = JSON.parse(out) as Array<{ id: string; kind: string; title: string; severity: string; category: string; topics: string[]; fixable: boolean }>;
    assert.equal(rules.length, analyzer.rules.length);
    const image = rules.find((r) => r.id === 'kubernetes/no-latest-image-tag');
    assert.deepEqual(image, { id: 'kubernetes/no-latest-image-tag', kind: 'kubernetes', title: 'Container images are pinned to a version or digest', severity: 'warning', category: 'reliability', topics: ['container-images'], fixable: false });
    for (const r of rules) if (r.kind === 'openapi' && r.category === 'security') assert.ok(r.topics.some((t) => /^API\d+:2023$/.test(t)), `${r.id} names no OWASP category`);
  });
});

describe('the built binary', () => {
  it('runs from dist/cli.js as the package bin', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', FLAWED, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    assert.equal((JSON.parse(run.stdout) as { findings: unknown[] }).findings.length, 2);
  });

  it('stops quietly, with its status, when the reader closes the pipe early (`| head`)', () => {
    // More output than a pipe holds (64 KiB), so the CLI is still writing when the reader leaves.
    const corpus = path.join(ROOT, '..', 'shared', 'corpus', 'k8s');
    const script = `"${process.execPath}" "${path.join(ROOT, 'dist', 'cli.js')}" check "${corpus}" --format json $0 | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`;
    for (const [failOn, status] of [['--fail-on=none', 0], ['--fail-on=info', 1]] as const) {
      const run = spawnSync('bash', ['-c', script, failOn], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(run.stderr.trim(), `status=${status}`);
    }
  });

  it('validates a configuration file with the zod it loads from dist/zod.js', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-cli-config-'));
    try {
      fs.writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx:latest\n');
      fs.writeFileSync(path.join(dir, '.backend-guidance.yaml'), 'rules:\n  compose/no-latest-image-tag: off\n');
      const valid = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '.', '--format', 'json', '--fail-on', 'none'], { cwd: dir, encoding: 'utf8' });
      assert.equal(valid.status, 0, valid.stderr);
      const ids = (JSON.parse(valid.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId);
      assert.ok(ids.length > 0 && !ids.includes('compose/no-latest-image-tag'), ids.join(', '));
      fs.writeFileSync(path.join(dir, '.backend-guidance.yaml'), 'rules:\n  compose/no-latest-image-tag: sometimes\n');
      const invalid = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '.', '--format', 'json', '--fail-on', 'none'], { cwd: dir, encoding: 'utf8' });
      const problems = (JSON.parse(invalid.stdout) as { findings: Array<{ ruleId: string; message: string }> }).findings.filter((f) => f.ruleId === 'config');
      assert.ok(problems.some((f) => f.message.includes('rules.compose/no-latest-image-tag')), JSON.stringify(problems));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('backend-guidance check on examples/', () => {
  it('finds problems of every kind, identically in text, JSON and SARIF', () => {
    const json = JSON.parse(cli('check', 'examples', '--format', 'json', '--fail-on', 'none').out) as { findings: JsonFinding[] };
    const kinds = new Set(json.findings.map((f) => f.ruleId.split('/')[0]));
    assert.deepEqual([...kinds].sort(), ['compose', 'kubernetes', 'openapi']);
    assert.ok(json.findings.some((f) => f.file === 'examples/openapi/inventory.json'), 'JSON OpenAPI is analysed');
    const text = cli('check', 'examples', '--fail-on', 'none');
    assert.equal(text.code, 0);
    assert.equal(text.out.split('\n').filter((l) => l.startsWith('examples/')).length, json.findings.length);
    const sarif = JSON.parse(cli('check', 'examples', '--format', 'sarif').out) as SarifLog;
    const results = sarif.runs[0]?.results ?? [];
    assert.equal(results.length, json.findings.length);
    results.forEach((r, i) => {
      const f = json.findings[i];
      assert.ok(f);
      assert.equal(r.ruleId, f.ruleId);
      assert.deepEqual(r.locations[0]?.physicalLocation.region, { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 });
      assert.equal(r.locations[0]?.physicalLocation.artifactLocation.uri, f.file);
    });
    for (const rule of sarif.runs[0]?.tool.driver.rules ?? []) assert.ok(rule.help?.markdown, `${rule.id} has no help`);
  });
});
