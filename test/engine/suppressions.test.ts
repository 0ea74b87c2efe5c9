import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseFile } from '../../server/src/document/parse';
import { createAnalyzer } from '../../server/src/engine/analyzer';
import { collectSuppressions } from '../../server/src/engine/suppressions';

const analyzer = createAnalyzer(path.join(__dirname, '..', '..'));
const IMAGE = 'kubernetes/no-latest-image-tag';

function run(text: string, name = 'deploy.yaml') {
  const flavor = name.endsWith('.json') ? 'json' : 'yaml';
  return analyzer.analyze(parseFile(`file:///w/${name}`, text, flavor)).map((f) => ({ id: f.ruleId, text: text.slice(f.start, f.end), message: f.message }));
}

function pod(image: string, extra = ''): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n${extra}spec:\n  containers:\n    - name: a\n      image: ${image}\n`;
}

describe('suppression comments', () => {
  it('disable-next-line silences the named rule on the next content line only', () => {
    const text = pod('nginx:latest').replace('      image:', '      # backend-guidance-disable-next-line kubernetes/no-latest-image-tag -- base image is pinned by CI\n\n      image:');
    assert.deepEqual(run(text).filter((f) => f.id === IMAGE), []);
    assert.deepEqual(run(text).filter((f) => f.id === 'unused-suppression'), []);
  });

  it('disable-line at the end of the line, and with several ids', () => {
    const text = pod('nginx:latest # backend-guidance-disable-line kubernetes/require-probes, kubernetes/no-latest-image-tag');
    assert.deepEqual(run(text).filter((f) => f.id === IMAGE), []);
    const stale = run(text).filter((f) => f.id === 'unused-suppression');
    assert.deepEqual(stale.map((f) => f.message), ['The suppression of "kubernetes/require-probes" matches no finding here; remove it.']);
  });

  it('disable-file silences a rule everywhere in the file', () => {
    const text = `# backend-guidance-disable-file ${IMAGE}\n${pod('nginx:latest')}---\n${pod('redis')}`;
    assert.deepEqual(run(text).filter((f) => f.id === IMAGE), []);
  });

  it('reports a suppression that suppresses nothing, and one naming an unknown rule', () => {
    const text = `# backend-guidance-disable-next-line ${IMAGE} -- stale\n${pod('nginx:1.27')}`;
    const stale = run(text).filter((f) => f.id === 'unused-suppression');
    assert.equal(stale.length, 1);
    assert.equal(stale[0]?.text, `# backend-guidance-disable-next-line ${IMAGE} -- stale`);
    const unknown = run(`# backend-guidance-disable-file kubernetes/no-such-rule\n${pod('nginx:1.27')}`).filter((f) => f.id === 'unused-suppression');
    assert.match(unknown[0]?.message ?? '', /not a Backend Guidance rule/);
  });

  it('does not take a # inside a value for a comment', () => {
    const text = pod('nginx:latest', '  annotations:\n    note: "see#backend-guidance-disable-line"\n');
    assert.equal(run(text).filter((f) => f.id === IMAGE).length, 1);
  });
});

describe('Kubernetes annotations', () => {
  it('honours backend-guidance.dev/ignore on the object, for that object only', () => {
    const ignored = pod('nginx:latest', `  annotations:\n    backend-guidance.dev/ignore: "${IMAGE}"\n`);
    const text = `${ignored}---\n${pod('redis:latest')}`;
    const left = run(text).filter((f) => f.id === IMAGE);
    assert.deepEqual(left.map((f) => f.text), ['redis:latest']);
  });

  it('honours it on the pod template of a workload', () => {
    const text = `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  template:\n    metadata:\n      annotations:\n        backend-guidance.dev/ignore: ${IMAGE}\n    spec:\n      containers:\n        - name: a\n          image: nginx:latest\n`;
    assert.deepEqual(run(text).filter((f) => f.id === IMAGE), []);
  });

  it('maps kube-linter ignore-check annotations through the catalog peers', () => {
    const file = parseFile('file:///w/d.yaml', pod('nginx:latest', '  annotations:\n    ignore-check.kube-linter.io/latest-tag: "pinned elsewhere"\n'), 'yaml');
    const suppressions = collectSuppressions(file, (check) => (check === 'latest-tag' ? [IMAGE] : []));
    assert.equal(suppressions.length, 1);
    assert.deepEqual(suppressions[0]?.ruleIds, [IMAGE]);
  });
});

describe('OpenAPI x-backend-guidance-ignore', () => {
  const spec = (operationExtra: string, rootExtra = '') =>
    `openapi: 3.0.3\ninfo: { title: t, version: "1" }\n${rootExtra}components:\n  securitySchemes:\n    key: { type: apiKey, in: header, name: X-Key }\npaths:\n  /health:\n    get:\n${operationExtra}      responses:\n        "200": { description: ok }\n`;
  it('on an operation silences the rule for that operation', () => {
    const before = run(spec(''), 'api.yaml').filter((f) => f.id === 'openapi/require-security');
    assert.equal(before.length, 1);
    const after = run(spec('      x-backend-guidance-ignore: [openapi/require-security]\n'), 'api.yaml').filter((f) => f.id === 'openapi/require-security');
    assert.deepEqual(after, []);
  });

  it('on the document, in JSON', () => {
    const json = JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, 'x-backend-guidance-ignore': ['openapi/require-security'], components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } }, paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } } }, null, 2);
    assert.deepEqual(run(json, 'api.json').filter((f) => f.id === 'openapi/require-security'), []);
  });
});
