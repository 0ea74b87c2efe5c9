import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, LineIndex } from '../../server/src/document/source-range';
import { LspClient, uriOf } from '../helpers/lsp-client';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:latest
          ports:
            - containerPort: 8080
`;

function applyTextEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  return applyEdits(text, edits.map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), text: e.newText })));
}

function messageText(message: Diagnostic['message'] | undefined): string {
  return typeof message === 'string' ? message : (message?.value ?? '');
}

function byRule(diagnostics: Diagnostic[], id: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === id);
}

describe('language server over stdio', () => {
  const client = new LspClient();
  before(async () => {
    const init = await client.initialize();
    assert.equal(init.capabilities.hoverProvider, true);
    assert.deepEqual((init.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.backendGuidance']);
  });
  after(() => client.stop());

  it('publishes diagnostics with exact ranges, code, source, docs link, and data naming the finding of those with fixes', async () => {
    const uri = uriOf('deployment.yaml');
    await client.open(uri, DEPLOYMENT);
    const published = await client.diagnostics(uri);
    assert.equal(published.version, 1);
    const [image] = byRule(published.diagnostics, 'kubernetes/no-latest-image-tag');
    assert.ok(image, JSON.stringify(published.diagnostics));
    assert.deepEqual(image.range, { start: { line: 10, character: 17 }, end: { line: 10, character: 40 } });
    assert.equal(image.source, 'backend-guidance');
    assert.match(image.codeDescription?.href ?? '', /^file:\/\/.*docs\/rules\/kubernetes\/no-latest-image-tag\.md$/);
    assert.equal(image.message, 'Container "api" uses the floating image "ghcr.io/acme/api:latest"; pin a version tag or a digest.');
    assert.equal(image.data, undefined, 'no fix, nothing to come back for');
    const fixable = published.diagnostics.filter((d) => d.data !== undefined);
    assert.ok(fixable.length > 0, JSON.stringify(published.diagnostics));
    // The fixes themselves stay on the server: data only says which finding of which analysis.
    for (const d of fixable) assert.deepEqual(Object.keys(d.data as object).sort(), ['analysis', 'finding', 'version']);
    assert.equal((fixable[0]?.data as { version: number }).version, 1);
  });

  it('explains the rule on hover over the flagged value and a topic over a well-known key', async () => {
    const uri = uriOf('deployment.yaml');
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 25 } });
    const text = (hover?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(text, /Container images are pinned to a version or digest/);
    assert.match(text, /\*\*Why it matters\*\*/);
    assert.match(text, /https:\/\/kubernetes\.io\//);
  });

  it('updates diagnostics when the document changes, for the new version only', async () => {
    const uri = uriOf('deployment.yaml');
    await client.change(uri, 2, DEPLOYMENT.replace(':latest', ':1.2.3x'));
    await client.change(uri, 3, DEPLOYMENT.replace(':latest', ':1.2.3'));
    const published = await client.diagnostics(uri, (p) => p.version === 3);
    assert.deepEqual(byRule(published.diagnostics, 'kubernetes/no-latest-image-tag'), []);
    assert.ok(!client.publications(uri).some((p) => p.version === 2), 'a superseded version was published');
  });

  it('reports YAML syntax errors at their place and keeps analysing the other documents', async () => {
    const uri = uriOf('broken.yaml');
    const text = `apiVersion: v1\nkind: Pod\nmetadata: { name: a\n---\napiVersion: v1\nkind: Pod\nmetadata: { name: b }\nspec:\n  containers:\n    - name: b\n      image: nginx\n`;
    await client.open(uri, text);
    const published = await client.diagnostics(uri);
    const syntax = published.diagnostics.filter((d) => d.code === 'syntax');
    assert.ok(syntax.length > 0);
    assert.ok(syntax.every((d) => d.range.start.line <= 2), JSON.stringify(syntax));
    const [image] = byRule(published.diagnostics, 'kubernetes/no-latest-image-tag');
    assert.deepEqual(image?.range.start, { line: 10, character: 13 });
  });

  it('leaves Helm templates alone with one informational note', async () => {
    const uri = uriOf('templates-deployment.yaml');
    await client.open(uri, 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "app.fullname" . }}\nspec:\n  replicas: {{ .Values.replicas }}\n');
    const published = await client.diagnostics(uri);
    assert.equal(published.diagnostics.length, 1);
    assert.equal(published.diagnostics[0]?.severity, 3);
    assert.equal(published.diagnostics[0]?.code, 'template-skipped');
  });

  it('applies a severity override from the configuration without a restart', async () => {
    const uri = uriOf('override.yaml');
    await client.open(uri, DEPLOYMENT);
    await client.diagnostics(uri, (p) => byRule(p.diagnostics, 'kubernetes/no-latest-image-tag').length === 1);
    client.settings = { rules: { 'kubernetes/no-latest-image-tag': 'error' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(uri, (p) => byRule(p.diagnostics, 'kubernetes/no-latest-image-tag')[0]?.severity === 1);
    client.settings = { rules: { 'kubernetes/no-latest-image-tag': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(uri, (p) => p.diagnostics.length > 0 ? byRule(p.diagnostics, 'kubernetes/no-latest-image-tag').length === 0 : true);
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('clears diagnostics when a document closes', async () => {
    const uri = uriOf('override.yaml');
    const before = client.publications(uri).length;
    await client.close(uri);
    await client.diagnostics(uri, (p) => client.publications(uri).indexOf(p) >= before && p.diagnostics.length === 0);
  });

  it('ignores files that are none of ours', async () => {
    const uri = uriOf('workflow.yaml');
    await client.open(uri, 'on: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: [\n');
    const published = await client.diagnostics(uri);
    assert.deepEqual(published.diagnostics, []);
  });

  it('offers no code actions for a diagnostic from another version', async () => {
    const uri = uriOf('deployment.yaml');
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      context: { diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', source: 'backend-guidance', code: 'x', data: { version: 1, fixes: [{ title: 'stale', kind: 'safe', edits: [] }] } }] },
    });
    assert.deepEqual(actions.filter((a) => a.title === 'stale'), []);
  });

  it('turns fixes into quick-fixes, applies one, and the diagnostic goes away', async () => {
    const uri = uriOf('compose.yaml');
    const text = 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n    privileged: true\n';
    await client.open(uri, text);
    const published = await client.diagnostics(uri);
    const [obsolete] = byRule(published.diagnostics, 'compose/no-obsolete-version');
    assert.ok(obsolete, JSON.stringify(published.diagnostics));
    assert.deepEqual(obsolete.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } });
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: obsolete.range, context: { diagnostics: [obsolete], only: ['quickfix'] } });
    const remove = actions.find((a) => a.title === 'Remove the obsolete "version" key');
    assert.ok(remove, JSON.stringify(actions));
    assert.equal(remove.isPreferred, true);
    const edits = remove.edit?.changes?.[uri];
    assert.ok(edits);
    const fixed = applyTextEdits(text, edits);
    assert.equal(fixed, 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n');
    await client.change(uri, 2, fixed);
    const after = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(byRule(after.diagnostics, 'compose/no-obsolete-version'), []);
    assert.equal(byRule(after.diagnostics, 'compose/no-privileged').length, 1, 'the other finding stays');
  });

  it('applies every safe fix with source.fixAll.backendGuidance, and suggestions only on request', async () => {
    const uri = uriOf('docker-compose.yml');
    const text = 'version: "2.4"\nservices:\n  web:\n    image: nginx:1.27\n    privileged: true\n';
    await client.open(uri, text);
    const published = await client.diagnostics(uri);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(actions.length, 1);
    assert.equal(actions[0]?.kind, 'source.fixAll.backendGuidance');
    const fixed = applyTextEdits(text, actions[0]?.edit?.changes?.[uri] ?? []);
    assert.equal(fixed, 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n', 'fix all must not apply suggestions');
    const [privileged] = byRule(published.diagnostics, 'compose/no-privileged');
    assert.ok(privileged);
    const suggestions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: privileged.range, context: { diagnostics: [privileged] } });
    const suggestion = suggestions.find((a) => a.kind === 'quickfix');
    assert.ok(suggestion);
    assert.notEqual(suggestion.isPreferred, true);
  });

  it('offers to disable a rule for the line or the file, and to explain it, on every diagnostic', async () => {
    const uri = uriOf('suppress.yaml');
    await client.open(uri, DEPLOYMENT);
    const published = await client.diagnostics(uri);
    const [image] = byRule(published.diagnostics, 'kubernetes/no-latest-image-tag');
    assert.ok(image);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: image.range, context: { diagnostics: [image] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable kubernetes/no-latest-image-tag for this line'), titles.join(' | '));
    assert.ok(titles.includes('Disable kubernetes/no-latest-image-tag in this file'));
    const explain = actions.find((a) => a.title === 'Open rule documentation: kubernetes/no-latest-image-tag');
    assert.deepEqual(explain?.command, { title: 'Open rule documentation: kubernetes/no-latest-image-tag', command: 'backendGuidance.explainRule', arguments: ['kubernetes/no-latest-image-tag'] });
    const line = actions.find((a) => a.title === 'Disable kubernetes/no-latest-image-tag for this line');
    const fixed = applyTextEdits(DEPLOYMENT, line?.edit?.changes?.[uri] ?? []);
    await client.change(uri, 2, fixed);
    const after = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(byRule(after.diagnostics, 'kubernetes/no-latest-image-tag'), []);
    assert.deepEqual(byRule(after.diagnostics, 'unused-suppression'), []);
  });

  it('reports configuration problems in the configuration file and applies a corrected configuration at once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-config-'));
    const manifest = pathToFileURL(path.join(dir, 'deploy.yaml')).toString();
    const config = pathToFileURL(path.join(dir, '.backend-guidance.yaml')).toString();
    fs.writeFileSync(path.join(dir, '.backend-guidance.yaml'), 'rules:\n  kubernetes/no-latest-image-tag: error\n');
    await client.open(manifest, DEPLOYMENT);
    await client.diagnostics(manifest, (p) => byRule(p.diagnostics, 'kubernetes/no-latest-image-tag')[0]?.severity === 1);
    await client.open(config, 'rules:\n  kubernetes/no-latest-image-tagg: off\n');
    const problems = await client.diagnostics(config, (p) => p.diagnostics.length > 0);
    assert.equal(problems.diagnostics[0]?.code, 'config');
    assert.deepEqual(problems.diagnostics[0]?.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 33 } });
    assert.match(messageText(problems.diagnostics[0]?.message), /did you mean "kubernetes\/no-latest-image-tag"/);
    // The broken text leaves the last valid configuration in force; the corrected one applies.
    await client.change(config, 2, 'rules:\n  kubernetes/no-latest-image-tag: off\n');
    await client.diagnostics(manifest, (p) => p.diagnostics.length > 0 && byRule(p.diagnostics, 'kubernetes/no-latest-image-tag').length === 0);
    await client.diagnostics(config, (p) => p.version === 2 && p.diagnostics.length === 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('explains well-known keys and known images on hover', async () => {
    const uri = uriOf('docker-compose.yml');
    const keyHover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } });
    assert.ok((keyHover?.contents as { value: string } | undefined)?.value.length, 'no hover over the image key');
    const imageHover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 14 } });
    assert.match((imageHover?.contents as { value: string } | undefined)?.value ?? '', /nginx/i);
  });
});
