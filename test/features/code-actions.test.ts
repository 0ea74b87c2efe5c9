import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import { ConfigLoader } from '../../server/src/config/load';
import { DiskFiles } from '../../server/src/document/fs-files';
import { createAnalyzer } from '../../server/src/engine/analyzer';
import { AnalysisStore } from '../../server/src/features/analysis-store';
import { Baselines } from '../../server/src/features/baselines';
import { codeActions } from '../../server/src/features/code-actions';
import { diagnosticsOf } from '../../server/src/features/diagnostics';

const analyzer = createAnalyzer(path.join(__dirname, '..', '..', 'server', 'src'));
const files = new DiskFiles();
const store = new AnalysisStore(analyzer, files, new ConfigLoader(analyzer.catalog, files), new Baselines(files));
const compose = 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n    privileged: true\n';

function quickFixes(document: TextDocument, diagnostic: Diagnostic, analysis = store.get(document.uri)): string[] {
  const params: CodeActionParams = { textDocument: { uri: document.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] } };
  return codeActions(params, document, analysis).filter((a) => a.edit && !a.title.startsWith('Disable')).map((a) => a.title);
}

describe('quick-fixes from the finding a diagnostic names', () => {
  const document = TextDocument.create('file:///nowhere/compose.yaml', 'yaml', 1, compose);
  const analysis = store.analyze(document);
  const diagnostics = diagnosticsOf(analysis, () => undefined);
  const obsolete = diagnostics.find((d) => d.code === 'compose/no-obsolete-version');

  it('offers the fixes of that finding, with its edits turned into ranges', () => {
    assert.ok(obsolete?.data, JSON.stringify(diagnostics));
    const params: CodeActionParams = { textDocument: { uri: document.uri }, range: obsolete.range, context: { diagnostics: [obsolete], only: [CodeActionKind.QuickFix] } };
    const [fix] = codeActions(params, document, analysis);
    assert.deepEqual(fix?.edit?.changes?.[document.uri]?.[0]?.range.start, { line: 0, character: 0 });
  });

  it('offers nothing once the analysis it came from was replaced, even at the same version', () => {
    assert.ok(obsolete);
    assert.ok(quickFixes(document, obsolete).length > 0);
    store.invalidate(document.uri);
    const again = store.analyze(document);
    assert.equal(again.version, analysis.version);
    assert.notEqual(again.serial, analysis.serial);
    assert.deepEqual(quickFixes(document, obsolete, again), []);
  });

  it('offers nothing for data that names a finding of another rule, or no finding', () => {
    const current = store.get(document.uri);
    assert.ok(obsolete && current);
    const other = current.findings.findIndex((f) => f.ruleId !== 'compose/no-obsolete-version');
    assert.ok(other >= 0);
    for (const finding of [other, 9999]) {
      assert.deepEqual(quickFixes(document, { ...obsolete, data: { version: 1, analysis: current.serial, finding } }, current), []);
    }
  });
});
