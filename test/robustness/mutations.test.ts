import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { flavorOf, parseFile } from '../../server/src/document/parse';
import { applyEdits } from '../../server/src/document/source-range';
import { Analyzer } from '../../server/src/engine/analyzer';
import { createAnalyzer } from '../../server/src/engine/analyzer';

// Property: whatever a repository contains, analysis does not throw, stays bounded in time, puts
// every range inside the document, and every quick-fix applies cleanly and re-parses.
const ROOT = path.join(__dirname, '..', '..');
const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');
const RUNS = Number(process.env.MUTATION_RUNS ?? 400);

const errors: string[] = [];
const base = createAnalyzer(ROOT);
const analyzer = new Analyzer(base.catalog, base.rules, (message) => errors.push(message));

const seeds = ['compose', 'k8s', 'openapi']
  .flatMap((kind) => fs.readdirSync(path.join(CORPUS, kind)).map((f) => path.join(CORPUS, kind, f)))
  .filter((f) => fs.statSync(f).size < 40_000)
  .map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));

const WRONG_VALUES = ['[]', '{}', 'null', '5', '-1', '"x"', 'true', '[1, [2]]', '{a: {b: c}}', '~', '"${VAR}"', '&a x', '*a', '!!binary AAAA'];

type Mutation = { kind: 'retype' | 'delete' | 'duplicate' | 'truncate' | 'tab' | 'junk'; at: number; length: number; pick: number };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('retype', 'retype', 'retype', 'delete', 'duplicate', 'truncate', 'tab', 'junk'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 80 }),
  pick: fc.nat(),
}) as fc.Arbitrary<Mutation>;

function mutate(text: string, m: Mutation): string {
  const at = Math.floor(m.at * text.length);
  switch (m.kind) {
    case 'retype': {
      // Replace the value after the next `key:` with a value of another type.
      const colon = text.indexOf(': ', at);
      if (colon < 0) return text;
      const end = text.indexOf('\n', colon);
      return text.slice(0, colon + 2) + (WRONG_VALUES[m.pick % WRONG_VALUES.length] ?? 'null') + (end < 0 ? '' : text.slice(end));
    }
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate': {
      const start = text.lastIndexOf('\n', at) + 1;
      const end = text.indexOf('\n', at);
      const line = text.slice(start, end < 0 ? text.length : end + 1);
      return text.slice(0, start) + line + text.slice(start);
    }
    case 'truncate':
      return text.slice(0, at);
    case 'tab':
      return text.slice(0, at) + '\t' + text.slice(at);
    default:
      return text.slice(0, at) + ['{{', '"', "'", ']', '}', '- ', ': ', '\u0000', '\uFEFF', '\r'][m.pick % 10] + text.slice(at);
  }
}

describe('mutated corpus files (fast-check)', () => {
  it(`survive ${RUNS} random mutations with sound findings and fixes`, () => {
    let tried = 0;
    let slowest = 0;
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, mutations) => {
        const text = mutations.reduce(mutate, seed.text);
        tried++;
        const started = Date.now();
        const parsed = parseFile(`file://${seed.file}`, text, flavorOf(seed.file, undefined, text));
        const findings = analyzer.analyze(parsed);
        slowest = Math.max(slowest, Date.now() - started);
        assert.deepEqual(errors, [], 'a rule threw');
        for (const f of findings) {
          assert.ok(f.start >= 0 && f.end >= f.start && f.end <= text.length, `range ${f.start}-${f.end} outside 0-${text.length} (${f.ruleId})`);
          for (const fix of f.fixes) {
            const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
            sorted.forEach((e, i) => {
              assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end, `edit outside the document (${f.ruleId})`);
              const next = sorted[i + 1];
              assert.ok(!next || e.end <= next.start, `overlapping edits in one fix (${f.ruleId})`);
            });
            const fixed = applyEdits(text, fix.edits);
            const reparsed = parseFile(`file://${seed.file}`, fixed, flavorOf(seed.file, undefined, fixed));
            const before = parsed.documents.reduce((n, d) => n + d.problems.filter((p) => p.severity === 'error').length, 0);
            const after = reparsed.documents.reduce((n, d) => n + d.problems.filter((p) => p.severity === 'error').length, 0);
            assert.ok(after <= before, `the fix "${fix.title}" (${f.ruleId}) broke the file`);
          }
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.MUTATION_SEED ?? 20261125) },
    );
    assert.equal(tried, RUNS);
    assert.ok(slowest < 5000, `slowest input took ${slowest} ms`);
    console.log(`mutations: ${tried} inputs from ${seeds.length} corpus files, slowest ${slowest} ms`);
  });
});
