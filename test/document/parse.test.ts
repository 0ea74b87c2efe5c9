import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectKind, detectTemplate } from '../../server/src/document/detect';
import { parseFile } from '../../server/src/document/parse';
import { splitDocuments } from '../../server/src/document/split';
import { get, getStr, isMap, pairOf, singleParentTree, str, type Node } from '../../server/src/document/tree';
import { refsOf } from '../../server/src/rules/openapi/shared/refs';
import { LineIndex } from '../../server/src/document/source-range';

describe('splitDocuments', () => {
  it('splits on --- at column 0 only and keeps a leading comment with the first document', () => {
    const text = '# header\n---\na: 1\n---\nb: "--- not a marker"\n  ---x: no\n';
    const chunks = splitDocuments(text);
    assert.deepEqual(chunks.map((c) => c.start), [0, 18]);
    assert.equal(chunks.map((c) => c.text).join(''), text);
  });
  it('returns one chunk for a file without markers', () => {
    assert.deepEqual(splitDocuments('a: 1\n'), [{ start: 0, text: 'a: 1\n' }]);
  });
});

describe('parseFile', () => {
  it('gives each document offsets relative to its own start and the base of that start', () => {
    const text = 'kind: A\napiVersion: v1\n---\nkind: B\napiVersion: v1\nspec: { x: 1 }\n';
    const file = parseFile('file:///m.yaml', text, 'yaml');
    assert.equal(file.documents.length, 2);
    const second = file.documents[1];
    assert.ok(second?.root);
    const x = get(get(second.root, 'spec'), 'x');
    assert.ok(x);
    assert.equal(text.slice(second.base + x.start, second.base + x.end), '1');
    assert.equal(second.kind, 'kubernetes');
  });

  it('parses a JSON file that was broken in its last version exactly as a fresh file', () => {
    const broken = parseFile('file:///s.json', '{"a": [1, 2', 'json');
    assert.ok((broken.documents[0]?.problems.length ?? 0) > 0);
    const fixed = parseFile('file:///s.json', '{"a": [1, 2]}', 'json', broken);
    assert.deepEqual(fixed, parseFile('file:///s.json', '{"a": [1, 2]}', 'json'));
    const again = parseFile('file:///s.json', '{"a": [1, 2,]}', 'json', fixed);
    assert.deepEqual(again.documents[0]?.problems, parseFile('file:///s.json', '{"a": [1, 2,]}', 'json').documents[0]?.problems);
  });

  it('reuses the parse of documents whose text did not change', () => {
    const first = parseFile('file:///m.yaml', 'a: 1\n---\nb: 2\n', 'yaml');
    const second = parseFile('file:///m.yaml', 'a: 10\n---\nb: 2\n', 'yaml', first);
    assert.equal(second.documents[1]?.root, first.documents[1]?.root, 'the unchanged document was parsed again');
    assert.equal(second.documents[1]?.base, 6);
    assert.notEqual(second.documents[0]?.root, first.documents[0]?.root);
  });

  it('parses JSON with exact offsets into the same tree', () => {
    const text = '{\n  "openapi": "3.0.3",\n  "paths": {"/a": {}}\n}';
    const file = parseFile('file:///o.json', text, 'json');
    const doc = file.documents[0];
    assert.equal(doc?.kind, 'openapi');
    const pair = pairOf(doc?.root, 'paths');
    assert.ok(pair);
    assert.equal(text.slice(pair.key.start, pair.key.end), '"paths"');
    assert.equal(str(pair.key), 'paths');
  });

  it('applies merge keys without moving the merged pairs', () => {
    const text = 'x-base: &base\n  restart: always\n  image: a:1\nservices:\n  api:\n    <<: *base\n    image: b:2\n';
    const root = parseFile('file:///compose.yaml', text, 'yaml').documents[0]?.root;
    const api = get(get(root, 'services'), 'api');
    assert.ok(isMap(api));
    assert.equal(getStr(api, 'image'), 'b:2');
    assert.equal(getStr(api, 'restart'), 'always');
    assert.deepEqual(api.pairs.map((p) => p.key.value), ['image']);
    const restart = get(api, 'restart');
    assert.ok(restart);
    assert.equal(text.slice(restart.start, restart.end), 'always');
  });

  it('refuses an alias bomb quickly, with a clear message', () => {
    const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(',')}]`);
    const started = Date.now();
    const file = parseFile('file:///bomb.yaml', lines.join('\n') + '\n', 'yaml');
    assert.ok(Date.now() - started < 2000);
    const doc = file.documents[0];
    assert.equal(doc?.root, null);
    assert.match(doc?.problems[0]?.message ?? '', /alias bomb/);
  });

  it('reports syntax errors with positions inside the document', () => {
    const file = parseFile('file:///b.yaml', 'a: [1, 2\nb: 3\n', 'yaml');
    const problem = file.documents[0]?.problems[0];
    assert.ok(problem);
    assert.ok(problem.start >= 0 && problem.end <= 14);
  });

  it('skips Helm templates but not Compose files that mention Go templates in a command', () => {
    assert.ok(detectTemplate('metadata:\n  name: {{ include "x" . }}\n'));
    assert.ok(detectTemplate('{{- if .Values.enabled }}\napiVersion: v1\n'));
    assert.equal(detectTemplate('services:\n  a:\n    healthcheck:\n      test: docker inspect --format "{{.State.Health.Status}}" a\n'), undefined);
  });

  it('counts flow items the same way whichever YAML path reads the document', () => {
    const numbers = Array.from({ length: 10_500 }, (_, i) => i).join(', ');
    // Commas inside a block scalar are text, not flow items, with or without an alias around.
    for (const extra of ['', 'metadata:\n  labels: { app: &a web, tier: *a }\n']) {
      const file = parseFile('file:///c.yaml', `apiVersion: v1\nkind: ConfigMap\n${extra}data:\n  list: |\n    [${numbers}]\n`, 'yaml');
      assert.deepEqual(file.documents[0]?.problems, [], extra ? 'with an alias' : 'plain');
    }
    // A plain scalar with an apostrophe inside a big flow sequence is still counted.
    const words = Array.from({ length: 10_500 }, (_, i) => (i === 0 ? "it's" : `w${i}`)).join(', ');
    const refused = parseFile('file:///c.yaml', `items: [${words}]\n`, 'yaml');
    assert.match(refused.documents[0]?.problems[0]?.message ?? '', /more than 10,000 items in flow collections/);
  });

  it('finds a template typed into one document of a reparsed file, at its offset, and forgets it once removed', () => {
    const clean = 'apiVersion: v1\nkind: ConfigMap\n---\napiVersion: v1\nkind: Service\n---\napiVersion: v1\nkind: Secret\n';
    const first = parseFile('file:///m.yaml', clean, 'yaml');
    assert.equal(first.skipped, undefined);
    const templated = clean.replace('kind: Service\n', 'kind: Service\nmetadata:\n  name: {{ .Values.name }}\n');
    const second = parseFile('file:///m.yaml', templated, 'yaml', first);
    assert.equal(second.skipped?.code, 'template-skipped');
    assert.equal(templated.slice(second.skipped?.start, second.skipped?.end), '{{');
    assert.equal(second.skipped?.start, templated.indexOf('{{'));
    const third = parseFile('file:///m.yaml', clean, 'yaml', second);
    assert.equal(third.skipped, undefined);
    assert.equal(third.documents.length, 3);
  });
});

describe('detectKind', () => {
  const root = (text: string) => parseFile('file:///x.yaml', text, 'yaml').documents[0]?.root ?? null;
  it('recognises each kind by content', () => {
    assert.equal(detectKind(root('apiVersion: v1\nkind: Service\n'), 'a.yaml'), 'kubernetes');
    assert.equal(detectKind(root('openapi: 3.1.0\n'), 'a.yaml'), 'openapi');
    assert.equal(detectKind(root('swagger: "2.0"\n'), 'a.yaml'), 'openapi');
    assert.equal(detectKind(root('services:\n  db:\n    image: postgres:16\n'), 'stack.yaml'), 'compose');
  });
  it('does not take a CI file with a services list for Compose', () => {
    assert.equal(detectKind(root('services:\n  - docker:dind\n'), '.gitlab-ci.yml'), 'other');
    assert.equal(detectKind(root('services:\n  redis: {}\n'), 'ci.yml'), 'other');
    assert.equal(detectKind(root('services:\n  redis: {}\n'), 'docker-compose.override.yml'), 'compose');
  });
});

describe('LineIndex', () => {
  it('counts UTF-16 code units and handles CRLF', () => {
    const text = 'a: "é😀"\r\nb: 2\r\n';
    const lines = new LineIndex(text);
    const b = text.indexOf('b');
    assert.deepEqual(lines.position(b), { line: 1, character: 0 });
    assert.deepEqual(lines.position(text.indexOf('"', 4)), { line: 0, character: 7 });
    assert.equal(lines.offset({ line: 1, character: 3 }), b + 3);
  });
});

describe('pairOf', () => {
  const scalar = (value: string | number | boolean | null, start: number) => ({ type: 'scalar' as const, value, quoted: false, start, end: start + 1 });
  const pair = (key: string | number | boolean | null, value: string, at: number) => ({ key: scalar(key, at), value: scalar(value, at + 2), start: at, end: at + 3 });

  it('finds the last pair written under a key, as YAML and JSON read duplicates', () => {
    const json = parseFile('file:///d.json', '{"a": 1, "b": 2, "a": 3}', 'json').documents[0]?.root;
    assert.equal(str(get(json, 'a')), '3');
    const small = { type: 'map' as const, flow: false, start: 0, end: 9, pairs: [pair('a', '1', 0), pair('b', '2', 3), pair('a', '3', 6)] };
    assert.equal(pairOf(small, 'a')?.start, 6);
    const large = { ...small, pairs: [...Array.from({ length: 30 }, (_, i) => pair(`k${i}`, 'v', i * 3)), pair('k3', 'last', 90)] };
    assert.equal(str(get(large, 'k3')), 'last', 'the key index of a large map keeps the same answer');
  });

  it('matches keys that are not strings by their text', () => {
    const map = { type: 'map' as const, flow: false, start: 0, end: 12, pairs: [pair(1, 'one', 0), pair(true, 'yes', 3), pair(null, 'nothing', 6), pair('x', 'ex', 9)] };
    assert.equal(str(get(map, '1')), 'one');
    assert.equal(str(get(map, 'true')), 'yes');
    assert.equal(str(get(map, 'null')), 'nothing');
    assert.equal(get(map, 'missing'), undefined);
  });

  it('falls back to merged-in pairs, the first of a key counting, only where no own pair has it', () => {
    const map = { type: 'map' as const, flow: false, start: 0, end: 12, pairs: [pair('a', 'own', 0)], inherited: [pair('a', 'merged', 3), pair('b', 'first', 6), pair('b', 'second', 9)] };
    assert.equal(str(get(map, 'a')), 'own');
    assert.equal(str(get(map, 'b')), 'first');
    const yaml = parseFile('file:///m.yaml', 'base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\n', 'yaml').documents[0]?.root;
    assert.deepEqual([str(get(get(yaml, 'use'), 'x')), str(get(get(yaml, 'use'), 'y'))], ['1', '3']);
  });
});

describe('singleParentTree', () => {
  it('is true for JSON and alias-free YAML, false where an alias shares a node or the composer built the tree', () => {
    const root = (text: string, flavor: 'yaml' | 'json') => parseFile(`file:///t.${flavor}`, text, flavor).documents[0]?.root as Node;
    assert.equal(singleParentTree(root('{"a": {"b": [1, {"c": 2}]}}', 'json')), true);
    assert.equal(singleParentTree(root('{"a": 1,}', 'json')), true, 'jsonc-parser trees share no node either');
    assert.equal(singleParentTree(root('a:\n  b: [1, {c: 2}]\n', 'yaml')), true);
    assert.equal(singleParentTree(root('a: &x {b: 1}\nc: *x\n', 'yaml')), false);
    assert.equal(singleParentTree(root('a: !!str 1\n', 'yaml')), false, 'a tag sends the document to the composer, which is not asked');
  });

  it('lets a whole-tree walk read a node shared by aliases once', () => {
    const text = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get: &op\n      responses:\n        "200": {$ref: "#/components/responses/Ok"}\n  /b:\n    get: *op\ncomponents:\n  responses:\n    Ok: {description: ok}\n';
    const root = parseFile('file:///a.yaml', text, 'yaml').documents[0]?.root as Node;
    assert.equal(singleParentTree(root), false);
    assert.equal(refsOf(root).refs.length, 1);
  });
});
