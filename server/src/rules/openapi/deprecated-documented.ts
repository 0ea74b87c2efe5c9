import { bool, getStr, isMap, pairOf, type MapNode } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { operationsOf } from '../../views/openapi';
import { headerNames } from './shared/owasp';

/** Words that tell a reader what replaces a deprecated thing, or when it goes away. */
const EXPLAINS = /deprecat|sunset|replac|remov|retire|instead|migrat|legacy|obsolete|no longer|superseded|use the|will be/i;

function explained(node: MapNode): boolean {
  if (node.pairs.some((p) => /^x-(sunset|deprecat|replaced|removal|successor)/i.test(String(p.key.value)))) return true;
  return EXPLAINS.test(`${getStr(node, 'summary') ?? ''} ${getStr(node, 'description') ?? ''}`);
}

export default defineRule({
  id: 'openapi/deprecated-documented',
  appliesTo: 'openapi',
  messages: {
    operation: 'Operation {{operation}} is deprecated without saying what replaces it or when it will be removed.',
    parameter: 'Parameter "{{name}}" is deprecated without saying what replaces it or when it will be removed.',
  },
  fix: 'none',
  check({ root, report }) {
    const seen = new Set<MapNode>();
    for (const op of operationsOf(root)) {
      const flag = pairOf(op.node, 'deprecated');
      if (flag && bool(flag.value) === true && !explained(op.node)) {
        const responses = pairOf(op.node, 'responses')?.value;
        const announced = isMap(responses) && responses.pairs.some((r) => ['sunset', 'deprecation'].some((h) => headerNames(root, r.value).has(h)));
        if (!announced) report({ node: flag, messageId: 'operation', data: { operation: `${op.method.toUpperCase()} ${op.path}` } });
      }
      for (const parameter of op.parameters) {
        const pflag = pairOf(parameter, 'deprecated');
        if (seen.has(parameter) || !pflag || bool(pflag.value) !== true) continue;
        seen.add(parameter);
        if (!explained(parameter)) report({ node: pflag, messageId: 'parameter', data: { name: getStr(parameter, 'name') ?? '?' } });
      }
    }
  },
});
