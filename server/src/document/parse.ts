import { detectKind, detectTemplate } from './detect';
import { parseJsonDocument } from './parse-json';
import { parseYamlDocument } from './parse-yaml';
import { splitDocuments } from './split';
import type { Flavor, ParsedDocument, ParsedFile } from './types';

export function flavorOf(path: string, languageId?: string, text?: string): Flavor {
  if (languageId === 'json' || languageId === 'jsonc') return 'json';
  if (languageId === 'yaml' || languageId === 'dockercompose') return 'yaml';
  if (/\.json$/i.test(path)) return 'json';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return text && /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/**
 * Parses a whole file. Documents whose text is unchanged since `previous` keep their parse: the
 * editor pays for the document being typed in, not for the 49,000 lines around it.
 */
export function parseFile(uri: string, text: string, flavor: Flavor, previous?: ParsedFile): ParsedFile {
  if (flavor === 'yaml') {
    const template = detectTemplate(text);
    if (template) {
      return { uri, text, flavor, documents: [], skipped: { ...template, reason: 'This file contains Helm/Go template syntax ({{ … }}); Backend Guidance analyses rendered manifests only, so it was skipped.' } };
    }
  }
  if (flavor === 'json') {
    const { root, problems } = parseJsonDocument(text);
    return { uri, text, flavor, documents: [{ base: 0, text, index: 0, root, problems, kind: detectKind(root, uri) }] };
  }
  const reusable = new Map<string, ParsedDocument>();
  if (previous && previous.flavor === 'yaml') for (const doc of previous.documents) reusable.set(doc.text, doc);
  const documents = splitDocuments(text).map((chunk, index): ParsedDocument => {
    const known = reusable.get(chunk.text);
    if (known) return { ...known, base: chunk.start, index };
    const { root, problems } = parseYamlDocument(chunk.text);
    return { base: chunk.start, text: chunk.text, index, root, problems, kind: detectKind(root, uri) };
  });
  return { uri, text, flavor, documents };
}
