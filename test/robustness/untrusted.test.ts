import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lsp-client';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: a\n      image: nginx:latest\n';

/** A workspace whose configuration extends a file outside the workspace folder. */
function layout(): { root: string; workspace: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-trust-'));
  const workspace = path.join(root, 'workspace');
  fs.mkdirSync(path.join(root, 'outside'));
  fs.mkdirSync(workspace);
  fs.writeFileSync(path.join(root, 'outside', 'base.yaml'), 'rules:\n  kubernetes/no-latest-image-tag: off\n');
  fs.writeFileSync(path.join(workspace, '.backend-guidance.yaml'), 'extends: ../outside/base.yaml\n');
  fs.writeFileSync(path.join(workspace, 'pod.yaml'), POD);
  return { root, workspace };
}

async function imageFindings(trusted: boolean): Promise<number> {
  const { root, workspace } = layout();
  const client = new LspClient();
  await client.connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).toString(),
    workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'workspace' }],
    capabilities: {},
    initializationOptions: { trusted },
  });
  await client.connection.sendNotification('initialized', {});
  const uri = pathToFileURL(path.join(workspace, 'pod.yaml')).toString();
  await client.open(uri, POD);
  const published = await client.diagnostics(uri);
  await client.stop();
  fs.rmSync(root, { recursive: true, force: true });
  return published.diagnostics.filter((d) => d.code === 'kubernetes/no-latest-image-tag').length;
}

describe('workspace trust', () => {
  it('a trusted workspace may extend a configuration outside its folders', async () => {
    assert.equal(await imageFindings(true), 0);
  });

  it('an untrusted workspace is analysed, but no file outside its folders is read', async () => {
    assert.equal(await imageFindings(false), 1);
  });
});
