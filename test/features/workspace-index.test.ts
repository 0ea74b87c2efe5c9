import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { Connection } from 'vscode-languageserver/node';
import { parseFile } from '../../server/src/document/parse';
import { WorkspaceFiles } from '../../server/src/engine/workspace';
import type { AnalysisStore } from '../../server/src/features/analysis-store';
import { WorkspaceIndex } from '../../server/src/features/workspace-index';

const manifest = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n';

function index(workspace: WorkspaceFiles, isOpen: (uri: string) => boolean): WorkspaceIndex {
  return new WorkspaceIndex({
    connection: {} as Connection,
    workspace,
    diskStore: {} as AnalysisStore,
    isOpen,
    maxBytes: () => 10 * 1024 * 1024,
    publish: () => undefined,
    clear: () => undefined,
    log: () => undefined,
    supportsProgress: () => false,
  });
}

describe('WorkspaceIndex.load', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-index-'));
  const file = path.join(dir, 'svc.yaml');
  fs.writeFileSync(file, manifest);
  const uri = pathToFileURL(file).toString();

  it('reads and parses an unopened file into the workspace', async () => {
    const workspace = new WorkspaceFiles(false);
    assert.equal(await index(workspace, () => false).load(uri), true);
    assert.equal(workspace.get(uri)?.text, manifest);
  });

  it('leaves a file alone when the editor opened it while it was being read', async () => {
    const workspace = new WorkspaceFiles(false);
    let open = false;
    const loading = index(workspace, () => open).load(uri);
    // The editor opens the document, with unsaved text, while the read is in flight.
    open = true;
    const editorsParse = parseFile(uri, manifest.replace('web', 'api'), 'yaml');
    workspace.set(editorsParse);
    assert.equal(await loading, false);
    assert.equal(workspace.get(uri), editorsParse, "the disk copy replaced the editor's parse");
  });
});
