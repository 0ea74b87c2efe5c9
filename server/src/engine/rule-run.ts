import { lineIndexOf, type OffsetEdit } from '../document/source-range';
import type { Node } from '../document/tree';
import type { Flavor, ParsedDocument, ParsedFile } from '../document/types';
import type { Finding, FixProposal, RelatedLocation } from './finding';
import type { FileProvider } from './files';
import { Fixer } from './fixer';
import type { FixBuilder, RelatedNode, Report, Rule, RuleContext, Severity } from './rule';
import type { ActiveRule } from './runner';
import type { Workspace } from './workspace';

export type Memo = <T>(key: string, compute: () => T) => T;

/**
 * The context of the rules on one document. A workspace of thousands of documents runs a rule on
 * a document some hundred thousand times, so one object serves every rule of a document (`reset`
 * between them) and its parts are made on first use: a fixer when a finding offers a fix, the
 * duplicate filter when a second finding arrives. Reading `files`, `file`, `workspace` or `memo`
 * marks the result as depending on more than the document.
 */
export class RuleRun implements RuleContext<string> {
  outside = false;
  readonly path: string;
  readonly flavor: Flavor;
  /** Bound: rules take it apart (`const { root, report } = context`). */
  readonly report: (report: Report<string>) => void;
  private fixer: Fixer | undefined;
  private firstIdentity: string | undefined;
  private seen: Set<string> | undefined;

  private rule: Rule;
  private severity: Severity;
  options: Readonly<Record<string, unknown>>;

  constructor(
    readonly document: ParsedDocument,
    readonly root: Node,
    private readonly parsedFile: ParsedFile,
    private readonly fileProvider: FileProvider,
    private readonly filesOfWorkspace: Workspace,
    private readonly out: Finding[],
    private readonly memoize: Memo,
    first: ActiveRule,
  ) {
    this.path = parsedFile.uri;
    this.flavor = parsedFile.flavor;
    this.rule = first.rule;
    this.severity = first.severity;
    this.options = first.ruleOptions;
    this.report = (r) => this.add(r);
    this.memo = (key, compute) => {
      this.outside = true;
      return this.memoize(key, compute);
    };
  }

  /**
   * The next rule on the same document. Everything a rule starts (fixes, related locations) is
   * settled inside `report`, before its `check` returns, so nothing of the last rule is pending.
   */
  reset(next: ActiveRule): void {
    this.rule = next.rule;
    this.severity = next.severity;
    this.options = next.ruleOptions;
    this.outside = false;
    this.fixer = undefined;
    this.firstIdentity = undefined;
    this.seen = undefined;
  }

  get files(): FileProvider {
    this.outside = true;
    return this.fileProvider;
  }

  get file(): ParsedFile {
    this.outside = true;
    return this.parsedFile;
  }

  get workspace(): Workspace {
    this.outside = true;
    return this.filesOfWorkspace;
  }

  /** Bound as well, for the same reason as `report`. */
  readonly memo: Memo;

  private add(r: Report<string>): void {
    const target = 'key' in r.node ? r.node.key : r.node;
    const message = format(this.rule.messages[r.messageId] ?? r.messageId, r.data);
    // One node reached through several aliases is one problem, not several.
    if (this.isRepeat(`${target.start}:${target.end}:${message}`)) return;
    const base = this.document.base;
    const fixes: FixProposal[] = [];
    if (r.fix) this.pushFix(fixes, r.fix.title, this.rule.fix === 'safe' ? 'safe' : 'suggestion', r.fix.fix);
    for (const s of r.suggest ?? []) this.pushFix(fixes, s.title, 'suggestion', s.fix);
    const related = r.related?.length ? r.related.map(locate) : undefined;
    this.out.push({ ruleId: this.rule.id, severity: this.severity, message, start: base + target.start, end: base + Math.max(target.end, target.start), fixes, ...(related ? { related } : {}) });
  }

  private isRepeat(identity: string): boolean {
    if (this.firstIdentity === undefined) {
      this.firstIdentity = identity;
      return false;
    }
    this.seen ??= new Set([this.firstIdentity]);
    if (this.seen.has(identity)) return true;
    this.seen.add(identity);
    return false;
  }

  private pushFix(into: FixProposal[], title: string, kind: 'safe' | 'suggestion', build: FixBuilder): void {
    const result = build((this.fixer ??= new Fixer(this.document.text, this.parsedFile.flavor)));
    if (!result) return;
    const base = this.document.base;
    const edits: OffsetEdit[] = (Array.isArray(result) ? result : [result]).map((e: OffsetEdit) => ({ start: e.start + base, end: e.end + base, text: e.text }));
    if (edits.length) into.push({ title, kind, edits });
  }
}

function locate(related: RelatedNode): RelatedLocation {
  const target = 'key' in related.node ? related.node.key : related.node;
  const lines = lineIndexOf(related.file);
  const base = related.document.base;
  return { uri: related.file.uri, range: lines.range(base + target.start, base + Math.max(target.end, target.start)), message: related.message };
}

/** A message template with its `{{name}}` placeholders filled in. */
export function format(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
