import { bool, get, getMap, isMap, type MapNode } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { operationsOf, resolveRef, versionOf } from '../../views/openapi';
import { compact, flagged, reachableSchemas, requestBodies, returnedSchemas, schemaNames } from './shared/owasp';

/** Properties only the server should set: the identifier it assigns and its bookkeeping timestamps. */
const SERVER_SET = new Set([
  'id', 'createdat', 'createdon', 'createdtime', 'createddate', 'creationdate', 'creationtime', 'datecreated',
  'updatedat', 'updatedon', 'updatedtime', 'modifiedat', 'modifiedon', 'lastmodified', 'lastmodifiedat', 'lastupdated', 'lastupdatedat', 'datemodified',
  'deletedat', 'createdby', 'updatedby', 'modifiedby',
]);

export default defineRule({
  id: 'openapi/read-only-server-fields',
  appliesTo: 'openapi',
  messages: {
    writable: 'Property "{{name}}" of {{what}} is set by the server but not readOnly, so clients are told they may send it.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    const version = versionOf(root);
    const operations = operationsOf(root);
    const readOnly = (s: MapNode): boolean => bool(get(s, 'readOnly')) === true;
    const requests = reachableSchemas(root, operations.flatMap((op) => requestBodies(root, op, version)), version, readOnly);
    const responses = reachableSchemas(root, operations.flatMap((op) => returnedSchemas(root, op, version)), version);
    const names = schemaNames(root);
    for (const schema of requests) {
      // A schema only ever sent by clients may carry a client-chosen id on purpose; a shared model may not.
      if (!responses.has(schema)) continue;
      const owner = names.get(schema);
      for (const pair of getMap(schema, 'properties')?.pairs ?? []) {
        const name = String(pair.key.value);
        if (!isMap(resolveRef(root, pair.value)) || !SERVER_SET.has(compact(name)) || flagged(root, pair.value, 'readOnly') || flagged(root, pair.value, 'writeOnly')) continue;
        const value = pair.value;
        const canEdit = isMap(value) && (get(value, '$ref') === undefined || version === '3.1');
        const suggest: FixOffer[] = canEdit ? [{ title: `Mark "${name}" readOnly: true`, fix: (f) => f.insertPair(value, 'readOnly', true, ['format', 'type']) }] : [];
        report({ node: pair.key, messageId: 'writable', data: { name, what: owner ? `schema "${owner}"` : 'a schema used in requests and responses' }, suggest });
      }
    }
  },
});
