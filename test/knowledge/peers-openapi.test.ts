import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { loadCatalog } from '../../knowledge/load';

const ROOT = path.join(__dirname, '..', '..');

const SPECTRAL_OAS =
  'operation-success-response oas2-operation-formData-consume-check operation-operationId-unique operation-parameters operation-tag-defined path-params contact-properties duplicated-entry-in-enum info-contact info-description info-license license-url no-eval-in-markdown no-script-tags-in-markdown openapi-tags-alphabetical openapi-tags-uniqueness openapi-tags operation-description operation-operationId operation-operationId-valid-in-url operation-singular-tag operation-tags path-declarations-must-exist path-keys-no-trailing-slash path-not-include-query tag-description no-$ref-siblings array-items typed-enum oas2-api-host oas2-api-schemes oas2-discriminator oas2-host-not-example oas2-host-trailing-slash oas2-parameter-description oas2-operation-security-defined oas2-valid-schema-example oas2-valid-media-example oas2-anyOf oas2-oneOf oas2-schema oas2-unused-definition oas3-api-servers oas3-examples-value-or-externalValue oas3-operation-security-defined oas3-parameter-description oas3-server-not-example.com oas3-server-trailing-slash oas3-valid-media-example oas3-valid-schema-example oas3-schema oas3-unused-component oas3-links-parameters-expression oas3-server-variables oas3-callbacks-in-callbacks oas3_1-servers-in-webhook oas3_1-callbacks-in-webhook oas3_2-no-deprecated-xml-attribute';
const REDOCLY_RECOMMENDED =
  'struct no-unresolved-refs array-parameter-serialization boolean-parameter-prefixes component-name-unique info-contact info-license info-license-strict no-ambiguous-paths no-duplicated-tag-names no-empty-servers no-enum-type-mismatch no-example-value-and-externalValue no-http-verbs-in-paths no-identical-paths no-invalid-media-type-examples no-invalid-parameter-examples no-invalid-schema-examples no-mixed-number-range-constraints no-path-trailing-slash no-required-schema-properties-undefined no-schema-type-mismatch no-server-example.com no-server-trailing-slash no-server-variables-empty-enum no-undefined-server-variable no-unused-components nullable-type-sibling operation-2xx-response operation-4xx-problem-details-rfc7807 operation-4xx-response operation-description operation-operationId operation-operationId-unique operation-operationId-url-safe operation-parameters-unique operation-singular-tag operation-summary operation-tag-defined parameter-description path-declaration-must-exist path-http-verbs-order path-not-include-query path-params-defined path-parameters-defined path-segment-plural paths-kebab-case request-mime-type required-string-property-missing-min-length response-contains-header response-contains-property response-mime-type scalar-property-missing-example security-defined spec-components-invalid-map-name spec-example-values spec-strict-refs tag-description tags-alphabetical';

describe('docs/peers-openapi.md', () => {
  const text = fs.readFileSync(path.join(ROOT, 'docs', 'peers-openapi.md'), 'utf8');
  const catalog = loadCatalog(path.join(ROOT, 'knowledge'));

  it('names only rule ids that exist in the catalog', () => {
    const ids = [...new Set(text.match(/openapi\/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [])];
    assert.ok(ids.length > 15, 'the tables name our rules');
    assert.deepEqual(ids.filter((id) => !catalog.rules.has(id)), []);
  });

  it('links each rule to its generated page', () => {
    for (const [, id, target] of text.matchAll(/\[`(openapi\/[a-z0-9-]+)`\]\(rules\/([a-z0-9/-]+)\.md\)/g)) assert.equal(target, id);
  });

  it('has a row for every Spectral oas rule and every Redocly recommended rule', () => {
    const section = (title: string): Set<string> => {
      const start = text.indexOf(title);
      const end = text.indexOf('\n## ', start + 1);
      return new Set([...text.slice(start, end < 0 ? undefined : end).matchAll(/^\| `([A-Za-z0-9_.$-]+)` \|/gm)].map((m) => m[1] ?? ''));
    };
    const spectral = section('## Spectral');
    const redocly = section('## Redocly');
    for (const id of SPECTRAL_OAS.split(' ')) assert.ok(spectral.has(id), `no Spectral row for ${id}`);
    for (const id of REDOCLY_RECOMMENDED.split(' ')) assert.ok(redocly.has(id), `no Redocly row for ${id}`);
  });

  it('agrees with the peers listed in the catalog', () => {
    for (const [id, entry] of catalog.rules) {
      for (const peer of entry.peers?.spectral ?? []) assert.match(text, new RegExp(`\\| \`${peer.replace(/[$.]/g, '\\$&')}\` \\| [^\\n]*${id}`), `${id} lists Spectral ${peer}`);
      for (const peer of entry.peers?.redocly ?? []) assert.match(text, new RegExp(`\\| \`${peer.replace(/[$.]/g, '\\$&')}\` \\| [^\\n]*${id}`), `${id} lists Redocly ${peer}`);
    }
  });
});
