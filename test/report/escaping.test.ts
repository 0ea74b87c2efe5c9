import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { collectFiles } from '../../server/src/cli/files';
import { createAnalyzer } from '../../server/src/engine/analyzer';
import { escapeHtml } from '../../server/src/report/escape';
import { reportForFiles } from '../../server/src/report/from-files';
import { contentSecurityPolicy, renderHtml } from '../../server/src/report/html';
import { renderMarkdown } from '../../server/src/report/markdown';
import { renderSvg } from '../../server/src/report/svg';

const ROOT = path.join(__dirname, '..', '..');
const analyzer = createAnalyzer(ROOT);
const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const q = (s: string): string => JSON.stringify(s);

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${q(SCRIPT)}
  namespace: ${q(IMG)}
  annotations:
    description: ${q(SCRIPT + IMG)}
spec:
  template:
    metadata:
      labels:
        app: ${q(IMG)}
    spec:
      containers:
        - name: ${q(SCRIPT)}
          image: ${q(`evil${IMG}:latest`)}
---
apiVersion: v1
kind: Service
metadata:
  name: ${q(IMG)}
  namespace: ${q(IMG)}
spec:
  selector:
    app: ${q(IMG)}
  ports:
    - port: 80
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: ${q(SCRIPT)}
spec:
  hosts: [${q(IMG)}]
  http:
    - route:
        - destination:
            host: ${q(`${SCRIPT}.example.com`)}
            subset: ${q(IMG)}
`;

const COMPOSE = `services:
  ${q(SCRIPT)}:
    image: ${q(`x${IMG}:latest`)}
    privileged: true
    depends_on:
      ${q(IMG)}:
        condition: ${q(SCRIPT)}
`;

const OPENAPI = `openapi: 3.0.3
info:
  title: ${q(SCRIPT)}
  version: "1"
  description: ${q(IMG)}
paths:
  ${q(`/items${IMG}`)}:
    get:
      description: ${q(SCRIPT)}
      responses:
        "200":
          description: ${q(IMG)}
          content:
            application/json:
              schema:
                type: array
                items: { type: string }
`;

/** Every tag of a page, with its quoted attribute values taken out: what a browser would run. */
function tags(html: string): string[] {
  return (html.match(/<[^>]*>/g) ?? []).map((t) => t.replace(/"[^"]*"/g, '""'));
}

describe('report escaping', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-report-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  // Linux file names may hold < > and quotes: the path is user data too.
  const hostileName = process.platform === 'win32' ? 'hostile.yaml' : `k8s${IMG.replace(/\//g, '')}.yaml`;
  fs.writeFileSync(path.join(dir, hostileName), MANIFEST);
  fs.writeFileSync(path.join(dir, 'compose.yaml'), COMPOSE);
  fs.writeFileSync(path.join(dir, 'openapi.yaml'), OPENAPI);
  const model = reportForFiles(collectFiles([dir]), analyzer);

  it('reads the hostile files as what they are', () => {
    const names = model.graph.nodes.map((n) => n.name);
    assert.ok(names.includes(SCRIPT) && names.includes(IMG), names.join(', '));
    assert.ok(model.graph.edges.some((e) => e.label === SCRIPT), 'the depends_on condition');
    assert.ok(model.graph.edges.some((e) => e.kind === 'selects'), 'the Service selects the Deployment by the hostile label');
    assert.ok(model.findings.some((f) => f.message.includes(SCRIPT) || f.message.includes(IMG)), 'messages quote the names');
  });

  it('keeps every user string as text in the HTML, under a strict nonce-based CSP', () => {
    const html = renderHtml(model, { nonce: 'n0nce' });
    assert.equal((html.match(/<script/gi) ?? []).length, 1, 'only the report script');
    assert.match(html, /<script nonce="n0nce">/);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /alert\(1\)<\/script>/);
    for (const tag of tags(html)) assert.doesNotMatch(tag, /\son\w+\s*=/i, tag);
    assert.ok(html.includes(escapeHtml(SCRIPT)) && html.includes(escapeHtml(IMG)));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.equal(csp, escapeHtml("default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce'; img-src data:"));
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style'), 'the policy comes before anything it governs');
  });

  it('keeps every user string as text in the SVG', () => {
    const svg = renderSvg(model.graph);
    assert.doesNotMatch(svg, /<script|<img|<foreignObject/i);
    for (const tag of tags(svg)) assert.doesNotMatch(tag, /\son\w+\s*=|\shref\s*=/i, tag);
    assert.ok(svg.includes(`>${escapeHtml(SCRIPT)}</text>`));
  });

  it('keeps every user string as text in the Markdown and its Mermaid diagram', () => {
    const md = renderMarkdown(model);
    assert.doesNotMatch(md, /<script|<img/i);
    const mermaid = /```mermaid\n([\s\S]*?)```/.exec(md)?.[1] ?? '';
    assert.doesNotMatch(mermaid, /<script|<img|"><|onerror=alert\(1\)>/);
    assert.match(mermaid, /#60;script#62;alert#40;1#41;#60;\/script#62;/);
  });

  it('admits a webview source in the policy, and nothing that could break out of it', () => {
    assert.equal(contentSecurityPolicy('n', 'https://*.vscode-cdn.net'), "default-src 'none'; style-src https://*.vscode-cdn.net 'nonce-n'; script-src 'nonce-n'; img-src https://*.vscode-cdn.net data:");
    assert.equal(contentSecurityPolicy('n', "'unsafe-inline'; script-src *"), "default-src 'none'; style-src 'nonce-n'; script-src 'nonce-n'; img-src data:");
    const html = renderHtml(model, { nonce: 'n', cspSource: '"><script>' });
    assert.equal((html.match(/<script/gi) ?? []).length, 1);
  });

  it('makes a fresh nonce for every page', () => {
    const nonce = (html: string): string | undefined => /<script nonce="([^"]+)">/.exec(html)?.[1];
    const a = nonce(renderHtml(model));
    const b = nonce(renderHtml(model));
    assert.ok(a && b && a !== b && a.length >= 16);
  });
});
