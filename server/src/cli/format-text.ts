import type { CheckResult } from './report';

const LABEL = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' } as const;

/** `file:line:col  severity  message  rule-id`, 1-based like every compiler. */
export function formatText(result: CheckResult): string {
  const lines: string[] = [];
  for (const f of result.findings) {
    lines.push(`${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${LABEL[f.severity].padEnd(7)}  ${f.message}  ${f.ruleId}${f.fixable ? '  (fixable)' : ''}`);
  }
  const count = (s: string): number => result.findings.filter((f) => f.severity === s).length;
  const files = new Set(result.findings.map((f) => f.file)).size;
  if (lines.length) lines.push('');
  lines.push(
    result.findings.length === 0
      ? `No problems in ${result.filesChecked} ${result.filesChecked === 1 ? 'file' : 'files'}.`
      : `${result.findings.length} problems (${count('error')} errors, ${count('warning')} warnings, ${count('info') + count('hint')} infos) in ${files} of ${result.filesChecked} files.`,
  );
  return lines.join('\n') + '\n';
}

export function formatJson(result: CheckResult): string {
  return JSON.stringify({ findings: result.findings }, null, 2) + '\n';
}
