import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFile } from '../../server/src/document/parse';
import { defineRule } from '../../server/src/engine/rule';
import { analyzeFile, SYNTAX_ID } from '../../server/src/engine/runner';
import { get } from '../../server/src/document/tree';

const throwing = defineRule({
  id: 'kubernetes/throws',
  appliesTo: 'kubernetes',
  messages: { never: 'Never.' },
  fix: 'none',
  check() {
    throw new Error('boom');
  },
});

const kindRule = defineRule({
  id: 'kubernetes/kind',
  appliesTo: 'kubernetes',
  messages: { kind: 'Kind {{kind}} seen.' },
  fix: 'none',
  check({ root, report }) {
    const kind = get(root, 'kind');
    if (kind) report({ node: kind, messageId: 'kind', data: { kind: String(kind.type === 'scalar' ? kind.value : '?') } });
  },
});

const TEXT = 'apiVersion: v1\nkind: Pod\n---\napiVersion: v1\nkind: Service\n';

describe('analyzeFile', () => {
  it('isolates a rule that throws, tells once per rule, and still delivers the other findings', () => {
    const errors: string[] = [];
    const findings = analyzeFile(parseFile('file:///a.yaml', TEXT, 'yaml'), [throwing, kindRule], { severityOf: () => 'warning', onRuleError: (id) => errors.push(id) });
    assert.deepEqual(findings.map((f) => f.message), ['Kind Pod seen.', 'Kind Service seen.']);
    assert.deepEqual(errors, ['kubernetes/throws', 'kubernetes/throws'], 'the runner reports each failure; the Analyzer logs the first');
  });

  it('places findings of later documents at their offset in the file', () => {
    const findings = analyzeFile(parseFile('file:///a.yaml', TEXT, 'yaml'), [kindRule], { severityOf: () => 'error' });
    const second = findings[1];
    assert.ok(second);
    assert.equal(TEXT.slice(second.start, second.end), 'Service');
    assert.equal(second.severity, 'error');
  });

  it('skips rules that are off and documents of other kinds', () => {
    assert.deepEqual(analyzeFile(parseFile('file:///a.yaml', TEXT, 'yaml'), [kindRule], { severityOf: () => 'off' }), []);
    assert.deepEqual(analyzeFile(parseFile('file:///compose.yaml', 'services:\n  a:\n    image: x:1\n', 'yaml'), [kindRule], { severityOf: () => 'warning' }), []);
  });

  it('reports syntax problems of relevant files only', () => {
    const broken = analyzeFile(parseFile('file:///a.yaml', 'apiVersion: v1\nkind: [Pod\n', 'yaml'), [], { severityOf: () => 'warning' });
    assert.equal(broken[0]?.ruleId, SYNTAX_ID);
    const unrelated = analyzeFile(parseFile('file:///ci.yaml', 'steps: [a\n', 'yaml'), [], { severityOf: () => 'warning' });
    assert.deepEqual(unrelated, []);
  });
});

describe('incremental analysis', () => {
  it('re-runs document-local rules only on the document that changed, with the same findings as a fresh run', () => {
    let calls = 0;
    const counting = defineRule({
      id: 'kubernetes/counting',
      appliesTo: 'kubernetes',
      messages: { kind: 'Kind {{kind}} seen.' },
      fix: 'none',
      check({ root, report }) {
        calls++;
        const kind = get(root, 'kind');
        if (kind) report({ node: kind, messageId: 'kind', data: { kind: String(kind.type === 'scalar' ? kind.value : '?') } });
      },
    });
    const docs = Array.from({ length: 50 }, (_, i) => `apiVersion: v1\nkind: Kind${i}\n`).join('---\n');
    const options = { severityOf: () => 'warning' as const };
    const first = parseFile('file:///big.yaml', docs, 'yaml');
    analyzeFile(first, [counting], options);
    assert.equal(calls, 50);
    const edited = docs.replace('kind: Kind25\n', 'kind: Kind25b\n');
    const second = parseFile('file:///big.yaml', edited, 'yaml', first);
    const incremental = analyzeFile(second, [counting], options);
    assert.equal(calls, 51, 'only the edited document ran the rule again');
    const fresh = analyzeFile(parseFile('file:///big2.yaml', edited, 'yaml'), [counting], options);
    assert.deepEqual(incremental.map((f) => [f.start, f.end, f.message]), fresh.map((f) => [f.start, f.end, f.message]));
    assert.ok(incremental.some((f) => f.message === 'Kind Kind25b seen.'));
    const later = incremental.find((f) => f.message === 'Kind Kind40 seen.');
    assert.equal(edited.slice(later?.start, later?.end), 'Kind40', 'cached findings moved with their document');
  });

  it('starts each rule on a document afresh: another rule\'s reports, wide reads and fixes do not carry over', () => {
    let localCalls = 0;
    const sameMessage = { kind: 'Look at this kind.' };
    const wideFirst = defineRule({
      id: 'kubernetes/wide-first',
      appliesTo: 'kubernetes',
      messages: sameMessage,
      fix: 'safe',
      check({ root, report, memo }) {
        memo('count', () => 1);
        const kind = get(root, 'kind');
        if (kind) report({ node: kind, messageId: 'kind', fix: { title: 'Rename', fix: (f) => f.replaceValue(kind, 'Renamed') } });
      },
    });
    const localSecond = defineRule({
      id: 'kubernetes/local-second',
      appliesTo: 'kubernetes',
      messages: sameMessage,
      fix: 'none',
      check({ root, report }) {
        localCalls++;
        const kind = get(root, 'kind');
        if (kind) report({ node: kind, messageId: 'kind' });
      },
    });
    const text = 'apiVersion: v1\nkind: A\n---\napiVersion: v1\nkind: B\n';
    const options = { severityOf: () => 'warning' as const };
    const first = parseFile('file:///r.yaml', text, 'yaml');
    const findings = analyzeFile(first, [wideFirst, localSecond], options);
    // The same node and message from a second rule is a second finding, not a repeat of the first.
    assert.deepEqual(findings.map((f) => f.ruleId), ['kubernetes/wide-first', 'kubernetes/local-second', 'kubernetes/wide-first', 'kubernetes/local-second']);
    assert.deepEqual(findings.map((f) => f.fixes.length), [1, 0, 1, 0]);
    // The first rule read the memo; the second did not, so its results are kept per document.
    analyzeFile(parseFile('file:///r.yaml', text.replace('kind: B', 'kind: C'), 'yaml', first), [wideFirst, localSecond], options);
    assert.equal(localCalls, 3);
  });

  it('re-runs a rule that read the whole file', () => {
    let calls = 0;
    const wide = defineRule({ id: 'kubernetes/wide', appliesTo: 'kubernetes', messages: {}, fix: 'none', check({ file }) { calls += file.documents.length > 0 ? 1 : 0; } });
    const text = 'apiVersion: v1\nkind: A\n---\napiVersion: v1\nkind: B\n';
    const first = parseFile('file:///w.yaml', text, 'yaml');
    analyzeFile(first, [wide], { severityOf: () => 'warning' });
    analyzeFile(parseFile('file:///w.yaml', text.replace('kind: B', 'kind: C'), 'yaml', first), [wide], { severityOf: () => 'warning' });
    assert.equal(calls, 4);
  });

  it('gives rules a memo they may take apart, and re-runs them since it spans the file', () => {
    let calls = 0;
    const memoized = defineRule({
      id: 'kubernetes/memoized',
      appliesTo: 'kubernetes',
      messages: { kinds: '{{count}} documents.' },
      fix: 'none',
      check({ root, memo, report }) {
        calls++;
        const count = memo('test:documents', () => 2);
        const kind = get(root, 'kind');
        if (kind) report({ node: kind, messageId: 'kinds', data: { count } });
      },
    });
    const first = parseFile('file:///m.yaml', TEXT, 'yaml');
    assert.equal(analyzeFile(first, [memoized], { severityOf: () => 'info' }).length, 2);
    analyzeFile(parseFile('file:///m.yaml', TEXT.replace('kind: Service', 'kind: Secret'), 'yaml', first), [memoized], { severityOf: () => 'info' });
    assert.equal(calls, 4, 'a rule that used memo was served from the per-document cache');
  });

  it('keeps results apart for options that only JSON would confuse (NaN and null)', () => {
    const optioned = defineRule({
      id: 'kubernetes/optioned',
      appliesTo: 'kubernetes',
      messages: { limit: 'Limit {{limit}}.' },
      fix: 'none',
      check({ root, options, report }) {
        const kind = get(root, 'kind');
        if (kind) report({ node: kind, messageId: 'limit', data: { limit: String(options['limit']) } });
      },
    });
    const file = parseFile('file:///o.yaml', TEXT, 'yaml');
    const withNull = analyzeFile(file, [optioned], { severityOf: () => 'info', optionsOf: () => ({ limit: null }) });
    const withNaN = analyzeFile(file, [optioned], { severityOf: () => 'info', optionsOf: () => ({ limit: Number.NaN }) });
    assert.equal(withNull[0]?.message, 'Limit null.');
    assert.equal(withNaN[0]?.message, 'Limit NaN.');
  });
});
