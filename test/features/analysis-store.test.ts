import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigLoader } from '../../server/src/config/load';
import { parseFile } from '../../server/src/document/parse';
import { DiskFiles } from '../../server/src/document/fs-files';
import { createAnalyzer } from '../../server/src/engine/analyzer';
import { WorkspaceFiles } from '../../server/src/engine/workspace';
import { AnalysisStore } from '../../server/src/features/analysis-store';
import { Baselines } from '../../server/src/features/baselines';

const analyzer = createAnalyzer(path.join(__dirname, '..', '..', 'server', 'src'));

function store(workspace: WorkspaceFiles): AnalysisStore {
  const files = new DiskFiles();
  return new AnalysisStore(analyzer, files, new ConfigLoader(analyzer.catalog, files), new Baselines(files), () => 'hint', undefined, workspace);
}

const uri = 'file:///nowhere/app.yaml';
const manifest = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx\n';

describe('AnalysisStore', () => {
  it('takes over the workspace index parse of a document just opened with the same text', () => {
    const workspace = new WorkspaceFiles(true);
    const fromDisk = parseFile(uri, manifest, 'yaml');
    workspace.set(fromDisk);
    const opened = store(workspace).analyze(TextDocument.create(uri, 'yaml', 1, manifest));
    assert.equal(opened.file, fromDisk, 'parsed again although the text is the one on disk');
    assert.ok(opened.findings.length > 0);
  });

  it('parses the open text when it differs from the disk copy, reusing the documents that did not change', () => {
    const workspace = new WorkspaceFiles(true);
    const fromDisk = parseFile(uri, manifest, 'yaml');
    workspace.set(fromDisk);
    const edited = manifest.replace('replicas: 1', 'replicas: 3');
    const opened = store(workspace).analyze(TextDocument.create(uri, 'yaml', 1, edited));
    assert.notEqual(opened.file, fromDisk);
    assert.equal(opened.file.text, edited);
    assert.equal(opened.file.documents[0]?.root, fromDisk.documents[0]?.root, 'the unchanged Service document was parsed again');
    assert.notEqual(opened.file.documents[1]?.root, fromDisk.documents[1]?.root);
    assert.equal(workspace.get(uri), opened.file, 'the index must hold the open text from now on');
  });

  it('takes over the parse of JSON written in a .yaml file', () => {
    const workspace = new WorkspaceFiles(true);
    const json = '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}\n';
    const fromDisk = parseFile('file:///nowhere/api.yaml', json, 'yaml');
    assert.equal(fromDisk.flavor, 'json');
    workspace.set(fromDisk);
    assert.equal(store(workspace).analyze(TextDocument.create('file:///nowhere/api.yaml', 'yaml', 1, json)).file, fromDisk);
  });

  it('parses again a file the index skipped as too large, under the editor\'s own limit', () => {
    const workspace = new WorkspaceFiles(true);
    const skipped = parseFile(uri, manifest, 'yaml', undefined, { maxBytes: 100 });
    assert.equal(skipped.skipped?.code, 'too-large');
    workspace.set(skipped);
    const opened = store(workspace).analyze(TextDocument.create(uri, 'yaml', 1, manifest));
    assert.equal(opened.file.skipped, undefined);
    assert.equal(opened.file.documents.length, 2);
  });
});

