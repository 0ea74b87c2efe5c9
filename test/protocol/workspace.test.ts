import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lsp-client';

const RULE = 'kubernetes/service-matches-pods';

const SERVICE = `apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080 }]
`;

const deployment = (label: string): string => `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 2
  selector: { matchLabels: { app: ${label} } }
  template:
    metadata: { labels: { app: ${label} } }
    spec:
      containers:
        - name: web
          image: nginx:1.27.0
          ports: [{ containerPort: 8080 }]
`;

function write(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
}

const has = (p: PublishDiagnosticsParams): boolean => p.diagnostics.some((d) => d.code === RULE);

describe('workspace index over stdio', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-workspace-'));
  const uri = (name: string): string => pathToFileURL(path.join(root, name)).toString();
  const client = new LspClient();

  before(async () => {
    write(root, {
      'k8s/service.yaml': SERVICE,
      'k8s/deployment.yaml': deployment('website'),
      // Vendored and excluded trees are never indexed, whatever they hold.
      'node_modules/chart/service.yaml': SERVICE,
      'generated/service.yaml': SERVICE,
      'package.json': '{ "name": "not-ours" }',
    });
    client.sections['files.exclude'] = { '**/generated': true, '**/*.tmp': { when: '$(basename).ts' } };
    await client.initialize({ workspaceFolders: [pathToFileURL(root).toString()] });
  });

  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reports progress while it indexes: begin, then end, cancellable', async () => {
    await client.waitForProgress((p) => p.some((e) => e.value.kind === 'end'));
    const begin = client.progress.find((e) => e.value.kind === 'begin');
    assert.ok(begin, 'no begin');
    assert.equal(begin.value.cancellable, true);
    assert.match(begin.value.title ?? '', /indexing/);
  });

  it('publishes diagnostics for files nobody opened, with the other file as related information', async () => {
    const published = await client.diagnostics(uri('k8s/service.yaml'), has);
    const finding = published.diagnostics.find((d) => d.code === RULE);
    assert.ok(finding);
    assert.deepEqual(finding.range.start, { line: 4, character: 2 });
    const related = finding.relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.equal(related[0]?.location.uri, uri('k8s/deployment.yaml'));
    assert.deepEqual(related[0]?.location.range.start, { line: 7, character: 24 });
    assert.match(related[0]?.message ?? '', /app=website/);
  });

  it('skips node_modules, files.exclude and files that are not ours', async () => {
    // The scan is over (progress ended) and the service was published: the others would be by now.
    await client.diagnostics(uri('k8s/service.yaml'), has);
    for (const name of ['node_modules/chart/service.yaml', 'generated/service.yaml', 'package.json']) assert.deepEqual(client.publications(uri(name)), [], name);
  });

  it('re-analyses an unopened file when an open document it depends on changes, and again on close', async () => {
    const target = uri('k8s/deployment.yaml');
    await client.open(target, deployment('website'));
    const before = client.publications(uri('k8s/service.yaml')).length;
    await client.change(target, 2, deployment('web'));
    await client.diagnostics(uri('k8s/service.yaml'), (p) => !has(p) && client.publications(uri('k8s/service.yaml')).indexOf(p) >= before);
    // Closing without saving: the disk still says `website`, so the finding comes back.
    const closedAt = client.publications(uri('k8s/service.yaml')).length;
    await client.close(target);
    await client.diagnostics(uri('k8s/service.yaml'), (p) => has(p) && client.publications(uri('k8s/service.yaml')).indexOf(p) >= closedAt);
  });

  it('follows files changed on disk: a deleted workload, a new one', async () => {
    const service = uri('k8s/service.yaml');
    let mark = client.publications(service).length;
    fs.writeFileSync(path.join(root, 'k8s/deployment.yaml'), deployment('web'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('k8s/deployment.yaml'), type: 2 }] });
    await client.diagnostics(service, (p) => !has(p) && client.publications(service).indexOf(p) >= mark);
    mark = client.publications(service).length;
    fs.rmSync(path.join(root, 'k8s/deployment.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('k8s/deployment.yaml'), type: 3 }] });
    // With no workload left at all, the Pods are evidently defined elsewhere: still silent.
    await client.diagnostics(service, (p) => client.publications(service).indexOf(p) >= mark);
    assert.equal(has(client.publications(service).at(-1) as PublishDiagnosticsParams), false);
    assert.deepEqual(client.publications(uri('k8s/deployment.yaml')).at(-1)?.diagnostics, []);
  });
});

describe('workspace index, cancelled', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-cancel-'));
  const client = new LspClient();

  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('stops when the user cancels, and then claims nothing is missing', async () => {
    const files: Record<string, string> = { 'service.yaml': SERVICE };
    for (let i = 0; i < 400; i++) files[`apps/app-${i}.yaml`] = deployment(`app-${i}`);
    write(root, files);
    client.onProgressCreated = (token) => void client.connection.sendNotification('window/workDoneProgress/cancel', { token });
    await client.initialize({ workspaceFolders: [pathToFileURL(root).toString()] });
    await client.waitForProgress((p) => p.some((e) => e.value.kind === 'end'));
    const service = pathToFileURL(path.join(root, 'service.yaml')).toString();
    await client.open(service, SERVICE);
    const published = await client.diagnostics(service);
    assert.equal(has(published), false, 'an incomplete index must not say that no Pod matches');
    // The scan stopped early: the apps were not all read, let alone published.
    assert.ok(client.publishedUris().size < 100, `${client.publishedUris().size} files published`);
  });
});
