import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../server/src/cli/main';
import { createAnalyzer } from '../../server/src/engine/analyzer';
import { buildBaseline, fingerprint, matchBaseline } from '../../server/src/engine/baseline';

const analyzer = createAnalyzer(path.join(__dirname, '..', '..'));

const DEPLOY = `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
    - name: a
      image: nginx:latest
`;

describe('baseline fingerprints', () => {
  it('survive lines inserted above the finding', () => {
    const finding = { ruleId: 'kubernetes/no-latest-image-tag', message: 'm', start: DEPLOY.indexOf('nginx'), end: DEPLOY.indexOf('nginx') + 12 };
    const shifted = `# a comment\n# another\n${DEPLOY}`;
    const moved = { ...finding, start: finding.start + 22, end: finding.end + 22 };
    assert.equal(fingerprint(DEPLOY, finding), fingerprint(shifted, moved));
    const baseline = buildBaseline([{ file: 'd.yaml', text: DEPLOY, findings: [{ ...finding, severity: 'warning', fixes: [] }] }]);
    assert.deepEqual(matchBaseline(baseline, 'd.yaml', shifted, [moved]).fresh, []);
  });

  it('let each entry absorb one finding, so a second copy of a problem is new', () => {
    const twice = `${DEPLOY}---\n${DEPLOY}`;
    const at = (n: number) => {
      const start = twice.indexOf('nginx', n);
      return { ruleId: 'r', message: 'm', start, end: start + 12 };
    };
    const first = at(0);
    const second = at(first.end);
    const baseline = buildBaseline([{ file: 'd.yaml', text: twice, findings: [{ ...first, severity: 'warning', fixes: [] }] }]);
    const { known, fresh } = matchBaseline(baseline, 'd.yaml', twice, [first, second]);
    assert.equal(known.length, 1);
    assert.equal(fresh.length, 1);
    assert.deepEqual(matchBaseline(baseline, 'other.yaml', twice, [first]).fresh.length, 1, 'entries belong to their file');
  });
});

describe('CLI baseline and configuration', () => {
  function workspace(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-'));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }
  function cli(dir: string, ...args: string[]) {
    let out = '';
    let err = '';
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const code = runCli(args, { out: (t) => (out += t), err: (t) => (err += t) }, () => analyzer, '0.0.0');
      return { code, out, err };
    } finally {
      process.chdir(cwd);
    }
  }

  it('records findings, then shows only new ones, even after lines move', () => {
    const dir = workspace({ 'k8s/d.yaml': DEPLOY });
    assert.match(cli(dir, 'baseline', '.').out, /^Recorded \d+ findings from 1 files in \.backend-guidance-baseline\.json\.\n$/);
    assert.ok(fs.existsSync(path.join(dir, '.backend-guidance-baseline.json')));
    const clean = cli(dir, 'check', '.', '--format', 'json');
    assert.deepEqual((JSON.parse(clean.out) as { findings: unknown[] }).findings, []);
    assert.match(clean.err, /known findings hidden by the baseline/);
    fs.writeFileSync(path.join(dir, 'k8s/d.yaml'), `# moved down\n${DEPLOY}---\n${DEPLOY.replace('name: p', 'name: q').replace('nginx:latest', 'redis')}`);
    const fresh = JSON.parse(cli(dir, 'check', '.', '--format', 'json').out) as { findings: Array<{ ruleId: string; range: { start: { line: number } } }> };
    assert.ok(fresh.findings.length > 0);
    assert.ok(fresh.findings.every((f) => f.range.start.line >= 9), 'only the new document is reported');
    const all = JSON.parse(cli(dir, 'check', '.', '--format', 'json', '--no-baseline').out) as { findings: unknown[] };
    assert.ok(all.findings.length > fresh.findings.length);
    assert.equal(cli(dir, 'check', '.', '--baseline', 'missing.json').code, 2);
  });

  it('reads the nearest .backend-guidance.yaml, and reports its problems as findings', () => {
    const dir = workspace({ '.backend-guidance.yaml': 'rules:\n  kubernetes/no-latest-image-tag: error\nignore:\n  - generated/\n', 'd.yaml': DEPLOY, 'generated/g.yaml': DEPLOY });
    const result = JSON.parse(cli(dir, 'check', '.', '--format', 'json', '--fail-on', 'none').out) as { findings: Array<{ ruleId: string; severity: string; file: string }> };
    const image = result.findings.filter((f) => f.ruleId === 'kubernetes/no-latest-image-tag');
    assert.deepEqual(image.map((f) => [f.file, f.severity]), [['d.yaml', 'error']]);
    fs.writeFileSync(path.join(dir, '.backend-guidance.yaml'), 'rules:\n  kubernetes/no-latest-image-tagg: error\n');
    const broken = cli(dir, 'check', 'd.yaml', '--format', 'json');
    const config = (JSON.parse(broken.out) as { findings: Array<{ ruleId: string; file: string; message: string; range: { start: { line: number; character: number } } }> }).findings.filter((f) => f.ruleId === 'config');
    assert.equal(config.length, 1);
    assert.equal(config[0]?.file, '.backend-guidance.yaml');
    assert.deepEqual(config[0]?.range.start, { line: 1, character: 2 });
    assert.equal(broken.code, 1, 'a broken configuration fails the check');
  });
});
