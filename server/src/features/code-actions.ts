import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import { disableForFile, disableForLine } from '../engine/suppression-edits';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FixProposal } from '../engine/finding';
import type { Analysis } from './analysis-store';
import { SOURCE } from './diagnostics';
import { fixDataSchema } from './fix-data';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.backendGuidance`;

export const EXPLAIN_COMMAND = 'backendGuidance.explainRule';

/**
 * Quick-fixes are the fixes of the finding a diagnostic names in its data; then, for every rule,
 * "disable for this line", "disable in this file" and "explain"; fix-all from the latest analysis.
 */
export function codeActions(params: CodeActionParams, document: TextDocument, analysis: Analysis | undefined, isRule: (id: string) => boolean = () => false): CodeAction[] {
  const only = params.context.only;
  const wantsFixAll = !only || only.some((kind) => FIX_ALL_KIND.startsWith(kind) && kind !== CodeActionKind.QuickFix && kind !== '');
  const wantsQuickFix = !only || only.some((kind) => CodeActionKind.QuickFix.startsWith(kind));
  const actions: CodeAction[] = [];
  if (wantsQuickFix) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      for (const fix of fixesOf(diagnostic, document, analysis)) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.kind === 'safe',
          edit: { changes: { [document.uri]: fix.edits } },
        });
      }
      const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
      if (ruleId && isRule(ruleId) && analysis && analysis.version === document.version) actions.push(...suppressionActions(analysis, diagnostic, ruleId));
    }
  }
  if (wantsFixAll && analysis && analysis.version === document.version) {
    const edits = safeEdits(analysis);
    if (edits.length) actions.push({ title: 'Fix all safe Backend Guidance problems', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } });
  }
  return actions;
}

/**
 * The fixes of the finding a diagnostic shows, from the analysis it was published from: none when
 * the document or the analysis has moved on since (the client would apply edits to other text).
 */
function fixesOf(diagnostic: Diagnostic, document: TextDocument, analysis: Analysis | undefined): Array<{ title: string; kind: FixProposal['kind']; edits: TextEdit[] }> {
  const data = fixDataSchema.safeParse(diagnostic.data);
  if (!data.success || !analysis || data.data.version !== document.version || data.data.analysis !== analysis.serial || analysis.version !== document.version) return [];
  const finding = analysis.findings[data.data.finding];
  if (!finding || finding.ruleId !== diagnostic.code) return [];
  return finding.fixes.map((fix) => ({ title: fix.title, kind: fix.kind, edits: fix.edits.map((e) => analysis.lines.edit(e)) }));
}

function suppressionActions(analysis: Analysis, diagnostic: Diagnostic, ruleId: string): CodeAction[] {
  const out: CodeAction[] = [];
  const offset = analysis.lines.offset(diagnostic.range.start);
  for (const proposal of [disableForLine(analysis.file, offset, ruleId), disableForFile(analysis.file, ruleId)]) {
    if (!proposal) continue;
    out.push({ title: proposal.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [analysis.uri]: [analysis.lines.edit(proposal.edit)] } } });
  }
  const open = `Open rule documentation: ${ruleId}`;
  out.push({ title: open, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: open, command: EXPLAIN_COMMAND, arguments: [ruleId] } });
  return out;
}

/** Every safe fix that does not overlap one taken before it. */
function safeEdits(analysis: Analysis): TextEdit[] {
  const taken: Array<[number, number]> = [];
  const out: TextEdit[] = [];
  for (const finding of analysis.findings) {
    for (const fix of finding.fixes) {
      if (fix.kind !== 'safe') continue;
      const overlaps = fix.edits.some((e) => taken.some(([s, t]) => e.start < t && s < e.end || (e.start === s && e.end === t)));
      if (overlaps) continue;
      for (const e of fix.edits) {
        taken.push([e.start, e.end]);
        out.push(analysis.lines.edit(e));
      }
    }
  }
  return out;
}
