import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleMarkdown } from '../../../knowledge/render';
import type { Catalog } from '../../../knowledge/schema';
import type { Severity } from '../engine/rule';
import type { Range } from '../document/source-range';
import { SYNTAX_ID, TEMPLATE_ID } from '../engine/runner';
import type { CheckResult } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

const BUILTIN: Record<string, { name: string; text: string }> = {
  [SYNTAX_ID]: { name: 'Syntax', text: 'The file is not valid YAML or JSON here.' },
  [TEMPLATE_ID]: { name: 'TemplateSkipped', text: 'Helm/Go templates are analysed only once rendered.' },
};

/** SARIF 2.1.0 as GitHub code scanning reads it: rules with help, results with 1-based regions. */
export function formatSarif(result: CheckResult, catalog: Catalog, version: string): string {
  const used = [...new Set(result.findings.map((f) => f.ruleId))].sort();
  const rules = used.map((id) => {
    const entry = catalog.rules.get(id);
    if (!entry) {
      const builtin = BUILTIN[id] ?? { name: id, text: id };
      return { id, name: builtin.name, shortDescription: { text: builtin.text }, defaultConfiguration: { level: 'error' } };
    }
    return {
      id,
      name: id.split('/').pop()?.replace(/(^|-)(\w)/g, (_m: string, _d: string, c: string) => c.toUpperCase()) ?? id,
      shortDescription: { text: entry.title },
      fullDescription: { text: entry.summary },
      help: { text: `${entry.rationale.trim()}\n\n${entry.remediation.trim()}`, markdown: ruleMarkdown(entry, { heading: false }) },
      helpUri: entry.references[0]?.url,
      defaultConfiguration: entry.severity === 'off' ? { level: 'none', enabled: false } : { level: LEVEL[entry.severity] },
      properties: { tags: [entry.category, entry.topic, ...(entry.owasp ? [entry.owasp] : [])], precision: 'high' },
    };
  });
  const index = new Map(used.map((id, i) => [id, i]));
  const results = result.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? 0,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(f.file),
          region: region(f.range),
        },
      },
    ],
    ...(f.related?.length
      ? {
          relatedLocations: f.related.map((r, id) => ({
            id,
            physicalLocation: { artifactLocation: artifactLocation(r.file), region: region(r.range) },
            message: { text: r.message },
          })),
        }
      : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'backend-guidance', version, semanticVersion: version, rules } }, columnKind: 'utf16CodeUnits', results }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).toString() };
  return { uri: encodeURI(file.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' };
}

function region(range: Range): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}
