import { CST, Document, isScalar, type ParseOptions } from 'yaml';
import { toScalarValue } from './parse-yaml';
import type { ScalarValue } from './tree';

/** Thrown (never escapes parse-yaml-cst.ts) when the lean path meets what it does not model. */
export const BAIL: unique symbol = Symbol('lean-yaml-bail');

export function bail(): never {
  throw BAIL;
}

/**
 * The very tags the composer resolves plain scalars with: the schema `parseDocument` builds for
 * `{ merge: true }` (YAML 1.2 core plus the `<<` merge key), so types match by construction.
 */
const schema = new Document(null, { merge: true }).schema;
interface Resolver {
  test: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: ParseOptions) => unknown;
}
const resolvers = (atKey: boolean): Resolver[] =>
  schema.tags.flatMap((t): Resolver[] => {
    if (t.collection || !t.test || !(t.default === true || (atKey && t.default === 'key'))) return [];
    const resolve = t.resolve as Resolver['resolve'];
    return [{ test: t.test, resolve }];
  });
const valueTags = resolvers(false);
const keyTags = resolvers(true);
const resolveOptions: ParseOptions = { intAsBigInt: false };

/** First characters any core-schema test can match (null, bool, numbers, `<<`); others are strings. */
const MAYBE_TYPED = new Set('~nNtTfF0123456789+-.<');
/** Every plain scalar starting with n, N, t, T, f or F that a core-schema tag resolves (null, bool). */
export const TYPED_WORDS: ReadonlySet<string> = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
/** `plainValue` in `yaml` reports these first characters; the composer's message should stand. */
const BAD_PLAIN_START = new Set('\t,%|>@`');

const onError = (): never => bail();

export function plainScalarValue(source: string, offset: number, atKey: boolean): ScalarValue {
  const head = source[0] ?? '';
  if (BAD_PLAIN_START.has(head)) bail();
  const text = source.includes('\n') ? resolveFlow('scalar', source, offset) : source;
  if (!MAYBE_TYPED.has(text[0] ?? '')) return text;
  // Keys like `type`, `name`, `format` start with a letter the tags test for: only the null and
  // boolean spellings can match there, so the regexes run only for those.
  const lower = text.charCodeAt(0) | 32;
  if (lower >= 97 && lower <= 122 && !TYPED_WORDS.has(text)) return text;
  const tag = (atKey ? keyTags : valueTags).find((t) => t.test.test(text));
  if (!tag) return text;
  let failed = false;
  const resolved = tag.resolve(text, () => (failed = true), resolveOptions);
  if (failed) bail();
  return toScalarValue(isScalar(resolved) ? resolved.value : resolved);
}

export function quotedScalarValue(source: string, offset: number, double: boolean): string {
  const quote = double ? '"' : "'";
  if (source.length < 2 || source[source.length - 1] !== quote) bail();
  const simple = !source.includes('\n') && (double ? !source.includes('\\') : !source.slice(1, -1).includes("'"));
  if (simple) return source.slice(1, -1);
  return resolveFlow(double ? 'double-quoted-scalar' : 'single-quoted-scalar', source, offset);
}

function resolveFlow(type: CST.FlowScalar['type'], source: string, offset: number): string {
  const token: CST.FlowScalar = { type, offset, indent: 0, source };
  const result = CST.resolveAsScalar(token, true, onError);
  if (!result) bail();
  return result.value;
}

export interface BlockParts {
  /** The header (`|-`, `>2`…) and the spaces, comment and newline after it, as lexed. */
  props: { type: 'block-scalar-header' | 'space' | 'comment' | 'newline'; offset: number; source: string }[];
  body: string;
  /** Indentation of the collection that holds the scalar: the composer trims relative to it. */
  indent: number;
}

export function blockScalarValue(offset: number, parts: BlockParts): { value: string; end: number } {
  return plainBlockScalar(offset, parts) ?? resolveBlock(offset, parts);
}

/**
 * The block scalars large specs are full of (Stripe has 4,300 `>-` descriptions): `|`, `|-`, `>`
 * or `>-` with no indentation indicator, comment or tab, whose lines all start at the first one's
 * indentation (literal blocks may indent further). The value is read as `yaml`'s resolver reads
 * it, without its arrays of lines; anything else goes to that resolver (exported for its test).
 */
export function plainBlockScalar(offset: number, parts: BlockParts): { value: string; end: number } | null {
  const [header, ...rest] = parts.props;
  const mode = header?.source[0];
  const chomp = header?.source.slice(1);
  if (!header || (mode !== '|' && mode !== '>') || (chomp !== '' && chomp !== '-')) return null;
  let length = header.source.length;
  for (const p of rest) {
    if (p.type === 'comment') return null;
    length += p.source.length;
  }
  const body = parts.body;
  if (body === '' || body.includes('\t') || body.includes('\r')) return null;
  const literal = mode === '|';
  let trim = -1;
  let value = '';
  let sep = '';
  // Blank lines seen since the last content line: kept (folded: as line breaks) only if content follows.
  let blanks = 0;
  for (let at = 0; at < body.length; ) {
    const next = body.indexOf('\n', at);
    const lineEnd = next === -1 ? body.length : next;
    let indent = at;
    while (indent < lineEnd && body.charCodeAt(indent) === 0x20) indent++;
    const spaces = indent - at;
    if (indent === lineEnd) {
      // A blank line. Leading ones, and any deeper than the content, are the resolver's to judge.
      if (trim < 0 || spaces > trim) return null;
      blanks++;
    } else {
      if (trim < 0) {
        if (spaces <= parts.indent || spaces === 0) return null;
        trim = spaces;
      } else if (spaces < trim || (spaces > trim && !literal)) return null;
      const content = body.slice(literal ? at + trim : indent, lineEnd);
      if (literal) {
        value += sep + '\n'.repeat(blanks) + content;
        sep = '\n';
      } else {
        value += (blanks > 0 ? '\n'.repeat(blanks) : sep) + content;
        sep = ' ';
      }
      blanks = 0;
    }
    at = next === -1 ? body.length : next + 1;
  }
  if (trim < 0) return null;
  if (chomp === '') value += '\n';
  return { value, end: offset + length + body.length };
}

function resolveBlock(offset: number, parts: BlockParts): { value: string; end: number } {
  const token: CST.BlockScalar = {
    type: 'block-scalar',
    offset,
    indent: parts.indent,
    props: parts.props.map((p) => ({ ...p, indent: parts.indent })),
    source: parts.body,
  };
  const result = CST.resolveAsScalar(token, true, onError);
  if (!result) bail();
  return { value: result.value, end: result.range[1] };
}
