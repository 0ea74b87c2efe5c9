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
