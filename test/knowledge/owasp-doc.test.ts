import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { loadCatalog } from '../../knowledge/load';

const ROOT = path.join(__dirname, '..', '..');
const catalog = loadCatalog(path.join(ROOT, 'knowledge'));

/** The 32 rules of stoplightio/spectral-owasp-ruleset (src/ruleset.ts, 2023 edition). */
const SPECTRAL_OWASP = [
  'api1:2023-no-numeric-ids',
  'api2:2023-no-http-basic', 'api2:2023-no-api-keys-in-url', 'api2:2023-no-credentials-in-url', 'api2:2023-auth-insecure-schemes',
  'api2:2023-jwt-best-practices', 'api2:2023-short-lived-access-tokens', 'api2:2023-write-restricted', 'api2:2023-read-restricted',
  'api3:2023-no-additionalProperties', 'api3:2023-constrained-additionalProperties', 'api3:2023-no-unevaluatedProperties', 'api3:2023-constrained-unevaluatedProperties',
  'api4:2023-rate-limit', 'api4:2023-rate-limit-retry-after', 'api4:2023-rate-limit-responses-429', 'api4:2023-array-limit', 'api4:2023-string-limit',
  'api4:2023-string-restricted', 'api4:2023-integer-limit', 'api4:2023-integer-limit-legacy', 'api4:2023-integer-format',
  'api5:2023-admin-security-unique', 'api7:2023-concerning-url-parameter',
  'api8:2023-define-cors-origin', 'api8:2023-no-scheme-http', 'api8:2023-no-server-http', 'api8:2023-define-error-validation',
  'api8:2023-define-error-responses-401', 'api8:2023-define-error-responses-500',
  'api9:2023-inventory-access', 'api9:2023-inventory-environment',
].map((id) => `owasp:${id}`);

describe('docs/owasp-api-top10.md', () => {
  const text = fs.readFileSync(path.join(ROOT, 'docs', 'owasp-api-top10.md'), 'utf8');

  it('covers every category of the 2023 edition', () => {
    for (let n = 1; n <= 10; n++) assert.match(text, new RegExp(`^## API${n}:2023 `, 'm'), `API${n}:2023 has no section`);
  });

  it('names only rules that exist, each under the category its catalog entry gives', () => {
    const sections = text.split(/^## /m).slice(1);
    let named = 0;
    for (const section of sections) {
      const category = /^(API\d+:2023)/.exec(section)?.[1];
      for (const [id] of section.matchAll(/openapi\/[a-z0-9]+(?:-[a-z0-9]+)*/g)) {
        named++;
        const entry = catalog.rules.get(id);
        assert.ok(entry, `${id} is not in the catalog`);
        assert.equal(entry.owasp, category, `${id} is listed under ${category} but its entry says ${entry.owasp}`);
      }
    }
    assert.ok(named >= 20);
  });

  it('lists every OpenAPI rule that declares an OWASP category', () => {
    for (const [id, entry] of catalog.rules) if (id.startsWith('openapi/') && entry.owasp) assert.ok(text.includes(id), `${id} (${entry.owasp}) is missing`);
  });
});

describe('docs/peers-openapi.md, Spectral OWASP section', () => {
  const full = fs.readFileSync(path.join(ROOT, 'docs', 'peers-openapi.md'), 'utf8');
  const start = full.indexOf('## Spectral OWASP ruleset');
  const end = full.indexOf('\n## ', start + 1);
  const text = full.slice(start, end < 0 ? undefined : end);

  it('has a row for every rule of the ruleset', () => {
    assert.ok(start >= 0, 'no OWASP section');
    const rows = new Set([...text.matchAll(/^\| `(owasp:[A-Za-z0-9:-]+)` \|/gm)].map((m) => m[1]));
    assert.deepEqual(SPECTRAL_OWASP.filter((id) => !rows.has(id)), []);
    assert.deepEqual([...rows].filter((id) => !SPECTRAL_OWASP.includes(id ?? '')), []);
  });

  it('agrees with the spectral-owasp peers of the catalog', () => {
    for (const [id, entry] of catalog.rules) {
      for (const peer of entry.peers?.['spectral-owasp'] ?? []) assert.match(text, new RegExp(`\\| \`${peer}\` \\| [^\\n]*${id}`), `${id} lists ${peer}`);
    }
  });
});
