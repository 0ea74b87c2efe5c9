import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lsp-client';

const ROOT = path.join(__dirname, '..', '..');
const GUARD = path.join(ROOT, 'test', 'fixtures', 'security', 'guard.cjs');

/** A workspace that tries its luck: code-looking files, URLs everywhere, remote $refs. */
function hostileWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-hostile-ws-'));
  fs.writeFileSync(path.join(dir, '.backend-guidance.yaml'), 'extends: https://example.invalid/config.yaml\nrules:\n  kubernetes/require-probes: off\n');
  fs.writeFileSync(path.join(dir, '.backend-guidance.js'), "require('child_process').execSync('touch pwned')\n");
  fs.writeFileSync(path.join(dir, 'backend-guidance.config.js'), "throw new Error('executed')\n");
  fs.writeFileSync(
    path.join(dir, 'openapi.yaml'),
    'openapi: 3.0.3\ninfo: { title: t, version: "1" }\nservers: [{ url: "http://127.0.0.1:9/x" }]\npaths:\n  /a:\n    get:\n      parameters: [{ $ref: "https://example.invalid/params.yaml#/p" }]\n      responses:\n        "200": { $ref: "http://127.0.0.1:9/responses.yaml#/ok" }\n',
  );
  fs.writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  web:\n    extends: { file: "http://127.0.0.1:9/base.yaml", service: web }\n    image: nginx:1.27\n');
  fs.writeFileSync(path.join(dir, 'deploy.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: { name: p, annotations: { x: "$(curl http://127.0.0.1:9)" } }\nspec:\n  containers:\n    - name: a\n      image: nginx:1.27\n      command: ["sh", "-c", "curl http://127.0.0.1:9"]\n');
  return dir;
}

describe('no network, no processes, no workspace code', () => {
  it('the CLI analyses a hostile workspace without any network call, process or foreign require', () => {
    const dir = hostileWorkspace();
    const log = path.join(dir, 'guard.log');
    const run = spawnSync(process.execPath, ['--require', GUARD, path.join(ROOT, 'dist', 'cli.js'), 'check', dir, '--format', 'json', '--fail-on', 'none'], { encoding: 'utf8', env: { ...process.env, BG_GUARD_LOG: log } });
    assert.equal(run.status, 0, run.stderr);
    assert.ok((JSON.parse(run.stdout) as { findings: unknown[] }).findings.length > 0);
    assert.equal(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '', '', 'the guard recorded forbidden calls');
    assert.ok(!fs.existsSync(path.join(dir, 'pwned')));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the guard itself catches a network call (so the tests above can fail)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-guard-'));
    const log = path.join(dir, 'guard.log');
    spawnSync(process.execPath, ['--require', GUARD, '-e', "try { require('https').get('https://example.invalid') } catch {}"], { env: { ...process.env, BG_GUARD_LOG: log } });
    assert.equal(fs.readFileSync(log, 'utf8'), 'https.get\n');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the language server analyses, hovers and fixes in a hostile workspace without any network call or process', async () => {
    const dir = hostileWorkspace();
    const log = path.join(dir, 'guard.log');
    const client = new LspClient(undefined, ['--require', GUARD], { ...process.env, BG_GUARD_LOG: log });
    await client.initialize();
    for (const name of ['openapi.yaml', 'compose.yaml', 'deploy.yaml']) {
      const uri = pathToFileURL(path.join(dir, name)).toString();
      await client.open(uri, fs.readFileSync(path.join(dir, name), 'utf8'));
      await client.diagnostics(uri);
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
    }
    await client.stop();
    assert.equal(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '', '');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the bundles contain no network client code of their own', () => {
    for (const bundle of ['server.js', 'cli.js']) {
      const text = fs.readFileSync(path.join(ROOT, 'dist', bundle), 'utf8');
      assert.doesNotMatch(text, /require\("(?:node:)?https?"\)|require\("(?:node:)?http2"\)|\bfetch\(/, `${bundle} can reach the network`);
    }
  });
});
