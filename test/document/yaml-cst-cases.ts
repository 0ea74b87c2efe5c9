import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Node } from '../../server/src/document/tree';

const ROOT = path.join(__dirname, '..', '..');

/** Files under `dir` whose names match, skipping node_modules and dot-folders. */
export function files(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : files(full, pattern);
    return pattern.test(e.name) ? [full] : [];
  });
}

/** Hand-written YAML for the lean-path equivalence test: every construct, and some broken ones. */
export const EDGE_CASES: string[] = [
  'a: 1\nb: -2.5\nc: 0x1F\nd: 0o17\ne: .inf\nf: -.Inf\ng: .nan\nh: 1e3\ni: ~\nj: null\nk: Null\nl: true\nm: FALSE\nn: yes\no: 1_000\np: 00012\nq: +12\nr: 12.\ns: .5\nt: 2024-01-01\nu: 123456789012345678901234567890\n',
  'str: "1.0"\nsq: \'true\'\nempty: ""\nesc: "a\\tb\\n\\u00e9\\x41\\"q\\\\ \\/ \\0"\nsq2: \'it\'\'s\'\nkey with spaces: v\n"quoted key": 1\n\'single key\': 2\n',
  'lit: |\n  line 1\n  line 2\n\n\nfold: >\n  a\n  b\n\n  c\n    indented\n  d\nstrip: |-\n  x\n\nkeep: |+\n  y\n\n\nnext: 1\n',
  'ind: |2\n    two extra\n  base\nind2: >-1\n  x\nhdr: | # comment\n  body\nemptyblock: |\nafter: 1\nlast: >+\n',
  'plain: this is\n  a multi-line\n\n  plain scalar\ndq: "double\n  quoted\n\n  multi \\\n  line"\nsq: \'single\n  quoted\'\nend: 1\n',
  'base: &base\n  a: 1\n  b: 2\nother: &o\n  c: 3\nm1:\n  <<: *base\n  b: 20\nm2:\n  <<: [*base, *o]\n  d: 4\nm3:\n  "<<": *base\nscalar: &s hello\nref: *s\nlist: &l [1, 2]\nlist2: *l\n',
  'seq:\n- a\n- b\nmap:\n  - x: 1\n    y: 2\n  - z\n  -\n  - - nested\n  -   spaced: 1\n      more: 2\n',
  'empty:\nalso: \nlast:',
  '---\na: 1\n',
  '--- # doc\na: 1\n...\n',
  '%YAML 1.2\n---\na: 1\n',
  'a: 1\r\nb:\r\n  - x\r\n  - y: "z"\r\nc: |\r\n  crlf\r\n  lines\r\n',
  'a:\tb\n',
  'a: b\t# c\n',
  '\tkey: 1\n',
  '\ufeffa: 1\n',
  `long: ${'x'.repeat(5000)}\nk: ${'y '.repeat(3000)}\n`,
  'a: 1\na: 2\n',
  '1: one\n"1": string one\ntrue: t\nnull: n\n~: n2\n1.5: f\n',
  '? complex\n: value\n',
  '? [a, b]\n: c\n',
  'flow: {a: 1, "b": [2, 3], c: {d: e}, f: [], g: {}}\nseq: [a, "b", \'c\', 1, true, null, [x]]\ntrail: [1, 2, ]\n',
  'flow: {a, b: }\nf2: [a: 1]\n',
  'multi: [\n  1,\n  2\n]\nm2: {\n    a: 1,\n    b: 2 }\n',
  'bad: [\n1]\n',
  'tag: !!str 1\nt2: !Ref x\n',
  '# only a comment\n',
  '',
  'a:\n  b: 1\n  # trailing\n',
  'a:\n  b:\n    c: 1\n  # mid\n  d: 2\n',
  'a:\n  b:\n    c: 1\n# top\nd: 2\n',
  'a:\n  b: 1\n    # indented\n  c: 2\n',
  'a: # on key line\n  b: 1\nc: # empty with comment\nd: 1\n',
  'a: &anc\n  b: 1\nc: *anc\nd: *missing\n',
  'a: *early\nb: &early 1\n',
  'x: &a [*a]\n',
  'anchor: &a\nafter: 1\n',
  '- &item\n  a: 1\n- *item\n- &s str\n',
  'a: b: c\n',
  'a: 1\n b: 2\n',
  'a:\n  - 1\n   - 2\n',
  'a: "unterminated\nb: 1\n',
  'a: @reserved\nb: `x`\nc: %pct\n',
  'a: x #comment\nb: "y"#no space\n',
  '- a\n- b\nc: d\n',
  'top: [a, b]: c\n',
  '"multi\n line key": 1\n',
  'k: v\n...\nextra: 1\n',
  'a:\n- b\n-\n  c: 1\n- - d\n  - e\n',
  'services:\n  web:\n    image: nginx\n    # ports:\n    #   - 80\n  db:\n    image: postgres\n',
  'a: |\n  text\n # less indented comment\nb: 1\n',
  'a: >\n\n  leading blank\n',
  'a: |\n   \n  less\n',
  'key:    value   \nk2:   "q"   # c\n',
  'a: -\nb: - c\n',
  'a: 1 # c\n\n\n# end\n',
  'a:\n  - b\n  # c\n',
  'list:\n  - name: a\n    value: 1\n\n  - name: b\n    value: 2\n',
  'a: "\\q bad escape"\n',
  'a: \'x\' y\n',
  'a: [1, 2\nb: 3\n',
  'a: {b: 1, b: 2}\n',
  'a: &x 1\nb: &x 2\nc: *x\n',
  '<<: {a: 1}\nb: 2\n',
  'a: !!binary aGk=\n',
  '"a": 1\n"b":2\n',
  'a: [b, c]  # trailing\nd: {e: f}\n',
  'x:\n  y: |\n    body\n  z: 1\n',
  '- |\n  in seq\n- >-\n  folded\n   more\n',
  'a: { name: , b: 1 }\nc: [ , ]\n',
  'a: { name: }\n',
  'services:\n  api:\n    secrets:\n#      - x\nsecrets:\n  a: 1\n',
  'services:\n  api:\n#    image: x\n',
  'a:\n  env:\n     #x   K: v\n  db: 1\n',
  '- \n# c\n- x\n',
  'a: \x1f\nb: \x02\n- \x1f\n',
  'a: \x1f\n',
];

/**
 * Nested deeper than the composer's stack allows (found in review). Not mutation seeds: whether
 * the composer overflows near its limit depends on the stack depth it is called at.
 */
export const TOO_DEEP: string[] = ['- '.repeat(1200) + 'x\n', Array.from({ length: 1200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n'];

/** A deterministic PRNG, so a failure reproduces. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [' ', '  ', '\n', ':', ': ', '- ', '#', ' #x', '"', "'", '{', '}', '[', ']', ',', '&a ', '*a', '|', '>', '?', '\t', 'x', '1', '---\n', '\\', '<<: '];

/** Small random edits (insert, delete, duplicate a line, indent a line) of the seed texts. */
export function* mutations(seeds: readonly string[], count: number, seed = 9): Generator<string> {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  for (let n = 0; n < count; n++) {
    let text = pick(seeds);
    const edits = 1 + Math.floor(random() * 3);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(random() * (text.length + 1));
      const op = random();
      if (op < 0.4) text = text.slice(0, at) + pick(PIECES) + text.slice(at);
      else if (op < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
      else if (op < 0.85) {
        const lineStart = text.lastIndexOf('\n', at - 1) + 1;
        text = text.slice(0, lineStart) + pick([' ', '  ', '- ']) + text.slice(lineStart);
      } else {
        const lineStart = text.lastIndexOf('\n', at - 1) + 1;
        const lineEnd = text.indexOf('\n', at);
        const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd + 1);
        text = text.slice(0, lineStart) + line + text.slice(lineStart);
      }
    }
    yield text;
  }
}

/** YAML snippets from rule fixtures: examples in the knowledge base and string literals in rule tests. */
export function fixtureTexts(): string[] {
  const texts: string[] = [];
  for (const file of files(path.join(ROOT, 'knowledge'), /\.ya?ml$/)) {
    const data = parseYaml(fs.readFileSync(file, 'utf8')) as { examples?: Record<string, unknown> } | null;
    for (const value of Object.values(data?.examples ?? {})) if (typeof value === 'string') texts.push(value);
  }
  for (const file of files(path.join(ROOT, 'test'), /\.test\.ts$/)) {
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(/`((?:[^`\\$]|\\.)*)`/g)) if (/:\s/.test(m[1] ?? '')) texts.push(unescape(m[1] ?? ''));
    for (const m of source.matchAll(/'((?:[^'\\\n]|\\.)*\\n(?:[^'\\\n]|\\.)*)'/g)) texts.push(unescape(m[1] ?? ''));
  }
  return texts;
}

function unescape(literal: string): string {
  return literal.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    if (e === 'n') return '\n';
    if (e === 'r') return '\r';
    if (e === 't') return '\t';
    if (e.startsWith('u{')) return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (e.startsWith('u') || e.startsWith('x')) return String.fromCharCode(parseInt(e.slice(1), 16));
    return e;
  });
}

/** The first difference between two neutral trees, with its path; shared (aliased) nodes compare once. */
export function difference(a: Node, b: Node, at = '$', seen = new Set<Node>()): string | null {
  if (seen.has(a)) return null;
  seen.add(a);
  const head = (['type', 'start', 'end', 'flow', 'quoted', 'value'] as const).find((k) => !Object.is((a as unknown as Record<string, unknown>)[k], (b as unknown as Record<string, unknown>)[k]));
  if (head) return `${at}.${head}: ${JSON.stringify((a as unknown as Record<string, unknown>)[head])} vs ${JSON.stringify((b as unknown as Record<string, unknown>)[head])}`;
  if (a.type === 'seq' && b.type === 'seq') {
    if (a.items.length !== b.items.length) return `${at}.items.length: ${a.items.length} vs ${b.items.length}`;
    for (let i = 0; i < a.items.length; i++) {
      const d = difference(a.items[i] as Node, b.items[i] as Node, `${at}[${i}]`, seen);
      if (d) return d;
    }
  }
  if (a.type === 'map' && b.type === 'map') {
    if (Object.keys(a).length !== Object.keys(b).length) return `${at}: keys ${Object.keys(a)} vs ${Object.keys(b)}`;
    for (const field of ['pairs', 'inherited'] as const) {
      const pa = a[field] ?? [];
      const pb = b[field] ?? [];
      if (pa.length !== pb.length) return `${at}.${field}.length: ${pa.length} vs ${pb.length}`;
      for (let i = 0; i < pa.length; i++) {
        const x = pa[i];
        const y = pb[i];
        if (!x || !y) return `${at}.${field}[${i}] missing`;
        const where = `${at}.${field}[${i}]`;
        if (x.start !== y.start || x.end !== y.end) return `${where} range: ${x.start}-${x.end} vs ${y.start}-${y.end}`;
        const d = difference(x.key, y.key, `${where}.key`, seen) ?? difference(x.value, y.value, `${where}<${String(x.key.value)}>`, seen);
        if (d) return d;
      }
    }
  }
  return null;
}
