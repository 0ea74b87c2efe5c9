import { bool, get, getStr, num, pairOf, str, type MapNode } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { acceptedSchemas, operationsOf, schemaTypes, versionOf } from '../../views/openapi';
import { RefResolver } from '../../views/openapi-resolve';
import { walkSchemas } from '../../views/openapi-schemas';
import { SchemaFindings } from './shared/schema-report';

/** Formats whose grammar fixes the length, and file payloads whose size is a body-size concern. */
const BOUNDED_FORMATS = new Set(['date', 'date-time', 'time', 'full-date', 'partial-time', 'uuid', 'ipv4', 'ipv6', 'hostname', 'int32', 'int64', 'binary', 'byte']);

/** `^[a-z]{2,8}$` bounds the length; `^[a-z]+$` does not. Unanchored or alternating patterns count as unbounded. */
function boundedPattern(pattern: string): boolean {
  const body = pattern.replace(/\[(?:\\.|[^\]\\])*\]/g, 'c').replace(/\\./g, 'c');
  if (!body.startsWith('^') || !body.endsWith('$')) return false;
  if (body.includes('|') && !/^\^\((\?:)?.*\)\$$/.test(body)) return false;
  return !/[*+]|\{\d*,\}/.test(body);
}

function bounds(schema: MapNode): boolean {
  if (get(schema, 'maxLength') !== undefined || get(schema, 'enum') !== undefined || get(schema, 'const') !== undefined) return true;
  if (get(schema, 'contentEncoding') !== undefined || get(schema, 'contentMediaType') !== undefined) return true;
  const format = getStr(schema, 'format');
  if (format !== undefined && BOUNDED_FORMATS.has(format)) return true;
  const pattern = getStr(schema, 'pattern');
  return pattern !== undefined && boundedPattern(pattern);
}

export default defineRule({
  id: 'openapi/require-string-limits',
  appliesTo: 'openapi',
  messages: {
    unbounded: 'The string at {{what}} has no maxLength, enum, const or length-bounding format, so requests may send any length.',
  },
  fix: 'suggestion',
  check(context) {
    const { root, report } = context;
    const version = versionOf(root);
    const refs = RefResolver.of(context);
    const starts = operationsOf(root).flatMap((op) => acceptedSchemas(refs, op, version));
    const found = new SchemaFindings<'unbounded'>(refs, () => starts);
    walkSchemas(refs, starts, {
      refSiblings: version === '3.1',
      constrains: bounds,
      visit(schema, label, constrained, site) {
        if (bool(get(schema, 'readOnly')) === true) return false;
        const typePair = pairOf(schema, 'type');
        if (constrained || !typePair || !schemaTypes(schema).includes('string') || bounds(schema)) return;
        const length = Math.max(255, num(get(schema, 'minLength')) ?? 0, str(get(schema, 'default'))?.length ?? 0);
        found.add({
          node: typePair,
          messageId: 'unbounded',
          data: { what: label },
          suggest: [{ title: `Add maxLength: ${length} (pick the real bound)`, fix: (f) => f.insertPair(schema, 'maxLength', length, ['format', 'type']) }],
        }, site, `this string at ${label} has no maxLength`);
      },
    });
    for (const r of found.reports()) report(r);
  },
});
