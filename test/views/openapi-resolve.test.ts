import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFile } from '../../server/src/document/parse';
import { get, getStr, isMap, type MapNode, type Node } from '../../server/src/document/tree';
import { acceptedSchemas, operationsOf, versionOf } from '../../server/src/views/openapi';
import { followPointer, refTargetName, RefResolver, type ResolveContext } from '../../server/src/views/openapi-resolve';
import { walkSchemas } from '../../server/src/views/openapi-schemas';
import { dedent, memoryFiles } from '../helpers/rule-tester';

const URI = 'file:///api/openapi.yaml';

function contextOf(text: string, files: Record<string, string> = {}): ResolveContext & { reads: string[] } {
  const file = parseFile(URI, dedent(text), 'yaml');
  const document = file.documents[0];
  assert.ok(document?.root);
  const provider = memoryFiles(URI, files);
  const reads: string[] = [];
  const memos = new Map<string, unknown>();
  return {
    root: document.root,
    document,
    path: URI,
    file,
    files: { read: (uri) => (reads.push(uri), provider.read(uri)) },
    memo: <T>(key: string, compute: () => T): T => {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
    reads,
  };
}

const API = `
openapi: 3.0.3
info: { title: Pets, version: 1.0.0 }
paths:
  /pets:
    post:
      parameters: [{ $ref: '../shared/common.yaml#/Limit' }, { $ref: 'https://example.com/x.yaml#/P' }]
      requestBody: { $ref: '#/components/requestBodies/PetBody' }
      responses: { '201': { description: Created } }
components:
  requestBodies:
    PetBody: { content: { application/json: { schema: { $ref: 'models/pet.yaml#/Pet' } } } }
  schemas:
    A: { $ref: '#/components/schemas/B' }
    B: { $ref: '#/components/schemas/A' }
    Alias: { $ref: 'models/pet.yaml#/Pet' }
    a/b~c: { type: string }
`;
const FILES = {
  '../shared/common.yaml': 'Limit: { name: limit, in: query, schema: { type: integer } }\n',
  'models/pet.yaml': 'Pet:\n  type: object\n  properties:\n    owner: { $ref: "#/Owner" }\nOwner: { type: object, properties: { name: { type: string } } }\n',
};

describe('openapi ref resolution', () => {
  it('follows JSON pointers with escapes, memoized per root', () => {
    const { root } = contextOf(API);
    const target = followPointer(root, '/components/schemas/a~1b~0c');
    assert.equal(getStr(target, 'type'), 'string');
    assert.equal(followPointer(root, '/components/schemas/a~1b~0c'), target);
    assert.equal(followPointer(root, '/nowhere'), undefined);
    assert.equal(followPointer(root, 'anchor'), undefined);
    assert.equal(followPointer(root, ''), root);
  });

  it('resolves into relative files, with the file the node lives in', () => {
    const context = contextOf(API, FILES);
    const refs = RefResolver.of(context);
    const found = refs.target('models/pet.yaml#/Pet');
    assert.ok(found && isMap(found.node));
    assert.equal(found.source.home, false);
    assert.equal(found.source.uri, 'file:///api/models/pet.yaml');
    assert.equal(found.source.file()?.uri, 'file:///api/models/pet.yaml');
    // A local ref written in the other file resolves in that file.
    const owner = refs.resolve(get(get(found.node, 'properties'), 'owner'), found.source);
    assert.equal(owner?.source, found.source);
    assert.ok(get(get(owner?.node, 'properties'), 'name'));
    assert.equal(refs.target('../shared/common.yaml#/Limit')?.source.uri, 'file:///shared/common.yaml');
  });

  it('never fetches remote documents and reads other files only when a ref leads there', () => {
    const context = contextOf(API, FILES);
    const refs = RefResolver.of(context);
    assert.equal(refs.target('https://example.com/x.yaml#/P'), undefined);
    assert.equal(refs.target('#/components/schemas/a~1b~0c')?.source.home, true);
    assert.deepEqual(context.reads, []);
    refs.target('models/pet.yaml#/Pet');
    refs.target('models/pet.yaml#/Owner');
    assert.deepEqual(context.reads, ['file:///api/models/pet.yaml']);
    assert.equal(refs.target('absent.yaml#/X'), undefined);
  });

  it('follows chains across files, says where they leave the document, and stops on cycles', () => {
    const context = contextOf(API, FILES);
    const refs = RefResolver.of(context);
    const schemas = get(get(context.root, 'components'), 'schemas');
    const alias = refs.resolve(get(schemas, 'Alias'));
    assert.equal(alias?.source.home, false);
    assert.equal((alias?.exit as Node | undefined)?.type, 'scalar');
    assert.equal(refs.resolve(get(schemas, 'A')), undefined);
    assert.equal(RefResolver.local(context.root).resolve(get(schemas, 'Alias')), undefined);
  });

  it('names what refs point at', () => {
    assert.equal(refTargetName('#/components/schemas/Pet'), 'Pet');
    assert.equal(refTargetName('common.yaml#/Error'), 'Error');
    assert.equal(refTargetName('./schemas/pet.json'), 'pet');
    assert.equal(refTargetName('#/components/schemas/a~1b'), 'a/b');
  });

  it('gives schema walks the parameters and bodies of other files, and where they leave the document', () => {
    const context = contextOf(API, FILES);
    const refs = RefResolver.of(context);
    const [op] = operationsOf(context.root);
    assert.ok(op);
    assert.equal(op.parameters.length, 0);
    assert.equal(op.foreignParameters.length, 2);
    const starts = acceptedSchemas(refs, op, versionOf(context.root));
    assert.deepEqual(starts.map((s) => s.label), ['parameter "limit"', 'request body']);
    assert.equal(starts[0]?.source?.uri, 'file:///shared/common.yaml');
    // Without a rule context, refs stay in the document, as before.
    assert.deepEqual(acceptedSchemas(context.root, op, '3.0').map((s) => s.label), ['request body']);
    const seen: Array<[string, boolean, string | undefined]> = [];
    walkSchemas(refs, starts, {
      visit(schema: MapNode, label, _constrained, site) {
        seen.push([label, site.source.home, getStr(site.via, '$ref') ?? (site.via?.type === 'scalar' ? String(site.via.value) : undefined)]);
      },
    });
    assert.deepEqual(seen, [
      ['parameter "limit"', false, "../shared/common.yaml#/Limit"],
      ['schema "Pet"', false, 'models/pet.yaml#/Pet'],
      ['schema "Owner"', false, 'models/pet.yaml#/Pet'],
      ['property "name"', false, 'models/pet.yaml#/Pet'],
    ]);
  });
});
