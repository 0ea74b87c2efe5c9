import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { collectFiles } from '../../server/src/cli/files';
import { runCli } from '../../server/src/cli/main';
import { createAnalyzer } from '../../server/src/engine/analyzer';
import { LspClient, ROOT } from '../helpers/lsp-client';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

/** A copy of examples/ with a configuration that changes severities, profile, ignores and options. */
function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-parity-'));
  fs.cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, '.backend-guidance.yaml'),
    ['profile: strict', 'kubernetesVersion: "1.29"', 'rules:', '  kubernetes/require-probes: error', '  openapi/require-string-limits: off', '  kubernetes/require-resources: [warning, { requireCpuLimit: true }]', 'ignore:', '  - k8s/mesh.yaml', ''].join('\n'),
  );
  const compose = path.join(dir, 'compose.yaml');
  fs.writeFileSync(compose, fs.readFileSync(compose, 'utf8').replace(/^(\s*)privileged: true/m, '$1# backend-guidance-disable-next-line compose/no-privileged -- the worker needs it\n$1privileged: true'));
  return dir;
}

describe('editor and CLI give identical findings', () => {
  const dir = workspace();
  const client = new LspClient();
  before(() => client.initialize());
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('for every file of examples/ under a non-trivial configuration', async () => {
    let out = '';
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      runCli(['check', '.', '--format', 'json', '--fail-on', 'none', '--no-baseline'], { out: (t) => (out += t), err: () => undefined }, () => createAnalyzer(ROOT), '0');
    } finally {
      process.chdir(cwd);
    }
    const cli = (JSON.parse(out) as { findings: Array<{ ruleId: string; severity: string; file: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }> }).findings
      .map((f) => `${f.file.replace(/^\.\//, '')} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.severity} ${f.ruleId}`)
      .sort();
    assert.ok(cli.some((l) => l.includes('kubernetes/require-probes') && l.includes(' error ')), 'the override applies');
    assert.ok(!cli.some((l) => l.startsWith('k8s/mesh.yaml')), 'the ignore applies');
    assert.ok(!cli.some((l) => l.includes('compose/no-privileged')), 'the suppression applies');

    const editor: string[] = [];
    for (const file of collectFiles([dir])) {
      const uri = pathToFileURL(file).toString();
      const text = fs.readFileSync(file, 'utf8');
      await client.open(uri, text, file.endsWith('.json') ? 'json' : 'yaml');
      const published = await client.diagnostics(uri);
      const relative = path.relative(dir, file).split(path.sep).join('/');
      for (const d of published.diagnostics) editor.push(`${relative} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${SEVERITY[d.severity ?? 0]} ${String(d.code)}`);
    }
    assert.deepEqual(editor.sort(), cli);
  });
});
