import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseFile } from '../../server/src/document/parse';
import { get, isMap, type MapNode, type Node } from '../../server/src/document/tree';
import { acceptedSchemas, operationsOf, versionOf, type AcceptedSchema } from '../../server/src/views/openapi';
import { RefResolver, type ResolveContext } from '../../server/src/views/openapi-resolve';
import { inputLimits, schemaReach } from '../../server/src/rules/openapi/shared/operation-walks';
import { dedent, memoryFiles } from '../helpers/rule-tester';
import { walkSchemaChannels, walkSchemas, type SchemaWalk } from '../../server/src/views/openapi-schemas';

/** A small deterministic generator, so a failure names the seed that shows it. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const TYPES = ['string', 'integer', 'number', 'array', 'object'];
const BOUNDS = ['maxLength', 'maximum', 'maxItems', 'enum'];

/** Reusable schemas that refer to each other (cycles included), with allOf/anyOf/oneOf, items and flags. */
function generatedSpec(rand: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const count = 3 + Math.floor(rand() * 8);
  const ref = (): Record<string, unknown> => ({ $ref: `#/components/schemas/S${Math.floor(rand() * count)}` });
  const schema = (depth: number): Record<string, unknown> => {
    if (depth > 2 || rand() < 0.3) return ref();
    const out: Record<string, unknown> = { type: pick(TYPES) };
    if (rand() < 0.3) out[pick(BOUNDS)] = 10;
    if (rand() < 0.15) out['readOnly'] = true;
    if (rand() < 0.15) out['writeOnly'] = true;
    if (rand() < 0.5) out['properties'] = Object.fromEntries(Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, i) => [`p${i}`, schema(depth + 1)]));
    if (rand() < 0.3) out['items'] = schema(depth + 1);
    if (rand() < 0.2) out['additionalProperties'] = schema(depth + 1);
    for (const key of ['allOf', 'anyOf', 'oneOf']) if (rand() < 0.2) out[key] = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => schema(depth + 1));
    if (rand() < 0.3) out['$ref'] = ref().$ref;
    return out;
  };
  const schemas = Object.fromEntries(Array.from({ length: count }, (_, i) => [`S${i}`, schema(0)]));
  return JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } }, null, 1);
}

/** What a walk showed: schema, label, constrained, and the index of the start it came from. */
type Seen = Array<[Node, string, boolean, number]>;

/** A walk whose bounds and pruning depend on the keys a schema has, recording what it is shown. */
function recording(bound: string | undefined, prune: string | undefined, refSiblings: boolean, out: Seen): SchemaWalk {
  return {
    refSiblings,
    ...(bound ? { constrains: (s: MapNode) => get(s, bound) !== undefined } : {}),
    visit(schema, label, constrained, _site, start) {
      out.push([schema, label, constrained, start]);
      if (prune && get(schema, prune) !== undefined) return false;
      return undefined;
    },
  };
}

describe('walkSchemaChannels', () => {
  it('shows each channel exactly what walkSchemas alone shows it, in the same order (400 generated specs)', () => {
    let compared = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const rand = random(seed);
      const root = parseFile('file:///gen.json', generatedSpec(rand), 'json').documents[0]?.root;
      assert.ok(isMap(root));
      const schemas = get(get(root, 'components'), 'schemas');
      assert.ok(isMap(schemas));
      const starts: AcceptedSchema[] = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, i) => ({ schema: (schemas.pairs[Math.floor(rand() * schemas.pairs.length)] as { value: Node }).value, label: `start ${i}` }));
      const refSiblings = rand() < 0.5;
      const specs = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => ({ bound: rand() < 0.8 ? BOUNDS[Math.floor(rand() * BOUNDS.length)] : undefined, prune: rand() < 0.6 ? (rand() < 0.5 ? 'readOnly' : 'writeOnly') : undefined }));
      const masks = starts.map(() => Math.floor(rand() * (1 << specs.length)));
      const together = specs.map((): Seen => []);
      walkSchemaChannels(root, starts, specs.map((s, c) => recording(s.bound, s.prune, refSiblings, together[c] as Seen)), masks);
      specs.forEach((s, c) => {
        const alone: Seen = [];
        const kept = starts.flatMap((_, i) => (((masks[i] as number) >> c) & 1 ? [i] : []));
        walkSchemas(root, kept.map((i) => starts[i] as AcceptedSchema), recording(s.bound, s.prune, refSiblings, alone));
        // Starts are numbered in the list each walk was given.
        for (const seen of alone) seen[3] = kept[seen[3]] as number;
        assert.deepEqual(together[c], alone, `seed ${seed}, channel ${c}`);
        compared += alone.length;
      });
    }
    // The generated specs must actually exercise the walk.
    assert.ok(compared > 5000, `only ${compared} visits compared`);
  });

  it('agrees with separate walks on the real specs of the corpus', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'shared', 'corpus', 'openapi');
    const files = fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).size < 500_000);
    assert.ok(files.length >= 10);
    let visits = 0;
    for (const name of files) {
      const flavor = name.endsWith('.json') ? 'json' : 'yaml';
      const root = parseFile(`file:///corpus/${name}`, fs.readFileSync(path.join(dir, name), 'utf8'), flavor).documents[0]?.root;
      if (!root) continue;
      const version = versionOf(root);
      const starts = operationsOf(root).flatMap((op) => acceptedSchemas(root, op, version));
      const masks = starts.map((_, i) => (i % 3 === 0 ? 0b101 : 0b111));
      const specs = [{ bound: 'maxLength', prune: 'readOnly' }, { bound: 'maximum', prune: 'readOnly' }, { bound: 'maxItems', prune: undefined }];
      const together = specs.map((): Seen => []);
      walkSchemaChannels(RefResolver.local(root), starts, specs.map((s, c) => recording(s.bound, s.prune, version === '3.1', together[c] as Seen)), masks);
      specs.forEach((s, c) => {
        const alone: Seen = [];
        const kept = starts.flatMap((_, i) => (((masks[i] as number) >> c) & 1 ? [i] : []));
        walkSchemas(root, kept.map((i) => starts[i] as AcceptedSchema), recording(s.bound, s.prune, version === '3.1', alone));
        for (const seen of alone) seen[3] = kept[seen[3]] as number;
        assert.deepEqual(together[c], alone, `${name}, channel ${c}`);
        visits += alone.length;
      });
    }
    assert.ok(visits > 1000, `only ${visits} visits compared`);
  });

  it('refuses channels that read refs differently, and more channels than it can count', () => {
    const root = parseFile('file:///x.json', '{"openapi":"3.1.0"}', 'json').documents[0]?.root as Node;
    assert.throws(() => walkSchemaChannels(root, [], [{ visit: () => undefined, refSiblings: true }, { visit: () => undefined }]), /refSiblings/);
    assert.throws(() => walkSchemaChannels(root, [], Array.from({ length: 9 }, () => ({ visit: () => undefined }))), /1 to 8/);
  });
});

describe('inputLimits', () => {
  const api = (body: string): string => dedent(`
    openapi: 3.0.3
    info: { title: t, version: '1' }
    paths:
      /pets:
        post:
          requestBody:
            content:
              application/json:
                schema:
                  ${body}
          responses: { '201': { description: created } }
  `);
  const contextOf = (text: string, files: Record<string, string> = {}): ResolveContext => {
    const uri = 'file:///api/openapi.yaml';
    const file = parseFile(uri, text, 'yaml');
    const document = file.documents[0];
    assert.ok(document?.root);
    const memos = new Map<string, unknown>();
    return { root: document.root, document, path: uri, file, files: memoryFiles(uri, files), memo: <T>(key: string, compute: () => T): T => (memos.has(key) ? (memos.get(key) as T) : (memos.set(key, compute()), memos.get(key) as T)) };
  };

  it('serves the three limit rules from one walk while the document keeps to itself', () => {
    const context = contextOf(api('{ type: object, properties: { name: { type: string }, tags: { type: array, items: { type: string } }, age: { type: integer } } }'));
    const first = inputLimits(RefResolver.of(context));
    assert.deepEqual(first.strings.map((u) => u.label), ['property "name"', 'property "tags" items']);
    assert.deepEqual(first.numbers.map((u) => u.label), ['property "age"']);
    assert.deepEqual(first.arrays.map((u) => u.label), ['property "tags"']);
    assert.equal(inputLimits(RefResolver.of(context)), first);
  });

  it('walks again for each rule when refs lead into other files, which may change without this one', () => {
    const context = contextOf(api("{ $ref: 'models.yaml#/Pet' }"), { 'models.yaml': 'Pet: { type: object, properties: { name: { type: string } } }' });
    const first = inputLimits(RefResolver.of(context));
    assert.deepEqual(first.strings.map((u) => [u.label, u.site.source.home]), [['property "name"', false]]);
    assert.notEqual(inputLimits(RefResolver.of(context)), first);
  });

  it('walks what requests send and what responses return in one pass, each with its own pruning', () => {
    const text = dedent(`
      openapi: 3.0.3
      info: { title: t, version: '1' }
      paths:
        /users:
          post:
            requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/User' } } } }
            responses:
              '201': { description: created, content: { application/json: { schema: { $ref: '#/components/schemas/User' } } } }
      components:
        schemas:
          User:
            type: object
            properties:
              id: { type: string, readOnly: true }
              password: { type: string, writeOnly: true }
              name: { type: string }
    `);
    const context = contextOf(text);
    const reach = schemaReach(RefResolver.of(context));
    const named = (schemas: readonly MapNode[]): string[] => schemas.map((s) => (get(s, 'readOnly') ? 'id' : get(s, 'writeOnly') ? 'password' : get(s, 'properties') ? 'User' : 'name'));
    assert.deepEqual(named(reach.sent.schemas), ['User', 'password', 'name']);
    assert.deepEqual(reach.sent.labels, ['schema "User"', 'property "password"', 'property "name"']);
    assert.deepEqual(named(reach.requests.schemas), ['User', 'id', 'password', 'name']);
    assert.deepEqual(named(reach.returned.schemas), ['User', 'id', 'name']);
    assert.deepEqual(named(reach.responses.schemas), ['User', 'id', 'password', 'name']);
    // Membership, from the walk's marks for the channels that skip nothing and from a set for the others.
    const [user, id, password] = reach.requests.schemas as [MapNode, MapNode, MapNode];
    assert.ok(reach.requests.has(id) && reach.responses.has(password) && reach.sent.has(password) && reach.returned.has(id));
    assert.ok(!reach.sent.has(id) && !reach.returned.has(password) && reach.sent.has(user));
    assert.equal(schemaReach(RefResolver.of(context)), reach);
    const elsewhere = contextOf(api("{ $ref: 'models.yaml#/Pet' }"), { 'models.yaml': 'Pet: { type: object }' });
    const first = schemaReach(RefResolver.of(elsewhere));
    assert.equal(first.sent.schemas.length, 1);
    assert.notEqual(schemaReach(RefResolver.of(elsewhere)), first);
  });
});
