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

/**
 * Which files were one workspace where they came from, per SOURCES.tsv: a Kubernetes repository's
 * manifests are applied together; a Compose project or an OpenAPI spec is its own folder.
 */
function groupOf(localFile: string, source: { repo: string; path: string } | undefined): string {
  if (!source) return localFile;
  return localFile.startsWith('k8s/') ? source.repo : `${source.repo}/${path.posix.dirname(source.path)}`;
}

/**
 * The corpus holds 17 manifests picked from kubernetes/examples' hundreds: their Services live in
 * files that were not copied, so that workspace is partial (as in the editor before its index is
 * built) and rules about what is missing stay silent there. microservices-demo's manifest folders
 * were copied whole.
 */
const PARTIAL_REPOS = new Set(['kubernetes/examples']);

function sources(): Map<string, { repo: string; path: string }> {
  const out = new Map<string, { repo: string; path: string }>();
  const [header, ...rows] = fs.readFileSync(path.join(CORPUS, 'SOURCES.tsv'), 'utf8').trim().split('\n');
  const columns = (header ?? '').split('\t');
  for (const row of rows) {
    const cells = row.split('\t');
    const cell = (name: string): string => cells[columns.indexOf(name)] ?? '';
    out.set(cell('local_file'), { repo: cell('repo'), path: cell('path') });
  }
  return out;
}

let workspaces: Map<string, WorkspaceFiles> | undefined;

/** The workspace a corpus file belongs to, every file of it parsed once. */
function workspaceFor(localFile: string): WorkspaceFiles {
  if (!workspaces) {
    workspaces = new Map();
    const known = sources();
    for (const kind of ['compose', 'k8s', 'openapi']) {
      const dir = path.join(CORPUS, kind);
      if (!fs.existsSync(dir)) continue;
      for (const name of fs.readdirSync(dir).sort()) {
        const local = `${kind}/${name}`;
        const source = known.get(local);
        const group = groupOf(local, source);
        let workspace = workspaces.get(group);
        if (!workspace) workspaces.set(group, (workspace = new WorkspaceFiles(!PARTIAL_REPOS.has(source?.repo ?? ''))));
        const file = path.join(dir, name);
        const text = fs.readFileSync(file, 'utf8');
        workspace.set(parseFile(pathToFileURL(file).toString(), text, flavorOf(file, undefined, text)));
        workspaces.set(local, workspace);
      }
    }
  }
  const found = workspaces.get(localFile);
  assert.ok(found, `${localFile} is not in the corpus`);
  return found;
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
    for (const name of fs.readdirSync(dir).sort()) {
      it(`${kind}/${name}`, () => {
        const actual = snapshot(path.join(dir, name), workspaceFor(`${kind}/${name}`));
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
