import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { parseJsonFast } from './parse-json-fast';
import { markSingleParent, type MapNode, type Node, type Pair, type ScalarNode } from './tree';
import type { SyntaxProblem } from './types';

/**
 * JSON goes through a JSON parser that keeps offsets, and produces the same neutral tree as YAML.
 * Plain valid JSON takes the direct path (parse-json-fast.ts); the rest (comments, trailing
 * commas, errors) goes through jsonc-parser, whose messages and tolerance the editor shows.
 */
export function parseJsonDocument(text: string, likelyBroken = false): { root: Node | null; problems: SyntaxProblem[] } {
  const fast = likelyBroken ? null : parseJsonFast(text);
  const parsed = fast ? { root: fast, problems: [] } : parseJsonTolerant(text);
  if (parsed.root) markSingleParent(parsed.root);
  return parsed;
}

/** The jsonc-parser path, for every input (also exported for the equivalence test). */
export function parseJsonTolerant(text: string): { root: Node | null; problems: SyntaxProblem[] } {
  const errors: ParseError[] = [];
  let tree: JsonNode | undefined;
  try {
    tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
  } catch (error) {
    const reason = error instanceof RangeError ? 'it is nested too deeply' : 'the parser failed';
    return { root: null, problems: [{ start: 0, end: Math.min(1, text.length), message: `This document could not be analysed: ${reason}.`, severity: 'error' }] };
  }
  // "Unexpected end" errors sit just past the text: keep every range inside the document.
  const last = Math.max(0, text.length - 1);
  const problems: SyntaxProblem[] = errors.map((e) => ({
    start: Math.min(e.offset, last),
    end: Math.min(text.length, Math.min(e.offset, last) + Math.max(e.length, 1)),
    message: `JSON syntax error: ${describe(printParseErrorCode(e.error))}.`,
    severity: 'error' as const,
  }));
  try {
    return { root: tree ? convert(tree) : null, problems };
  } catch (error) {
    problems.push({ start: 0, end: Math.min(1, text.length), message: 'This document could not be analysed: it is nested too deeply.', severity: 'error' });
    return { root: null, problems };
  }
}

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function convert(node: JsonNode): Node {
  const start = node.offset;
  const end = node.offset + node.length;
  switch (node.type) {
    case 'object': {
      const pairs: Pair[] = [];
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode) continue;
        const key = scalar(keyNode);
        const value = valueNode ? convert(valueNode) : ({ type: 'scalar', value: null, quoted: false, start: key.end, end: key.end } as ScalarNode);
        pairs.push({ key, value, start: property.offset, end: property.offset + property.length });
      }
      const map: MapNode = { type: 'map', pairs, flow: true, start, end };
      return map;
    }
    case 'array':
      return { type: 'seq', items: (node.children ?? []).map(convert), flow: true, start, end };
    default:
      return scalar(node);
  }
}

function scalar(node: JsonNode): ScalarNode {
  const value = node.value as unknown;
  const v = value === undefined || value === null ? null : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
  return { type: 'scalar', value: v, quoted: node.type === 'string', start: node.offset, end: node.offset + node.length };
}
