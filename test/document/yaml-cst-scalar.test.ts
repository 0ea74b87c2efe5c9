import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { parseYamlDocument } from '../../server/src/document/parse-yaml';
import { buildLean } from '../../server/src/document/parse-yaml-cst';
import { plainBlockScalar, plainScalarValue, TYPED_WORDS } from '../../server/src/document/parse-yaml-cst-scalar';
import type { Node } from '../../server/src/document/tree';
import { difference } from './yaml-cst-cases';

/** Every upper/lower-case spelling of a word. */
function spellings(word: string): string[] {
  if (!word) return [''];
  const rest = spellings(word.slice(1));
  const head = word[0] as string;
  return [...new Set([head.toLowerCase(), head.toUpperCase()])].flatMap((h) => rest.map((r) => h + r));
}

describe('plain scalars starting with a letter', () => {
  const candidates = [
    ...['null', 'true', 'false', 'nan', 'inf', 'no', 'yes', 'on', 'off'].flatMap(spellings),
    'type', 'name', 'format', 'nullable', 'title', 'format', 'nulls', 'truely', 'falsey', 'n', 'T', 'f', 'Nu ll',
  ];

  it('are typed by the core schema exactly when they are one of TYPED_WORDS', () => {
    for (const text of candidates) {
      const typed = typeof parse(`k: ${text}`, { merge: true }).k !== 'string';
      assert.equal(TYPED_WORDS.has(text), typed, text);
    }
  });

  it('resolve in the lean path as the composer resolves them', () => {
    for (const text of candidates) assert.equal(plainScalarValue(text, 0, false), parse(`k: ${text}`, { merge: true }).k, text);
  });
});

describe('block scalars', () => {
  const HEADERS = ['|', '|-', '>', '>-', '|+', '>+', '|2', '>1-', '|-  # note'];
  const PARENTS: Array<{ before: string; indent: number }> = [
    { before: 'key: ', indent: 2 },
    { before: 'outer:\n  inner: ', indent: 4 },
    { before: 'list:\n  - ', indent: 4 },
    { before: 'list:\n- name: ', indent: 4 },
  ];

  it('read by the direct path as the composer reads them, offsets included', () => {
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let direct = 0;
    let lean = 0;
    const cases = 1500;
    for (let i = 0; i < cases; i++) {
      const parent = PARENTS[random(PARENTS.length)] as (typeof PARENTS)[number];
      const header = HEADERS[random(HEADERS.length)] as string;
      const lines: string[] = [];
      const count = 1 + random(6);
      for (let j = 0; j < count; j++) {
        const kind = random(10);
        const pad = ' '.repeat(parent.indent);
        if (kind < 5) lines.push(`${pad}word${j} and ${'more '.repeat(random(3))}text`.trimEnd());
        else if (kind < 7) lines.push('');
        else if (kind === 7) lines.push(' '.repeat(random(parent.indent + 3)));
        else if (kind === 8) lines.push(`${pad}${' '.repeat(1 + random(3))}deeper ${j}`);
        else lines.push(`${pad}tab\there`);
      }
      const after = random(2) ? 'next: 1\n' : '';
      const text = `${parent.before}${header}\n${lines.join('\n')}\n${after}`;
      const blockAt = text.indexOf(header, parent.before.length - 1);
      const body = text.slice(blockAt + header.length + 1, after ? text.length - after.length : text.length);
      if (plainBlockScalar(blockAt, { props: [{ type: 'block-scalar-header', offset: blockAt, source: header }, { type: 'newline', offset: blockAt + header.length, source: '\n' }], body, indent: parent.indent - 2 })) direct++;
      const composed = parseYamlDocument(text);
      const built = buildLean(text);
      if (!built) continue;
      lean++;
      assert.deepEqual(composed.problems, [], `the lean path accepted a document with problems:\n${text}`);
      assert.equal(difference(built.root as Node, composed.root as Node), null, text);
    }
    console.log(`block scalars: ${cases} cases, ${lean} built by the lean path, ${direct} bodies read by the direct path`);
    assert.ok(direct > cases / 4 && lean > cases / 2, 'the cases no longer reach the direct path');
  });
});
