import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFile } from '../../server/src/document/parse';
import { applyEdits } from '../../server/src/document/source-range';
import { get, isMap, mapItems, pairOf, type MapNode } from '../../server/src/document/tree';
import { Fixer, detectIndentUnit } from '../../server/src/engine/fixer';

function mapAt(text: string, path: string[], flavor: 'yaml' | 'json' = 'yaml'): { map: MapNode; fixer: Fixer } {
  const doc = parseFile(flavor === 'json' ? 'file:///a.json' : 'file:///a.yaml', text, flavor).documents[0];
  let node = doc?.root ?? undefined;
  for (const key of path) node = get(node, key);
  assert.ok(isMap(node), `no map at ${path.join('.')}`);
  return { map: node, fixer: new Fixer(text, flavor) };
}

function reparses(text: string, flavor: 'yaml' | 'json' = 'yaml'): void {
  const problems = parseFile(flavor === 'json' ? 'file:///a.json' : 'file:///a.yaml', text, flavor).documents.flatMap((d) => d.problems);
  assert.deepEqual(problems, [], text);
}

describe('Fixer.insertPair', () => {
  it('adds a nested block at the mapping indentation, after the named key, keeping comments', () => {
    const text = 'containers:\n  - name: api # the api\n    image: api:1.0 # pinned\n    ports:\n      - containerPort: 80\n';
    const { map, fixer } = mapAt(text, []);
    const container = mapItems(get(map, 'containers'))[0];
    assert.ok(container);
    const out = applyEdits(text, [fixer.insertPair(container, 'resources', { limits: { memory: '128Mi' } }, ['image'])]);
    assert.equal(out, 'containers:\n  - name: api # the api\n    image: api:1.0 # pinned\n    resources:\n      limits:\n        memory: 128Mi\n    ports:\n      - containerPort: 80\n');
    reparses(out);
  });

  it('appends at the end of a mapping that ends the file without a newline', () => {
    const text = 'a:\n    b: 1';
    const { map, fixer } = mapAt(text, ['a']);
    const out = applyEdits(text, [fixer.insertPair(map, 'c', [1, 2])]);
    assert.equal(out, 'a:\n    b: 1\n    c:\n        - 1\n        - 2');
    assert.equal(detectIndentUnit(text), 4);
    reparses(out);
  });

  it('keeps CRLF line endings', () => {
    const text = 'a:\r\n  b: 1\r\nz: 2\r\n';
    const { map, fixer } = mapAt(text, ['a']);
    const out = applyEdits(text, [fixer.insertPair(map, 'c', 'x y')]);
    assert.equal(out, 'a:\r\n  b: 1\r\n  c: x y\r\nz: 2\r\n');
  });

  it('quotes scalars that YAML would otherwise read differently', () => {
    const text = 'a:\n  b: 1\n';
    const { map, fixer } = mapAt(text, ['a']);
    const out = applyEdits(text, [fixer.insertPair(map, 'on', 'yes: no')]);
    reparses(out);
    assert.equal(get(get(parseFile('file:///a.yaml', out, 'yaml').documents[0]?.root, 'a'), 'on')?.type, 'scalar');
  });

  it('writes JSON into a pretty-printed JSON object with its indentation', () => {
    const text = '{\n    "a": {\n        "b": 1\n    }\n}\n';
    const { map, fixer } = mapAt(text, ['a'], 'json');
    const out = applyEdits(text, [fixer.insertPair(map, 'c', { d: [1] })]);
    assert.equal(out, '{\n    "a": {\n        "b": 1,\n        "c": {\n            "d": [\n                1\n            ]\n        }\n    }\n}\n');
    assert.deepEqual(JSON.parse(out), { a: { b: 1, c: { d: [1] } } });
  });

  it('writes into an empty JSON object and into a one-line one', () => {
    const empty = '{\n  "a": {}\n}';
    const e = mapAt(empty, ['a'], 'json');
    const out1 = applyEdits(empty, [e.fixer.insertPair(e.map, 'x', 1)]);
    assert.deepEqual(JSON.parse(out1), { a: { x: 1 } });
    const inline = '{"a": {"b": 1}}';
    const i = mapAt(inline, ['a'], 'json');
    const out2 = applyEdits(inline, [i.fixer.insertPair(i.map, 'x', 'y')]);
    assert.equal(out2, '{"a": {"b": 1, "x": "y"}}');
  });

  it('writes into a YAML flow mapping', () => {
    const text = 'metadata: { name: a }\n';
    const { map, fixer } = mapAt(text, ['metadata']);
    const out = applyEdits(text, [fixer.insertPair(map, 'namespace', 'prod')]);
    assert.equal(out, 'metadata: { name: a, namespace: prod }\n');
  });
});

describe('Fixer.removePair', () => {
  it('removes the whole lines of a block pair, comments on it included', () => {
    const text = 'sc:\n  privileged: true # needed?\n  runAsNonRoot: true\n';
    const { map, fixer } = mapAt(text, ['sc']);
    const pair = pairOf(map, 'privileged');
    assert.ok(pair);
    assert.equal(applyEdits(text, [fixer.removePair(map, pair)]), 'sc:\n  runAsNonRoot: true\n');
  });

  it('removes a JSON property with its comma, first or last', () => {
    const text = '{"a": 1, "b": 2, "c": 3}';
    const { map, fixer } = mapAt(text, [], 'json');
    const first = pairOf(map, 'a');
    const last = pairOf(map, 'c');
    assert.ok(first && last);
    assert.deepEqual(JSON.parse(applyEdits(text, [fixer.removePair(map, first)])), { b: 2, c: 3 });
    assert.deepEqual(JSON.parse(applyEdits(text, [fixer.removePair(map, last)])), { a: 1, b: 2 });
  });
});

describe('applyEdits', () => {
  it('keeps the array order of insertions at the same offset, as LSP clients do', () => {
    assert.equal(applyEdits('ab', [{ start: 1, end: 1, text: 'X' }, { start: 1, end: 1, text: 'Y' }]), 'aXYb');
    assert.equal(applyEdits('abc', [{ start: 0, end: 1, text: 'A' }, { start: 2, end: 3, text: 'C' }]), 'AbC');
  });
});

describe('Fixer.appendItems and removeItem', () => {
  const seqAt = (text: string, key: string, flavor: 'yaml' | 'json' = 'yaml') => {
    const root = parseFile(flavor === 'json' ? 'file:///a.json' : 'file:///a.yaml', text, flavor).documents[0]?.root;
    const seq = get(root, key);
    assert.ok(seq?.type === 'seq');
    return { seq, fixer: new Fixer(text, flavor) };
  };

  it('removes a block item with its comment lines, and leaves [] for the last one', () => {
    const text = 'add:\n  - NET_ADMIN # why?\n  - SYS_ADMIN\nz: 1\n';
    const { seq, fixer } = seqAt(text, 'add');
    const [first, second] = seq.items;
    assert.ok(first && second);
    assert.equal(applyEdits(text, [fixer.removeItem(seq, first) ?? { start: 0, end: 0, text: '' }]), 'add:\n  - SYS_ADMIN\nz: 1\n');
    assert.equal(applyEdits(text, [fixer.removeItem(seq, second) ?? { start: 0, end: 0, text: '' }]), 'add:\n  - NET_ADMIN # why?\nz: 1\n');
    const single = 'add:\n  - SYS_ADMIN\nz: 1\n';
    const s = seqAt(single, 'add');
    const only = s.seq.items[0];
    assert.ok(only);
    assert.equal(applyEdits(single, [s.fixer.removeItem(s.seq, only) ?? { start: 0, end: 0, text: '' }]), 'add: []\nz: 1\n');
  });

  it('removes a JSON or flow item with its comma', () => {
    const text = '{"add": ["A", "B", "C"]}';
    const { seq, fixer } = seqAt(text, 'add', 'json');
    const [a, , c] = seq.items;
    assert.ok(a && c);
    assert.deepEqual(JSON.parse(applyEdits(text, [fixer.removeItem(seq, a) ?? { start: 0, end: 0, text: '' }])), { add: ['B', 'C'] });
    assert.deepEqual(JSON.parse(applyEdits(text, [fixer.removeItem(seq, c) ?? { start: 0, end: 0, text: '' }])), { add: ['A', 'B'] });
  });

  it('appends block items at the column of the existing dashes', () => {
    const text = 'drop:\n- NET_RAW\nz: 1\n';
    const { seq, fixer } = seqAt(text, 'drop');
    assert.equal(applyEdits(text, [fixer.appendItems(seq, ['ALL']) ?? { start: 0, end: 0, text: '' }]), 'drop:\n- NET_RAW\n- ALL\nz: 1\n');
  });
});

describe('list edits inside flow mappings and list items', () => {
  it('keeps an empty list inside a flow mapping in flow style', () => {
    const text = 'capabilities: { drop: [] }\n';
    const root = parseFile('file:///a.yaml', text, 'yaml').documents[0]?.root;
    const seq = get(get(root, 'capabilities'), 'drop');
    assert.ok(seq?.type === 'seq');
    const out = applyEdits(text, [new Fixer(text, 'yaml').appendItems(seq, ['ALL']) ?? { start: 0, end: 0, text: '' }]);
    assert.equal(out, 'capabilities: { drop: [ALL] }\n');
    reparses(out);
  });

  it('removes the first key of a list item without losing the dash', () => {
    const text = 'ports:\n  - hostPort: 80\n    containerPort: 80\n  - containerPort: 90\n';
    const root = parseFile('file:///a.yaml', text, 'yaml').documents[0]?.root;
    const item = mapItems(get(root, 'ports'))[0];
    assert.ok(item);
    const pair = pairOf(item, 'hostPort');
    assert.ok(pair);
    assert.equal(applyEdits(text, [new Fixer(text, 'yaml').removePair(item, pair)]), 'ports:\n  - containerPort: 80\n  - containerPort: 90\n');
    const only = 'ports:\n  - hostPort: 80\n  - containerPort: 90\n';
    const single = mapItems(get(parseFile('file:///a.yaml', only, 'yaml').documents[0]?.root, 'ports'))[0];
    const onlyPair = pairOf(single, 'hostPort');
    assert.ok(single && onlyPair);
    assert.equal(applyEdits(only, [new Fixer(only, 'yaml').removePair(single, onlyPair)]), 'ports:\n  - {}\n  - containerPort: 90\n');
  });
});

describe('values written by fixes', () => {
  const map = (text: string): MapNode => {
    const root = parseFile('file:///f.yaml', text, 'yaml').documents[0]?.root;
    assert.ok(root && isMap(root));
    return root;
  };
  it('writes what the yaml serializer writes, for the values it treats specially', () => {
    const text = 'spec:\n  a: 1\n';
    const spec = get(map(text), 'spec') as MapNode;
    const insert = (key: string, value: number | boolean | null): string => applyEdits(text, [new Fixer(text, 'yaml').insertPair(spec, key, value)]);
    assert.equal(insert('zero', -0), 'spec:\n  a: 1\n  zero: -0\n');
    assert.equal(insert('ratio', 0.5), 'spec:\n  a: 1\n  ratio: 0.5\n');
    assert.equal(insert('Null', 1), 'spec:\n  a: 1\n  "Null": 1\n');
    assert.equal(insert('true', 2), 'spec:\n  a: 1\n  "true": 2\n');
    // Remembered renderings must not hand one value's text to another.
    assert.equal(insert('limit', Number.NaN), 'spec:\n  a: 1\n  limit: .nan\n');
    assert.equal(insert('limit', null), 'spec:\n  a: 1\n  limit: null\n');
  });
});

