import { get, getMap, isMap } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { versionOf } from '../../views/openapi';
import { RefResolver } from '../../views/openapi-resolve';
import { compact, flagged, ownerName, schemaNames } from './shared/owasp';
import { schemaReach } from './shared/operation-walks';
import { SchemaFindings } from './shared/schema-report';

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
  check(context) {
    const { root, report } = context;
    const version = versionOf(root);
    const refs = RefResolver.of(context);
    // What clients may send (readOnly schemas left out), and everything responses reach.
    const { requestStarts, sent, responses } = schemaReach(refs);
    const found = new SchemaFindings<'writable'>(refs, () => requestStarts);
    const names = schemaNames(root);
    for (const schema of sent.schemas) {
      // A schema only ever sent by clients may carry a client-chosen id on purpose; a shared model may not.
      if (!responses.has(schema)) continue;
      const site = sent.siteOf(schema);
      const owner = ownerName(names, schema, site);
      for (const pair of getMap(schema, 'properties')?.pairs ?? []) {
        const name = String(pair.key.value);
        if (!SERVER_SET.has(compact(name)) || !isMap(refs.node(pair.value, site.source))) continue;
        if (flagged(refs, pair.value, 'readOnly', site.source) || flagged(refs, pair.value, 'writeOnly', site.source)) continue;
        const value = pair.value;
        const canEdit = isMap(value) && (get(value, '$ref') === undefined || version === '3.1');
        const suggest: FixOffer[] = canEdit ? [{ title: `Mark "${name}" readOnly: true`, fix: (f) => f.insertPair(value, 'readOnly', true, ['format', 'type']) }] : [];
        found.add({ node: pair.key, messageId: 'writable', data: { name, what: owner ? `schema "${owner}"` : 'a schema used in requests and responses' }, suggest }, site, `"${name}" is set by the server but not readOnly`);
      }
    }
    for (const r of found.reports()) report(r);
  },
});
