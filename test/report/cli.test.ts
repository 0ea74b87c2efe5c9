import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../../server/src/cli/main';
import { createAnalyzer } from '../../server/src/engine/analyzer';

const ROOT = path.join(__dirname, '..', '..');
const analyzer = createAnalyzer(ROOT);

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

describe('backend-guidance report', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-report-cli-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const written = (format: string): string => {
    const file = path.join(dir, `report.${format}`);
    const { code, out, err } = cli('report', 'examples', '--format', format, '-o', file);
    assert.equal(code, 0, err);
    assert.equal(out, '', 'nothing on stdout when writing a file');
    assert.match(err, /report of 6 files \(\d+ findings, score \d+\) written to /);
    return fs.readFileSync(file, 'utf8');
  };

  it('writes Markdown with -o', () => {
    const md = written('md');
    assert.match(md, /^# Backend Guidance — workspace report\n/);
    assert.match(md, /^\| compose service api \| compose service postgres \| depends\\_on \(service\\_healthy\) \|$/m);
  });

  it('writes self-contained HTML with -o', () => {
    const html = written('html');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-[A-Za-z0-9+/=]+&#39;; script-src &#39;nonce-[A-Za-z0-9+/=]+&#39;; img-src data:">/);
    assert.match(html, />postgres<\/text>/);
    assert.doesNotMatch(html, /\s(src|href)="(https?:)?\/\//, 'nothing is loaded from anywhere');
  });

  it('writes SARIF with -o', () => {
    const sarif = JSON.parse(written('sarif')) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0]?.results.some((r) => r.ruleId === 'compose/no-privileged'));
  });

  it('writes the model as JSON with -o', () => {
    const json = JSON.parse(written('json')) as { score: number; graph: { nodes: Array<{ name: string }> }; files: unknown[] };
    assert.equal(json.files.length, 6);
    assert.ok(json.graph.nodes.some((n) => n.name === 'redis'));
  });

  it('prints Markdown on stdout by default, and refuses an unknown format', () => {
    const { code, out } = cli('report', 'examples/compose.yaml');
    assert.equal(code, 0);
    assert.match(out, /^\*\*Score: \d+\/100 \(grade [A-F]\)\*\* · 1 file ·/m);
    const bad = cli('report', 'examples', '--format', 'pdf');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /report --format must be md, html, sarif, json, not "pdf"/);
    assert.equal(cli('report', 'no/such/folder').code, 2);
  });

  it('is in the help', () => {
    assert.match(cli('help').out, /backend-guidance report \[paths…\] \[--format md\|html\|sarif\|json\] \[-o FILE\]/);
  });
});
