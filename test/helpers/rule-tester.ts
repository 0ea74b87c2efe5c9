import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFile } from '../../server/src/document/parse';
import { get, getStr, isMap, mapItems } from '../../server/src/document/tree';
import { applyEdits } from '../../server/src/document/source-range';
import type { Flavor, ParsedFile } from '../../server/src/document/types';
import { WorkspaceFiles } from '../../server/src/engine/workspace';
import type { Finding, RelatedLocation } from '../../server/src/engine/finding';
import type { FileProvider } from '../../server/src/engine/files';
import type { Rule } from '../../server/src/engine/rule';
import { analyzeFile, SYNTAX_ID } from '../../server/src/engine/runner';
import { allRules } from '../../server/src/rules';

export interface ValidCase {
  code: string;
  path?: string;
  options?: Record<string, unknown>;
  /** Other files the code refers to, by path relative to it: `{ 'base.yaml': '…' }`. */
  files?: Record<string, string>;
  /**
   * Whether the code and `files` are every file there is (the CLI's view, the default) or only
   * the open ones (the editor before its index is built): rules about what is missing stay quiet then.
   */
  partialWorkspace?: boolean;
}

export interface InvalidCase extends ValidCase {
  /** One entry per expected finding, in source order; «» markers in `code` give their ranges. */
  errors: Array<{
    messageId: string;
    data?: Record<string, string | number>;
    /** The finding's related locations as `path:line:column` (1-based), path relative to the code's folder. */
    related?: string[];
  }>;
  /** The file after every safe fix is applied (fix all). */
  output?: string;
  /** For each suggestion of the first finding, in order: the file after applying it. */
  suggestions?: string[];
  /**
   * Rules that may rightly start firing after the fix (adding authentication asks for a 401
   * response): a documented chain, not a fix that breaks something.
   */
  alsoFires?: string[];
}

/** Strips «» markers and returns the clean code with the ranges they delimited. */
export function extractMarkers(marked: string): { code: string; ranges: Array<[number, number]> } {
  let code = '';
  const ranges: Array<[number, number]> = [];
  let open: number | undefined;
  for (const ch of marked) {
    if (ch === '«') open = code.length;
    else if (ch === '»') {
      assert.ok(open !== undefined, 'unbalanced » marker');
      ranges.push([open, code.length]);
      open = undefined;
    } else code += ch;
  }
  return { code, ranges };
}

/** Removes the common leading indentation so cases can be written indented in test files. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').replace(/\n\s*$/, '\n').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

export function defaultPath(rule: Rule, code: string): string {
  const json = /^\s*[{[]/.test(code);
  switch (rule.appliesTo) {
    case 'compose':
      return 'file:///work/compose.yaml';
    case 'openapi':
      return json ? 'file:///work/openapi.json' : 'file:///work/openapi.yaml';
    default:
      return json ? 'file:///work/manifest.json' : 'file:///work/manifest.yaml';
  }
}

/** Serves in-memory files, by path relative to the file under test, to rules that follow references. */
export function memoryFiles(base: string, files: Record<string, string> = {}): FileProvider {
  const byUri = new Map(Object.entries(files).map(([rel, text]) => [new URL(rel, base).toString(), text]));
  // Parsed once: a workspace summary holds nodes, and the provider must hand out those same nodes.
  const parsed = new Map<string, ParsedFile>();
  return {
    read: (uri) => {
      const text = byUri.get(uri);
      if (text === undefined) return undefined;
      let file = parsed.get(uri);
      if (!file) parsed.set(uri, (file = parseFile(uri, dedent(text), uri.endsWith('.json') ? 'json' : 'yaml')));
      return file;
    },
  };
}

/** The code and its neighbours as one workspace, each file parsed once. */
function workspaceOf(file: ParsedFile, provider: FileProvider, files: Record<string, string>, partial: boolean): WorkspaceFiles {
  const workspace = new WorkspaceFiles(!partial);
  workspace.set(file);
  for (const rel of Object.keys(files)) {
    const other = provider.read(new URL(rel, file.uri).toString());
    if (other) workspace.set(other);
  }
  return workspace;
}

export function lint(code: string, path: string, rules: readonly Rule[], options: Record<string, unknown> = {}, files?: Record<string, string>, partial = false): Finding[] {
  const flavor: Flavor = path.endsWith('.json') ? 'json' : 'yaml';
  const file = parseFile(path, code, flavor);
  const provider = memoryFiles(path, files);
  return analyzeFile(file, rules, {
    severityOf: () => 'warning',
    optionsOf: () => options,
    files: provider,
    workspace: workspaceOf(file, provider, files ?? {}, partial),
    onRuleError: (id, e) => {
      throw new Error(`rule ${id} threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    },
  });
}

/** What a manifest declares, structurally: the objects (kind, apiVersion, name) and their order. */
function objectsDeclared(text: string, path: string): string[] {
  const flavor: Flavor = path.endsWith('.json') ? 'json' : 'yaml';
  return parseFile(path, text, flavor).documents.flatMap((d) => {
    if (d.kind !== 'kubernetes' || !isMap(d.root)) return [];
    const objects = getStr(d.root, 'kind') === 'List' ? mapItems(get(d.root, 'items')) : [d.root];
    return objects.map((o) => `${getStr(o, 'apiVersion') ?? ''}|${getStr(o, 'kind') ?? ''}|${getStr(get(o, 'metadata'), 'name') ?? ''}`);
  });
}

function ownFindings(findings: Finding[], rule: Rule): Finding[] {
  return findings.filter((f) => f.ruleId === rule.id).sort((a, b) => a.start - b.start);
}

function assertSound(rule: Rule, before: string, after: string, path: string, options: Record<string, unknown>, finding: Finding, files?: Record<string, string>, alsoFires: readonly string[] = []): void {
  const syntax = lint(after, path, []).filter((f) => f.ruleId === SYNTAX_ID && f.severity === 'error');
  // kubectl-style sanity: a fix edits objects, it never adds, drops or renames one. (An API
  // version change is the point of the deprecated-API fixes, so only kind and name count there.)
  const shape = (t: string): string[] => objectsDeclared(t, path).map((o) => (rule.id.endsWith('api-version') ? o.slice(o.indexOf('|') + 1) : o));
  assert.deepEqual(shape(after), shape(before), 'the fix changed which objects the manifest declares');
  assert.deepEqual(syntax.map((f) => f.message), [], `the fixed text does not parse:\n${after}`);
  const remaining = ownFindings(lint(after, path, [rule], options, files), rule);
  assert.ok(!remaining.some((f) => f.message === finding.message), `"${finding.message}" still fires after the fix:\n${after}`);
  const counts = (text: string): Map<string, number> => {
    const out = new Map<string, number>();
    for (const f of lint(text, path, allRules.filter((r) => r.id !== rule.id), {}, files)) out.set(`${f.ruleId}: ${f.message}`, (out.get(`${f.ruleId}: ${f.message}`) ?? 0) + 1);
    return out;
  };
  const was = counts(before);
  const added = [...counts(after)].filter(([m, n]) => n > (was.get(m) ?? 0) && !alsoFires.includes(m.slice(0, m.indexOf(':')))).map(([m]) => m);
  assert.deepEqual(added, [], 'the fix made other rules fire');
}

export function runRuleTests(rule: Rule, cases: { valid: Array<string | ValidCase>; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    cases.valid.forEach((raw, i) => {
      const c = typeof raw === 'string' ? { code: raw } : raw;
      it(`valid #${i + 1}`, () => {
        const code = dedent(c.code);
        const found = ownFindings(lint(code, c.path ?? defaultPath(rule, code), [rule], c.options, c.files, c.partialWorkspace), rule);
        assert.deepEqual(found.map((f) => f.message), [], 'expected no findings');
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}`, () => {
        const { code, ranges } = extractMarkers(dedent(c.code));
        const path = c.path ?? defaultPath(rule, code);
        const options = c.options ?? {};
        const found = ownFindings(lint(code, path, [rule], options, c.files, c.partialWorkspace), rule);
        assert.equal(found.length, c.errors.length, `expected ${c.errors.length} findings, got: ${found.map((f) => f.message).join(' | ')}`);
        if (ranges.length) assert.deepEqual(found.map((f) => [f.start, f.end]), ranges, 'ranges differ from the «» markers');
        c.errors.forEach((expected, k) => {
          const template = rule.messages[expected.messageId];
          assert.ok(template, `unknown messageId ${expected.messageId}`);
          const actual = found[k];
          assert.ok(actual);
          if (expected.data) assert.equal(actual.message, template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, n: string) => String(expected.data?.[n])));
          else assert.match(actual.message, new RegExp('^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\{\s*\w+\s*\}\}/g, '.*') + '$', 's'));
          if (expected.related) assert.deepEqual((actual.related ?? []).map((r) => relatedLabel(path, r)), expected.related, 'related locations differ');
        });
        const safe = found.flatMap((f) => f.fixes.filter((x) => x.kind === 'safe').map((x) => ({ f, x })));
        if (c.output !== undefined) {
          assert.ok(safe.length > 0, 'an output was expected but no safe fix was offered');
          const fixed = applyEdits(code, safe.flatMap(({ x }) => x.edits));
          assert.equal(fixed, dedent(c.output));
          for (const { f } of safe) assertSound(rule, code, fixed, path, options, f, c.files, c.alsoFires);
          const again = ownFindings(lint(fixed, path, [rule], options, c.files), rule).flatMap((f) => f.fixes.filter((x) => x.kind === 'safe'));
          assert.equal(applyEdits(fixed, again.flatMap((x) => x.edits)), fixed, 'fix all is not idempotent');
        } else {
          assert.equal(safe.length, 0, 'a safe fix was offered: give the expected output');
        }
        if (c.suggestions !== undefined) {
          const first = found[0];
          assert.ok(first);
          const suggestions = first.fixes.filter((x) => x.kind === 'suggestion');
          assert.equal(suggestions.length, c.suggestions.length, `suggestions offered: ${suggestions.map((s) => s.title).join(' | ')}`);
          suggestions.forEach((s, k) => {
            const fixed = applyEdits(code, s.edits);
            assert.equal(fixed, dedent(c.suggestions?.[k] ?? ''));
            assertSound(rule, code, fixed, path, options, first, c.files, c.alsoFires);
            const again = ownFindings(lint(fixed, path, [rule], options, c.files), rule).filter((f) => f.message === first.message);
            assert.equal(again.length, 0, 'applying the suggestion twice would change the file again');
          });
        }
      });
    });
  });
}

function relatedLabel(base: string, related: RelatedLocation): string {
  const from = new URL('.', base).pathname;
  const target = new URL(related.uri).pathname;
  const rel = target.startsWith(from) ? target.slice(from.length) : target;
  return `${rel}:${related.range.start.line + 1}:${related.range.start.character + 1}`;
}
