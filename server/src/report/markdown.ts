import { CATEGORIES, plural, SEVERITIES, type ReportModel } from './model';

/** Text for a Markdown table cell: no markup, no HTML, no line breaks, whatever the files say. */
export function mdText(value: string | number): string {
  return String(value)
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1');
}

/** Inside a Mermaid label only plain characters are kept; the rest become Mermaid's `#code;` entities. */
function mermaidText(value: string): string {
  return value.replace(/[^A-Za-z0-9 ._:/-]/g, (c) => `#${c.codePointAt(0) ?? 63};`);
}

/** The report as GitHub-flavoured Markdown, with the system graph as a Mermaid flowchart. */
export function renderMarkdown(model: ReportModel): string {
  const t = model.totals;
  const out: string[] = [];
  out.push('# Backend Guidance — workspace report', '');
  out.push(`**Score: ${model.score}/100 (grade ${model.grade})** · ${plural(model.files.length, 'file')} · ${plural(model.lines, 'line')} · ${plural(t.findings, 'finding')} · generated ${model.generatedAt}`, '');
  out.push('| Severity | Findings |', '|---|---:|', ...SEVERITIES.map((s) => `| ${s} | ${t.bySeverity[s]} |`), '');
  out.push('| Category | Findings |', '|---|---:|', ...CATEGORIES.filter((c) => c !== 'other' || t.byCategory[c] > 0).map((c) => `| ${c} | ${t.byCategory[c]} |`), '');

  out.push('## System', '');
  if (model.graph.nodes.length) {
    const ids = new Map(model.graph.nodes.map((n, i) => [n.id, `n${i}`]));
    out.push('```mermaid', 'flowchart LR');
    for (const n of model.graph.nodes) out.push(`  ${ids.get(n.id)}["${mermaidText(n.name)}<br/>${mermaidText(n.detail)}"]:::${n.worst ?? 'none'}`);
    for (const edge of model.graph.edges) {
      const arrow = edge.kind === 'selects' ? '-.->' : '-->';
      out.push(`  ${ids.get(edge.from)} ${arrow}${edge.label ? `|"${mermaidText(edge.label)}"|` : ''} ${ids.get(edge.to)}`);
    }
    out.push('  classDef error fill:#fde2e1,stroke:#c62828', '  classDef warning fill:#fff1d6,stroke:#d97706', '  classDef info fill:#e3efff,stroke:#1d6fd8', '  classDef hint fill:#eef1f4,stroke:#7a8591', '  classDef none fill:#e3f6e8,stroke:#2e8540', '```', '');
    const names = new Map(model.graph.nodes.map((n) => [n.id, `${n.detail} ${n.name}`]));
    out.push('| From | To | Relation |', '|---|---|---|');
    for (const edge of model.graph.edges) out.push(`| ${mdText(names.get(edge.from) ?? edge.from)} | ${mdText(names.get(edge.to) ?? edge.to)} | ${mdText(edge.kind + (edge.label ? ` (${edge.label})` : ''))} |`);
    out.push('');
  } else {
    out.push('No Compose services or Kubernetes workloads in these files.', '');
  }

  out.push('## Files', '', '| File | Kinds | Lines | Errors | Warnings | Info | Hints | Score |', '|---|---|---:|---:|---:|---:|---:|---:|');
  for (const f of model.files) {
    const s = f.counts.bySeverity;
    out.push(`| ${mdText(f.file)} | ${mdText(f.kinds.join(', '))} | ${f.lines} | ${s.error} | ${s.warning} | ${s.info} | ${s.hint} | ${f.score} (${f.grade}) |`);
  }
  out.push('', '## Findings', '');
  if (model.findings.length) {
    out.push('| Severity | Message | Location | Rule | Category |', '|---|---|---|---|---|');
    for (const f of model.findings) out.push(`| ${f.severity} | ${mdText(f.message)} | ${mdText(`${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}`)} | ${mdText(f.ruleId)} | ${f.category} |`);
  } else {
    out.push('No findings.');
  }
  if (model.errors.length || model.notes.length) out.push('', '## Notes', '', ...[...model.errors, ...model.notes].map((m) => `- ${mdText(m)}`));
  out.push('', '## How the score is computed', '', mdText(model.scoring.explanation), '');
  return out.join('\n');
}
