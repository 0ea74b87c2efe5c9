import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseFile } from '../../server/src/document/parse';
import { applyEdits } from '../../server/src/document/source-range';
import { createAnalyzer } from '../../server/src/engine/analyzer';
import { disableForFile, disableForLine } from '../../server/src/engine/suppression-edits';

const analyzer = createAnalyzer(path.join(__dirname, '..', '..'));
const IMAGE = 'kubernetes/no-latest-image-tag';
const SECURITY = 'openapi/require-security';

function findings(text: string, name: string) {
  return analyzer.analyze(parseFile(`file:///w/${name}`, text, name.endsWith('.json') ? 'json' : 'yaml'));
}

function suppressOnce(text: string, name: string, ruleId: string, how: 'line' | 'file'): string {
  const file = parseFile(`file:///w/${name}`, text, name.endsWith('.json') ? 'json' : 'yaml');
  const target = findings(text, name).find((f) => f.ruleId === ruleId);
  assert.ok(target, `${ruleId} does not fire`);
  const proposal = how === 'line' ? disableForLine(file, target.start, ruleId) : disableForFile(file, ruleId);
  assert.ok(proposal);
  const fixed = applyEdits(text, [proposal.edit]);
  const after = findings(fixed, name);
  assert.deepEqual(after.filter((f) => f.ruleId === ruleId || f.ruleId === 'unused-suppression' || f.ruleId === 'syntax'), [], fixed);
  const again = parseFile(`file:///w/${name}`, fixed, name.endsWith('.json') ? 'json' : 'yaml');
  assert.equal(how === 'file' ? disableForFile(again, ruleId) : undefined, undefined, 'a second application changes nothing');
  return fixed;
}

const DEPLOY = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: nginx:latest\n';

describe('suppression quick-fixes', () => {
  it('inserts a next-line comment at the flagged line\'s indentation', () => {
    const fixed = suppressOnce(DEPLOY, 'd.yaml', IMAGE, 'line');
    assert.ok(fixed.includes('          # backend-guidance-disable-next-line kubernetes/no-latest-image-tag -- reason\n          image: nginx:latest\n'), fixed);
  });

  it('adds a rule to an existing next-line comment instead of stacking comments', () => {
    const text = DEPLOY.replace('          image:', '          # backend-guidance-disable-next-line kubernetes/require-probes -- probes come later\n          image:');
    const file = parseFile('file:///w/d.yaml', text, 'yaml');
    const target = findings(text, 'd.yaml').find((f) => f.ruleId === IMAGE);
    assert.ok(target);
    const proposal = disableForLine(file, target.start, IMAGE);
    assert.ok(proposal);
    assert.ok(applyEdits(text, [proposal.edit]).includes('# backend-guidance-disable-next-line kubernetes/require-probes, kubernetes/no-latest-image-tag -- probes come later\n'));
  });

  it('inserts a file-level comment on the first line, keeping CRLF', () => {
    const crlf = DEPLOY.replace(/\n/g, '\r\n');
    const fixed = suppressOnce(crlf, 'd.yaml', IMAGE, 'file');
    assert.ok(fixed.startsWith('# backend-guidance-disable-file kubernetes/no-latest-image-tag -- reason\r\napiVersion'));
  });

  it('uses the extension property on the operation in OpenAPI JSON, with the file\'s indentation', () => {
    const spec = JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, components: { securitySchemes: { k: { type: 'apiKey', in: 'header', name: 'K' } } }, paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } } }, null, 4);
    const fixed = suppressOnce(spec, 'api.json', SECURITY, 'line');
    const parsed = JSON.parse(fixed) as { paths: { '/a': { get: Record<string, unknown> } } };
    assert.deepEqual(parsed.paths['/a'].get['x-backend-guidance-ignore'], [SECURITY]);
    assert.ok(fixed.includes('\n                "x-backend-guidance-ignore": [\n                    "openapi/require-security"\n'), fixed);
    const whole = suppressOnce(spec, 'api.json', SECURITY, 'file');
    assert.deepEqual((JSON.parse(whole) as Record<string, unknown>)['x-backend-guidance-ignore'], [SECURITY]);
  });
});
