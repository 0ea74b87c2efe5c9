import { bool, get, getMap, getStr, isMap, type MapNode } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { operationsOf, resolveRef, versionOf } from '../../views/openapi';
import { compact, flagged, reachableSchemas, requestBodies, returnedSchemas, schemaNames } from './shared/owasp';

/**
 * Properties no response should carry: passwords and their hashes, private keys, card security
 * codes, social security numbers. One-time secrets an API hands out on purpose (`client_secret`,
 * a new token) are left out: returning them is the point of those operations.
 */
/** A description that says when the value is (not) returned marks a deliberate, guarded exposure. */
const GUARDED = /only (?:be )?(?:available|returned|included|present|visible|shown)|unless|expand|redact|mask|obfuscat|never returned/i;
/** A cheap first look before the name is normalised: most properties of a large spec fail it. */
const MAYBE = /pass|pwd|key|ssn|social|cv[cv]|code/i;
const SENSITIVE = new Set([
  'password', 'passwd', 'userpassword', 'currentpassword', 'oldpassword', 'newpassword', 'passwordhash', 'hashedpassword', 'passwordsalt', 'passphrase',
  'privatekey', 'secretkey', 'signingkey', 'ssn', 'socialsecuritynumber', 'cvv', 'cvv2', 'cvc', 'cvc2', 'cardcvc', 'cardcvv', 'securitycode',
]);

export default defineRule({
  id: 'openapi/no-sensitive-fields-in-responses',
  appliesTo: 'openapi',
  messages: {
    exposed: 'Property "{{name}}" of {{what}} is returned in responses although it holds a secret or sensitive personal data.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    const version = versionOf(root);
    const operations = operationsOf(root);
    const skipWriteOnly = (s: MapNode): boolean => bool(get(s, 'writeOnly')) === true;
    const responses = reachableSchemas(root, operations.flatMap((op) => returnedSchemas(root, op, version)), version, skipWriteOnly);
    let requests: Set<MapNode> | undefined;
    const inRequests = (schema: MapNode): boolean => (requests ??= reachableSchemas(root, operations.flatMap((op) => requestBodies(root, op, version)), version)).has(schema);
    const names = schemaNames(root);
    for (const schema of responses) {
      for (const pair of getMap(schema, 'properties')?.pairs ?? []) {
        const name = String(pair.key.value);
        if (!MAYBE.test(name) || !SENSITIVE.has(compact(name)) || !isMap(resolveRef(root, pair.value)) || flagged(root, pair.value, 'writeOnly') || GUARDED.test(getStr(resolveRef(root, pair.value), 'description') ?? '')) continue;
        const value = pair.value;
        // writeOnly exists from 3.0 on; it fits a model that clients also send (a sign-up form, say).
        const canEdit = version !== '2.0' && isMap(value) && inRequests(schema) && (get(value, '$ref') === undefined || version === '3.1');
        const suggest: FixOffer[] = canEdit ? [{ title: `Mark "${name}" writeOnly: true (accepted, never returned)`, fix: (f) => f.insertPair(value, 'writeOnly', true, ['format', 'type']) }] : [];
        const owner = names.get(schema);
        report({ node: pair.key, messageId: 'exposed', data: { name, what: owner ? `schema "${owner}"` : 'a response schema' }, suggest });
      }
    }
  },
});
