import { get, isMap, isScalar, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';

export default defineRule({
  id: 'openapi/info-version',
  appliesTo: 'openapi',
  messages: {
    missing: 'The document has no info.version, so nobody can tell which version of the API it describes.',
    empty: 'The info.version field is empty, so nobody can tell which version of the API it describes.',
  },
  fix: 'none',
  check({ root, report }) {
    const info = pairOf(root, 'info');
    if (!info || !isMap(info.value)) return;
    const version = pairOf(info.value, 'version');
    if (!version) {
      report({ node: info, messageId: 'missing' });
      return;
    }
    const value = get(info.value, 'version');
    if (isScalar(value) && (value.value === null || String(value.value).trim() === '')) report({ node: version, messageId: 'empty' });
  },
});
