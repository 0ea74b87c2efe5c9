import { CodeActionKind, type CodeAction, type CodeActionParams, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './analysis-store';
import { SOURCE } from './diagnostics';
import { fixDataSchema } from './fix-data';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.backendGuidance`;

/** Quick-fixes come from the diagnostics' own data; fix-all from the server's latest analysis. */
export function codeActions(params: CodeActionParams, document: TextDocument, analysis: Analysis | undefined): CodeAction[] {
  const only = params.context.only;
  const wantsFixAll = !only || only.some((kind) => FIX_ALL_KIND.startsWith(kind) && kind !== CodeActionKind.QuickFix && kind !== '');
  const wantsQuickFix = !only || only.some((kind) => CodeActionKind.QuickFix.startsWith(kind));
  const actions: CodeAction[] = [];
  if (wantsQuickFix) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const data = fixDataSchema.safeParse(diagnostic.data);
      if (!data.success || data.data.version !== document.version) continue;
      for (const fix of data.data.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.kind === 'safe',
          edit: { changes: { [document.uri]: fix.edits } },
        });
      }
    }
  }
  if (wantsFixAll && analysis && analysis.version === document.version) {
    const edits = safeEdits(analysis);
    if (edits.length) actions.push({ title: 'Fix all safe Backend Guidance problems', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } });
  }
  return actions;
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
