import { get, getStr, isMap, items, str, type Node } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { operationsOf, resolveRef, securitySchemesOf, versionOf } from '../../views/openapi';
import { isLocalHost, isPlainRemote, serverUrls } from './shared/owasp';

/** The first plain-HTTP address the document offers: 3.x `servers`, or 2.0 `schemes` with `host`. */
function plainHttpAddress(root: Node): string | undefined {
  if (versionOf(root) !== '2.0') return serverUrls(root).find((s) => isPlainRemote(s.url))?.url;
  const host = getStr(root, 'host') ?? '';
  if (host !== '' && isLocalHost(host)) return undefined;
  const lists = [get(root, 'schemes'), ...operationsOf(root).map((op) => get(op.node, 'schemes'))];
  const plain = lists.some((list) => items(list).some((s) => str(s)?.toLowerCase() === 'http'));
  return plain ? (host ? `http://${host}${getStr(root, 'basePath') ?? ''}` : '`schemes: [http]`') : undefined;
}

export default defineRule({
  id: 'openapi/no-basic-auth-over-http',
  appliesTo: 'openapi',
  messages: {
    cleartext: 'Security scheme "{{name}}" is HTTP Basic and the API is offered over plain HTTP ({{url}}), so passwords travel in clear text.',
  },
  fix: 'none',
  check({ root, report }) {
    const version = versionOf(root);
    const schemes = securitySchemesOf(root, version);
    if (!schemes) return;
    let url: string | undefined | null = null;
    const seen = new Set<Node>();
    for (const pair of schemes.pairs) {
      const scheme = resolveRef(root, pair.value);
      if (!isMap(scheme) || seen.has(scheme)) continue;
      seen.add(scheme);
      const type = getStr(scheme, 'type')?.toLowerCase();
      const basic = version === '2.0' ? type === 'basic' : type === 'http' && getStr(scheme, 'scheme')?.toLowerCase() === 'basic';
      if (!basic) continue;
      if (url === null) url = plainHttpAddress(root);
      if (url === undefined) return;
      const at = version === '2.0' ? get(scheme, 'type') : get(scheme, 'scheme');
      report({ node: at ?? pair, messageId: 'cleartext', data: { name: String(pair.key.value), url } });
    }
  },
});
