import { get, getMap, getStr, isMap, items, type MapNode, type Node } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { HTTP_METHODS, operationsOf, resolveRef, versionOf } from '../../views/openapi';
import { compact, requiresAuth } from './shared/owasp';

/** `X-Hub-Signature-256`, `Stripe-Signature`, `Webhook-Signature`, RFC 9421 `Signature`, or `Authorization`. */
const signed = (name: string): boolean => compact(name).includes('signature') || compact(name) === 'authorization';
const MENTIONS = /signature|signed|hmac|mutual tls|mtls/i;

function verifiable(root: Node, op: MapNode): boolean {
  if (requiresAuth(get(op, 'security'))) return true;
  if (items(get(op, 'parameters')).some((p) => { const r = resolveRef(root, p); return getStr(r, 'in') === 'header' && signed(getStr(r, 'name') ?? ''); })) return true;
  return MENTIONS.test(`${getStr(op, 'summary') ?? ''} ${getStr(op, 'description') ?? ''}`);
}

export default defineRule({
  id: 'openapi/callbacks-secured',
  appliesTo: 'openapi',
  messages: {
    callback: 'Callback {{method}} "{{name}}" documents neither security nor a signature header, so receivers cannot verify that a request comes from this API.',
    webhook: 'Webhook {{method}} "{{name}}" documents neither security nor a signature header, so receivers cannot verify that a request comes from this API.',
  },
  fix: 'none',
  check({ root, report }) {
    const seen = new Set<MapNode>();
    const visitItem = (item: Node, name: string, messageId: 'callback' | 'webhook'): void => {
      const pathItem = resolveRef(root, item);
      if (!isMap(pathItem)) return;
      for (const pair of pathItem.pairs) {
        const method = String(pair.key.value).toLowerCase();
        if (!(HTTP_METHODS as readonly string[]).includes(method) || !isMap(pair.value) || seen.has(pair.value)) continue;
        seen.add(pair.value);
        if (!verifiable(root, pair.value)) report({ node: pair.key, messageId, data: { method: method.toUpperCase(), name } });
      }
    };
    for (const op of operationsOf(root)) {
      for (const callback of getMap(op.node, 'callbacks')?.pairs ?? []) {
        const expressions = resolveRef(root, callback.value);
        for (const expression of isMap(expressions) ? expressions.pairs : []) visitItem(expression.value, String(callback.key.value), 'callback');
      }
    }
    if (versionOf(root) === '3.1') for (const hook of getMap(root, 'webhooks')?.pairs ?? []) visitItem(hook.value, String(hook.key.value), 'webhook');
  },
});
