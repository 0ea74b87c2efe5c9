import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../server/src/cli/main';
import { parseFile } from '../../server/src/document/parse';
import { Analyzer, createAnalyzer } from '../../server/src/engine/analyzer';
import type { Flavor } from '../../server/src/document/types';

const ROOT = path.join(__dirname, '..', '..');
const errors: string[] = [];
const base = createAnalyzer(ROOT);
const analyzer = new Analyzer(base.catalog, base.rules, (m) => errors.push(m));

/** Analyses with every rule and returns the findings and the time taken. */
function timed(name: string, text: string, flavor: Flavor = name.endsWith('.json') ? 'json' : 'yaml') {
  const started = performance.now();
  const findings = analyzer.analyze(parseFile(`file:///hostile/${name}`, text, flavor));
  const ms = performance.now() - started;
  assert.deepEqual(errors, [], 'a rule threw');
  for (const f of findings) assert.ok(f.start >= 0 && f.end <= text.length, `range outside the document: ${f.ruleId}`);
  console.log(`hostile: ${name} (${(text.length / 1024 / 1024).toFixed(2)} MB) in ${ms.toFixed(0)} ms, ${findings.length} findings`);
  return { findings, ms };
}

describe('hostile and broken input', () => {
  it('skips a 20 MB file at once with an explanation', () => {
    const line = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: big }\ndata:\n' + '  key: ' + 'x'.repeat(100) + '\n';
    const text = line + '  k: v\n'.repeat(Math.ceil((20 * 1024 * 1024) / 7));
    const { findings, ms } = timed('huge.yaml', text);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.ruleId, 'too-large');
    assert.match(findings[0]?.message ?? '', /^This file is 20\.\d MB, above the 8\.0 MB limit/);
    assert.ok(ms < 500, `${ms} ms`);
  });

  it('handles a 5 MB single-line JSON spec and a 5 MB single-line YAML flow sequence', () => {
    const paths: Record<string, unknown> = {};
    for (let i = 0; i < 300; i++) paths[`/items${i}/{id}`] = { get: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } } };
    const json = JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1', description: 'lorem ipsum '.repeat(440_000) }, paths });
    assert.ok(!json.includes('\n'));
    assert.ok(timed('one-line.json', json).ms < 20_000);
    const yaml = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: flow }\ndata: { list: [' + 'ab, '.repeat(1_300_000) + 'ab] }\n';
    const flow = timed('one-line.yaml', yaml);
    assert.ok(flow.ms < 2_000);
    assert.match(flow.findings[0]?.message ?? '', /items in flow collections .* so it was not analysed/);
  });

  it('survives 10,000 levels of nesting in YAML and JSON', () => {
    const depth = 10_000;
    for (const { findings } of [
      timed('deep.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: deep }\ndata: ${'['.repeat(depth)}${']'.repeat(depth)}\n`),
      timed('deep.json', `{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "x": ${'['.repeat(depth)}${']'.repeat(depth)}}`),
    ]) {
      // Either analysed, or refused with a sentence that says why; never a crash.
      for (const f of findings) assert.match(f.message, /^[A-Z].*\.$/);
    }
    const block = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a${i}:`).join('\n');
    timed('deep-block.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: deep }\ndata:\n${block.replace(/^/gm, ' ')} x\n`);
  });

  it('terminates on cyclic $ref chains and self-referencing schemas', () => {
    const spec = `openapi: 3.0.3
info: { title: cycles, version: "1" }
paths:
  /nodes:
    post:
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/A' }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Self' }
components:
  schemas:
    A: { $ref: '#/components/schemas/B' }
    B: { $ref: '#/components/schemas/A' }
    Self:
      type: object
      properties:
        children: { type: array, items: { $ref: '#/components/schemas/Self' } }
        parent: { $ref: '#/components/schemas/Self' }
        name: { type: string }
`;
    assert.ok(timed('cycles.yaml', spec).ms < 2000);
  });

  it('refuses an alias bomb quickly through the whole pipeline', () => {
    const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: { name: lol }', 'data:', '  a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) lines.push(`  a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(',')}]`);
    const { findings, ms } = timed('bomb.yaml', lines.join('\n') + '\n');
    assert.ok(findings.some((f) => f.ruleId === 'syntax' && /alias bomb/.test(f.message)));
    assert.ok(ms < 2000);
  });

  it('gives exact positions with CRLF line endings, a BOM and non-ASCII text', () => {
    const text = 'apiVersion: v1\r\nkind: Pod\r\nmetadata: { name: "café-😀" }\r\nspec:\r\n  containers:\r\n    - name: a\r\n      image: nginx:latest\r\n';
    const { findings } = timed('crlf.yaml', text);
    const image = findings.find((f) => f.ruleId === 'kubernetes/no-latest-image-tag');
    assert.equal(text.slice(image?.start, image?.end), 'nginx:latest');
  });

  it('skips binary files and reads non-UTF-8 files without failing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-hostile-'));
    fs.writeFileSync(path.join(dir, 'image.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
    fs.writeFileSync(path.join(dir, 'latin1.yaml'), Buffer.concat([Buffer.from('apiVersion: v1\nkind: Pod\nmetadata: { name: "caf'), Buffer.from([0xe9]), Buffer.from('" }\nspec:\n  containers:\n    - name: a\n      image: nginx:latest\n')]));
    fs.writeFileSync(path.join(dir, 'bom.yaml'), '\uFEFFapiVersion: v1\nkind: Pod\nmetadata: { name: b }\nspec:\n  containers:\n    - name: a\n      image: nginx:latest\n');
    let out = '';
    let err = '';
    const code = runCli(['check', dir, '--format', 'json', '--fail-on', 'none'], { out: (t) => (out += t), err: (t) => (err += t) }, () => analyzer, '0');
    assert.equal(code, 0);
    assert.match(err, /image\.yaml looks binary and was skipped/);
    const findings = (JSON.parse(out) as { findings: Array<{ file: string; ruleId: string; range: { start: { line: number; character: number } } }> }).findings;
    const images = findings.filter((f) => f.ruleId === 'kubernetes/no-latest-image-tag');
    assert.deepEqual(images.map((f) => [path.basename(f.file), f.range.start]), [['bom.yaml', { line: 6, character: 13 }], ['latin1.yaml', { line: 6, character: 13 }]]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps findings of other rules when one rule throws, and logs it once', () => {
    const logs: string[] = [];
    const throwing = { id: 'kubernetes/throws', appliesTo: 'kubernetes' as const, messages: {}, fix: 'none' as const, check: () => { throw new Error('boom'); } };
    const a = new Analyzer(base.catalog, [throwing, ...base.rules], (m) => logs.push(m));
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: a\n      image: nginx:latest\n';
    for (let i = 0; i < 3; i++) assert.ok(a.analyze(parseFile('file:///p.yaml', text, 'yaml')).some((f) => f.ruleId === 'kubernetes/no-latest-image-tag'));
    assert.equal(logs.length, 1);
    assert.match(logs[0] ?? '', /^Rule kubernetes\/throws failed and was skipped: Error: boom/);
  });
});
