import { defineRule } from '../../engine/rule';
import { versionOf } from '../../views/openapi';
import { dominantErrorSchema, errorSchemas, type ErrorSchema } from './shared/rest-errors';

export default defineRule({
  id: 'openapi/consistent-error-schema',
  appliesTo: 'openapi',
  messages: {
    differs: 'This {{code}} response returns {{schema}} while most {{code}} responses of the API return {{dominant}}.',
  },
  fix: 'none',
  check({ root, report }) {
    // Compared per status: a 422 with field errors next to a 404 with a message is a design, not drift.
    const byCode = new Map<string, ErrorSchema[]>();
    for (const f of errorSchemas(root, versionOf(root))) {
      const same = byCode.get(f.code);
      if (same) same.push(f);
      else byCode.set(f.code, [f]);
    }
    for (const [code, found] of byCode) {
      const dominant = dominantErrorSchema(found);
      if (!dominant) continue;
      for (const f of found) if (f.identity !== dominant.identity) report({ node: f.node, messageId: 'differs', data: { code, schema: f.label, dominant: dominant.label } });
    }
  },
});
