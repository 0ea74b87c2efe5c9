import type { RuleEntry, TopicEntry } from './schema';

/** The rule's page, as Markdown: hover, "Explain Rule…", the docs and SARIF help all show this. */
export function ruleMarkdown(entry: RuleEntry, options: { heading?: boolean; examples?: boolean } = {}): string {
  const lines: string[] = [];
  const tags = [`\`${entry.id}\``, entry.severity, entry.category, entry.owasp].filter(Boolean).join(' · ');
  lines.push(options.heading === false ? `**${entry.title}**` : `# ${entry.title}`, '', tags, '', entry.summary, '');
  lines.push('**Why it matters**', '', entry.rationale.trim(), '', '**How to fix it**', '', entry.remediation.trim(), '');
  if (options.examples) {
    const fence = entry.examples.flavor === 'json' ? 'json' : 'yaml';
    lines.push('**Flagged**', '', '```' + fence, entry.examples.bad.trimEnd(), '```', '', '**Accepted**', '', '```' + fence, entry.examples.good.trimEnd(), '```', '');
  }
  lines.push('**References**', '', ...entry.references.map((r) => `- [${r.title}](${r.url})`));
  return lines.join('\n');
}

export function topicMarkdown(entry: TopicEntry): string {
  return [`**${entry.title}**`, '', entry.body.trim(), '', ...entry.references.map((r) => `- [${r.title}](${r.url})`)].join('\n');
}
