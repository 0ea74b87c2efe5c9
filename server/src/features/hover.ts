import type { Hover, Position } from 'vscode-languageserver/node';
import type { Catalog, TopicEntry } from '../../../knowledge/schema';
import { ruleMarkdown, topicMarkdown } from '../../../knowledge/render';
import { documentAt, pairAt } from '../document/locate';
import { str } from '../document/tree';
import { imageBaseName, parseImage } from '../rules/shared/image';
import type { Analysis } from './analysis-store';

/** Over a finding: its rule's explanation. Over a well-known key or a known image: the topic. */
export function hover(analysis: Analysis, position: Position, catalog: Catalog): Hover | null {
  const offset = analysis.lines.offset(position);
  const flagged = analysis.findings.filter((f) => f.start <= offset && offset <= f.end && catalog.rules.has(f.ruleId));
  const sections: string[] = [];
  for (const id of new Set(flagged.map((f) => f.ruleId))) {
    const entry = catalog.rules.get(id);
    if (entry) sections.push(ruleMarkdown(entry, { heading: false }));
  }
  const topic = topicAt(analysis, offset, catalog.topics);
  if (topic) sections.push(topicMarkdown(topic));
  if (!sections.length) return null;
  return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') } };
}

function topicAt(analysis: Analysis, offset: number, topics: readonly TopicEntry[]): TopicEntry | undefined {
  const doc = documentAt(analysis.file, offset);
  if (!doc?.root || doc.kind === 'other') return undefined;
  const located = pairAt(doc.root, offset - doc.base);
  if (!located) return undefined;
  const key = located.path[located.path.length - 1] ?? '';
  const kind = doc.kind;
  if (!located.onKey && key === 'image') {
    const image = str(located.pair.value);
    if (image) {
      const base = imageBaseName(image);
      const repository = parseImage(image.trim()).repository.toLowerCase();
      // A name with a slash (`jaegertracing/all-in-one`) matches the end of the repository path.
      const byImage = topics.find((t) => t.images.some((name) => name === base || (name.includes('/') && (repository === name || repository.endsWith(`/${name}`)))));
      if (byImage) return byImage;
    }
  }
  if (!located.onKey) return undefined;
  return topics.find((t) => t.keys[kind]?.includes(key));
}
