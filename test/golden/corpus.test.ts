import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { flavorOf, parseFile } from '../../server/src/document/parse';
import { LineIndex } from '../../server/src/document/source-range';
import { createAnalyzer } from '../../server/src/engine/analyzer';
import { WorkspaceFiles } from '../../server/src/engine/workspace';

// What fires on real files from well-known projects, and where. Every line of these snapshots
// was reviewed; a change here is a change in what users see. Regenerate with UPDATE_GOLDEN=1.
const ROOT = path.join(__dirname, '..', '..');
const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');
const SNAPSHOTS = path.join(__dirname, 'snapshots');
const update = process.env.UPDATE_GOLDEN === '1';
const analyzer = createAnalyzer(ROOT);

/** Each corpus folder is one workspace, as `backend-guidance check <folder>` sees it. */
function workspaceOf(dir: string): WorkspaceFiles {
  const workspace = new WorkspaceFiles(true);
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const text = fs.readFileSync(file, 'utf8');
    workspace.set(parseFile(pathToFileURL(file).toString(), text, flavorOf(file, undefined, text)));
  }
  return workspace;
}

function snapshot(file: string, workspace: WorkspaceFiles): string {
  const parsed = workspace.get(pathToFileURL(file).toString());
  assert.ok(parsed);
  const lines = new LineIndex(parsed.text);
  const findings = analyzer.analyze(parsed, { workspace }).sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  const out = findings.flatMap((f) => {
    const r = lines.range(f.start, f.end);
    const related = (f.related ?? []).map((x) => `    related ${path.basename(new URL(x.uri).pathname)}:${x.range.start.line + 1}:${x.range.start.character + 1} ${x.message}`);
    return [`${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${f.severity} ${f.ruleId} ${f.message}`, ...related];
  });
  return [`# ${findings.length} findings`, ...out, ''].join('\n');
}

describe('golden snapshots over ../shared/corpus', () => {
  it('finds the corpus beside the repository', () => {
    assert.ok(fs.existsSync(CORPUS), `${CORPUS} is missing`);
  });
  for (const kind of ['compose', 'k8s', 'openapi']) {
    const dir = path.join(CORPUS, kind);
    if (!fs.existsSync(dir)) continue;
    let workspace: WorkspaceFiles | undefined;
    for (const name of fs.readdirSync(dir).sort()) {
      it(`${kind}/${name}`, () => {
        workspace ??= workspaceOf(dir);
        const actual = snapshot(path.join(dir, name), workspace);
        const target = path.join(SNAPSHOTS, kind, `${name}.txt`);
        if (update) {
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, actual);
          return;
        }
        assert.ok(fs.existsSync(target), `no snapshot for ${kind}/${name}: run with UPDATE_GOLDEN=1 and review it`);
        assert.equal(actual, fs.readFileSync(target, 'utf8'));
      });
    }
  }
});
