import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspClient, ROOT } from '../helpers/lsp-client';

interface ReportResponse {
  content: string;
  files: number;
  findings: number;
  score: number;
}

const EXAMPLES = path.join(ROOT, 'examples');

describe('backendGuidance/report request', () => {
  const client = new LspClient();

  before(async () => {
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(EXAMPLES).toString(),
      workspaceFolders: [{ uri: pathToFileURL(EXAMPLES).toString(), name: 'examples' }],
      capabilities: { workspace: { configuration: true } },
    });
    await client.connection.sendNotification('initialized', {});
  });
  after(() => client.stop());

  it('builds the HTML report of the workspace folders, with the webview source in its policy', async () => {
    const response = await client.connection.sendRequest<ReportResponse | null>('backendGuidance/report', { format: 'html', cspSource: 'https://*.vscode-cdn.net' });
    assert.ok(response);
    assert.equal(response.files, 6);
    assert.match(response.content, /style-src https:\/\/\*\.vscode-cdn\.net &#39;nonce-[^&]+&#39;; script-src &#39;nonce-/);
    assert.match(response.content, /<tr data-uri="file:\/\/\/[^"]*\/examples\/compose\.yaml"/);
    assert.match(response.content, /<code>k8s\/payments\.yaml:24:18<\/code>/, 'paths relative to the folder');
    assert.match(response.content, />orders-api<\/text>/);
  });

  it('reads open documents before the disk', async () => {
    const uri = pathToFileURL(path.join(EXAMPLES, 'compose.yaml')).toString();
    const text = fs.readFileSync(path.join(EXAMPLES, 'compose.yaml'), 'utf8').replace('\nsecrets:\n', '\n  cache:\n    image: memcached:1.6.29\n    depends_on: [api]\n\nsecrets:\n');
    await client.open(uri, text);
    const response = await client.connection.sendRequest<ReportResponse | null>('backendGuidance/report', { format: 'json' });
    const model = JSON.parse(response?.content ?? '{}') as { graph: { edges: Array<{ from: string; to: string; label?: string }> } };
    assert.ok(model.graph.edges.some((e) => e.from.endsWith(':cache') && e.to.endsWith(':api') && e.label === 'service_started'), JSON.stringify(model.graph.edges));
    await client.close(uri);
  });

  it('answers Markdown and SARIF, and null to a malformed request', async () => {
    const md = await client.connection.sendRequest<ReportResponse | null>('backendGuidance/report', { format: 'md' });
    assert.match(md?.content ?? '', /^# Backend Guidance — workspace report/);
    const sarif = await client.connection.sendRequest<ReportResponse | null>('backendGuidance/report', { format: 'sarif' });
    assert.equal((JSON.parse(sarif?.content ?? '{}') as { version?: string }).version, '2.1.0');
    assert.equal(await client.connection.sendRequest('backendGuidance/report', { format: 'pdf' }), null);
    assert.equal(await client.connection.sendRequest('backendGuidance/report', null), null);
  });
});
