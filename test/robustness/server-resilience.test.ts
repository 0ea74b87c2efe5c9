import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { LspClient, uriOf } from '../helpers/lsp-client';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: a\n      image: nginx:latest\n';

describe('the server under an unruly client', () => {
  it('never publishes for a document closed while its analysis was pending', async () => {
    const client = new LspClient();
    await client.initialize();
    const uri = uriOf('closing.yaml');
    await client.open(uri, POD);
    await client.diagnostics(uri);
    await client.change(uri, 2, POD.replace('nginx:latest', 'redis:latest'));
    await client.close(uri);
    // The close is answered with an empty publication; nothing may follow it.
    const cleared = await client.diagnostics(uri, (p) => p.diagnostics.length === 0 && p.version === undefined);
    const other = uriOf('after.yaml');
    await client.open(other, POD);
    await client.diagnostics(other);
    const after = client.publications(uri).slice(client.publications(uri).indexOf(cleared) + 1);
    assert.deepEqual(after, []);
    assert.ok(!client.publications(uri).some((p) => p.version === 2), 'the pending version 2 was published after the close');
    await client.stop();
  });

  it('keeps answering after a cancelled request', async () => {
    const client = new LspClient();
    await client.initialize();
    const uri = uriOf('cancel.yaml');
    await client.open(uri, POD);
    await client.diagnostics(uri);
    const source = new CancellationTokenSource();
    const cancelled = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 15 } }, source.token).catch((e: unknown) => e);
    source.cancel();
    await cancelled;
    const hover = await client.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 15 } });
    assert.match(hover?.contents.value ?? '', /pinned/);
    await client.stop();
  });

  it('exits, rather than hanging or spinning, when the client disappears', async () => {
    const client = new LspClient();
    await client.initialize();
    await client.open(uriOf('gone.yaml'), POD);
    client.disconnect();
    const exited = await Promise.race([client.exit(), new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000))]);
    assert.notEqual(exited, 'timeout');
  });
});
