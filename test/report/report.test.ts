import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { collectFiles } from '../../server/src/cli/files';
import { checkFiles } from '../../server/src/cli/report';
import { createAnalyzer } from '../../server/src/engine/analyzer';
import { reportForFiles } from '../../server/src/report/from-files';
import { renderHtml } from '../../server/src/report/html';
import { renderMarkdown } from '../../server/src/report/markdown';
import { CATEGORIES, gradeOf, scoreOf, SEVERITIES, WEIGHTS, type ReportModel } from '../../server/src/report/model';
import { renderReport } from '../../server/src/report/render';
import { renderSvg } from '../../server/src/report/svg';

const ROOT = path.join(__dirname, '..', '..');
const analyzer = createAnalyzer(ROOT);

function examplesReport(): ReportModel {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    return reportForFiles(collectFiles(['examples']), analyzer, { generatedAt: new Date('2025-01-01T00:00:00Z') });
  } finally {
    process.chdir(cwd);
  }
}

const model = examplesReport();
const edge = (from: string, to: string): { label?: string; kind: string } | undefined => {
  const id = (name: string): string | undefined => model.graph.nodes.find((n) => `${n.detail} ${n.name}` === name || n.name === name)?.id;
  return model.graph.edges.find((e) => e.from === id(from) && e.to === id(to));
};

describe('workspace report model of examples/', () => {
  it('counts the same findings as `check`', () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    const checked = checkFiles(collectFiles(['examples']), analyzer);
    process.chdir(cwd);
    assert.equal(model.totals.findings, checked.findings.length);
    assert.equal(model.findings.length, checked.findings.length);
    for (const s of SEVERITIES) assert.equal(model.totals.bySeverity[s], checked.findings.filter((f) => f.severity === s).length, s);
    assert.equal(CATEGORIES.reduce((sum, c) => sum + model.totals.byCategory[c], 0), model.totals.findings);
    assert.ok(model.totals.byCategory.security > 0 && model.totals.byCategory.reliability > 0);
  });

  it('lists the Compose, Kubernetes and OpenAPI files with a score each, and the README not at all', () => {
    assert.deepEqual(
      model.files.map((f) => f.file),
      ['examples/compose.yaml', 'examples/k8s/mesh.yaml', 'examples/k8s/orders-api.yaml', 'examples/k8s/payments.yaml', 'examples/openapi/inventory.json', 'examples/openapi/orders.yaml'],
    );
    for (const f of model.files) {
      const cost = SEVERITIES.reduce((sum, s) => sum + WEIGHTS[s] * f.counts.bySeverity[s], 0);
      assert.equal(f.cost, cost);
      assert.equal(f.score, Math.max(0, Math.round(100 - (100 * cost) / Math.max(f.lines, 50))));
    }
    const cost = model.files.reduce((sum, f) => sum + f.cost, 0);
    assert.equal(model.score, scoreOf(cost, model.lines));
    assert.equal(model.grade, gradeOf(model.score));
  });

  it('scores: no finding is 100, one error in a tiny file costs as in a 50-line one, never below 0', () => {
    assert.equal(scoreOf(0, 10), 100);
    assert.equal(scoreOf(10, 5), 80);
    assert.equal(scoreOf(10, 200), 95);
    assert.equal(scoreOf(1000, 100), 0);
    assert.deepEqual([95, 85, 75, 65, 10].map(gradeOf), ['A', 'B', 'C', 'D', 'F']);
  });

  it('draws Compose services with depends_on and its condition', () => {
    for (const name of ['api', 'worker', 'postgres', 'redis']) assert.ok(model.graph.nodes.some((n) => n.kind === 'compose-service' && n.name === name), name);
    assert.deepEqual(edge('api', 'postgres'), { from: 'compose:examples:api', to: 'compose:examples:postgres', kind: 'depends_on', label: 'service_healthy' });
    assert.equal(edge('worker', 'redis')?.label, 'service_started');
  });

  it('draws Service → workload by selector, and VirtualService → Service by destination host', () => {
    assert.equal(edge('Service payments', 'Deployment payments')?.kind, 'selects');
    assert.equal(edge('Service orders-api', 'Deployment orders-api')?.kind, 'selects');
    assert.equal(edge('VirtualService payments', 'Service payments')?.kind, 'routes');
    assert.equal(edge('VirtualService orders-api', 'Service orders-api')?.label, 'http :80');
    assert.equal(edge('Service payments', 'Deployment orders-api'), undefined);
    assert.equal(model.graph.edges.length, 8);
  });

  it('colours each node by the worst finding inside it', () => {
    const node = (id: string) => model.graph.nodes.find((n) => n.id === id);
    assert.equal(node('compose:examples:worker')?.worst, 'warning', 'worker runs privileged');
    assert.equal(node('k8s:Service:shop:payments')?.worst, null);
    const payments = model.findings.filter((f) => f.node === 'k8s:Deployment:shop:payments');
    assert.equal(node('k8s:Deployment:shop:payments')?.findings, payments.length);
    assert.ok(payments.some((f) => f.ruleId === 'kubernetes/no-privileged-container'));
    // The PodDisruptionBudget is not drawn: its finding belongs to no node.
    assert.ok(model.findings.some((f) => f.ruleId === 'kubernetes/removed-api-version' && f.node === undefined));
  });

  it('renders the graph as SVG with node names, edge labels and severity colours', () => {
    const svg = renderSvg(model.graph);
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    for (const name of ['api', 'postgres', 'redis', 'worker', 'orders-api', 'payments']) assert.match(svg, new RegExp(`>${name}</text>`));
    assert.match(svg, />service_healthy</);
    assert.match(svg, />port 80</);
    assert.match(svg, /stroke="#d97706"/, 'a warning node');
    assert.match(svg, /stroke="#2e8540"/, 'a node without findings');
    assert.doesNotMatch(svg, /\sstyle=|<script|NaN/);
  });

  it('renders HTML with totals, the SVG, one row per finding and the scoring explained', () => {
    const html = renderHtml(model, { nonce: 'abc123' });
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-abc123&#39;; script-src &#39;nonce-abc123&#39;; img-src data:">/);
    assert.match(html, new RegExp(`>${model.score}<span class="small muted"> / 100</span>`));
    assert.equal(html.match(/<tr data-uri=/g)?.length, model.findings.length);
    assert.match(html, /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="system-graph"/);
    assert.match(html, /Privileged mode gives service &quot;worker&quot; every kernel capability/);
    assert.match(html, /<code>examples\/k8s\/payments\.yaml:24:18<\/code>/);
    assert.match(html, /Each finding costs points by severity \(error 10, warning 3, info 1, hint 0\)/);
    assert.equal(html.match(/<script\b/g)?.length, 1);
    assert.equal(html.match(/<style\b/g)?.length, 1);
    assert.match(html, /<script nonce="abc123">/);
  });

  it('renders Markdown with the tables and a Mermaid flowchart', () => {
    const md = renderMarkdown(model);
    assert.match(md, new RegExp(`^\\*\\*Score: ${model.score}/100 \\(grade ${model.grade}\\)\\*\\*`, 'm'));
    assert.match(md, /^```mermaid\nflowchart LR$/m);
    assert.match(md, /^\| compose service api \| compose service postgres \| depends\\_on \(service\\_healthy\) \|$/m);
    const p = model.files.find((f) => f.file === 'examples/k8s/payments.yaml');
    const s = p?.counts.bySeverity;
    assert.ok(p && s && md.includes(`| examples/k8s/payments.yaml | kubernetes | ${p.lines} | ${s.error} | ${s.warning} | ${s.info} | ${s.hint} | ${p.score} (${p.grade}) |`));
    assert.equal(md.split('\n').filter((l) => /^\| (error|warning|info|hint) \| .+ \| .+:\d+:\d+ \|/.test(l)).length, model.findings.length);
  });

  it('renders SARIF and JSON from the same findings', () => {
    const sarif = JSON.parse(renderReport(model, 'sarif', { catalog: analyzer.catalog, version: '9.9.9' })) as { runs: Array<{ results: unknown[]; tool: { driver: { version: string } } }> };
    assert.equal(sarif.runs[0]?.results.length, model.findings.length);
    assert.equal(sarif.runs[0]?.tool.driver.version, '9.9.9');
    const json = JSON.parse(renderReport(model, 'json', { catalog: analyzer.catalog, version: '9.9.9' })) as ReportModel;
    assert.deepEqual(json, JSON.parse(JSON.stringify(model)));
  });
});
