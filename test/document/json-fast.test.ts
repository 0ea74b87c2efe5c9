import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseJsonDocument, parseJsonTolerant } from '../../server/src/document/parse-json';
import { parseJsonFast } from '../../server/src/document/parse-json-fast';
import { difference, files } from './yaml-cst-cases';

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = process.env.BG_CORPUS ?? '/work/shared/corpus';

/** Wherever the direct path answers, jsonc-parser finds no problem and builds the same tree. */
function check(label: string, text: string): boolean {
  const fast = parseJsonFast(text);
  const tolerant = parseJsonTolerant(text);
  if (!fast) {
    assert.deepEqual(parseJsonDocument(text), tolerant, `${label}: the entry point differs from jsonc-parser's path`);
    return false;
  }
  assert.deepEqual(tolerant.problems, [], `${label}: the direct path accepted what jsonc-parser reports: ${JSON.stringify(tolerant.problems)}`);
  assert.ok(tolerant.root, `${label}: jsonc-parser found no value`);
  assert.equal(difference(fast, tolerant.root), null, label);
  return true;
}

/** Real JSON of all kinds: the corpus, our examples and fixtures, and the packages' manifests. */
function realTexts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const dir of [CORPUS, path.join(ROOT, 'examples'), path.join(ROOT, 'test'), path.join(ROOT, 'schemas')]) {
    for (const file of files(dir, /\.json$/)) out.push([file, fs.readFileSync(file, 'utf8')]);
  }
  // The dependencies' manifests, schemas and data tables (translated messages, unicode tables):
  // escapes, every script, numbers, nesting. Every third file keeps the test quick.
  const modules = jsonUnder(path.join(ROOT, 'node_modules')).sort().filter((_, i) => i % 3 === 0);
  for (const file of modules) if (fs.statSync(file).size < 2_000_000) out.push([file, fs.readFileSync(file, 'utf8')]);
  return out;
}

function jsonUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith('.') ? [] : jsonUnder(full);
    return e.isFile() && e.name.endsWith('.json') ? [full] : [];
  });
}

const EDGE_CASES = [
  '{}', '[]', '0', '-0', '1.5e-3', '-12E+2', '"text"', 'true', 'false', 'null',
  '{"a": 1, "a": 2}', '{"a":{"b":[1,2,{"c":null}]}}', ' \n\t\r{ "k" : [ ] } \n',
  '{"esc": "a\\"b\\\\c\\/d\\n\\u00e9\\ud83d\\ude00"}', '{"long": "a string well over thirteen characters"}',
  '[1e400, -1E-400, 12345678901234567890, 0.1, "\u2028\u00e9"]',
  '{"a": 1} // comment', '/* c */ {"a": 1}', '{"a": 1,}', '[1, 2,]', '{"a" 1}', '{a: 1}', '{"a": 01}',
  '{"a": 1.}', '{"a": .5}', '{"a": -}', '{"a": 1e}', '{"a": tru}', '{"a": nullx}', 'nullx', '[true1]', '{"a": "x\ty"}',
  '{"a": "\\x"}', '{"a": "unterminated', '{"a": 1', '[1 2]', '', '   ', '\ufeff{"a": 1}', '{"a": 1}\u00a0',
  '{"a": NaN}', '{"a": Infinity}', "{'a': 1}", '{"a": 1}{"b": 2}', '[' .repeat(600) + ']'.repeat(600),
];

describe('JSON direct path', () => {
  it('builds the tree jsonc-parser builds, offsets included, on real files', () => {
    let accepted = 0;
    const texts = realTexts();
    for (const [file, text] of texts) if (check(path.relative(ROOT, file), text)) accepted++;
    console.log(`json-fast: ${texts.length} real files, ${accepted} taken by the direct path`);
    assert.ok(texts.length > 100 && accepted > texts.length * 0.9, `only ${accepted} of ${texts.length} real files took the direct path`);
  });

  it('answers edge cases as jsonc-parser does, or leaves them to it', () => {
    const accepted = EDGE_CASES.filter((text, i) => check(`edge case ${i}: ${JSON.stringify(text.slice(0, 40))}`, text));
    // Plain JSON must take the direct path; anything jsonc-parser merely tolerates must not.
    assert.deepEqual(accepted, EDGE_CASES.slice(0, 16));
  });

  it('never accepts a broken variant of a valid document', () => {
    const base = fs.readFileSync(path.join(ROOT, 'examples', 'openapi', 'inventory.json'), 'utf8');
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = '{}[],:"\\ \n0123456789.-+eEtruefalsn/*x\u00e9';
    let accepted = 0;
    for (let i = 0; i < 1500; i++) {
      const at = random(base.length);
      const kind = random(3);
      const char = alphabet[random(alphabet.length)] ?? ' ';
      const text = kind === 0 ? base.slice(0, at) + base.slice(at + 1) : kind === 1 ? base.slice(0, at) + char + base.slice(at) : base.slice(0, at) + char + base.slice(at + 1);
      if (check(`mutation ${i} at ${at}`, text)) accepted++;
    }
    assert.ok(accepted > 100, 'no mutation kept the document valid: the test no longer tests acceptance');
  });
});
