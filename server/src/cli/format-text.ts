import type { CheckResult } from './report';

const LABEL = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' } as const;

/** `file:line:col  severity  message  rule-id`, 1-based like every compiler. */
export function formatText(result: CheckResult): string {
  const lines: string[] = [];
  for (const f of result.findings) {
    lines.push(`${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${LABEL[f.severity].padEnd(7)}  ${f.message}  ${f.ruleId}${f.fixable ? '  (fixable)' : ''}`);
    for (const r of f.related ?? []) lines.push(`  ${r.file}:${r.range.start.line + 1}:${r.range.start.character + 1}  ${r.message}`);
  }
  const count = (s: string): number => result.findings.filter((f) => f.severity === s).length;
  const files = new Set(result.findings.map((f) => f.file)).size;
  if (lines.length) lines.push('');
  lines.push(
    result.findings.length === 0
      ? `No problems in ${result.filesChecked} ${result.filesChecked === 1 ? 'file' : 'files'}.`
      : `${plural(result.findings.length, 'problem')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info, ${plural(count('hint'), 'hint')}) in ${files} of ${plural(result.filesChecked, 'file')}.`,
  );
  return lines.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatJson(result: CheckResult): string {
  return JSON.stringify({ findings: result.findings }, null, 2) + '\n';
}
