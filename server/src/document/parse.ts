import { detectKind, detectTemplate } from './detect';
import { parseJsonDocument } from './parse-json';
import { parseYamlDocumentFast } from './parse-yaml-cst';
import { splitDocuments } from './split';
import type { Flavor, ParsedDocument, ParsedFile } from './types';

export function flavorOf(path: string, languageId?: string, text?: string): Flavor {
  if (languageId === 'json' || languageId === 'jsonc') return 'json';
  if (languageId === 'yaml' || languageId === 'dockercompose') return 'yaml';
  if (/\.json$/i.test(path)) return 'json';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return text && /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/** Files above this size are not parsed (configurable): parse time grows with size, not value. */
export const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;

export interface ParseOptions {
  maxBytes?: number;
}

/**
 * Parses a whole file. Documents whose text is unchanged since `previous` keep their parse: the
 * editor pays for the document being typed in, not for the 49,000 lines around it.
 */
export function parseFile(uri: string, text: string, flavor: Flavor, previous?: ParsedFile, options: ParseOptions = {}): ParsedFile {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  // Characters bound bytes from below; a file of ASCII-heavy YAML is what this is about.
  if (text.length > maxBytes) {
    const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1);
    return { uri, text, flavor, documents: [], skipped: { code: 'too-large', start: 0, end: Math.min(1, text.length), reason: `This file is ${mb(text.length)} MB, above the ${mb(maxBytes)} MB limit (backendGuidance.maxFileSizeMB, --max-file-size), so it was not analysed.` } };
  }
  const reusable = new Map<string, ParsedDocument>();
  if (previous && previous.flavor === 'yaml') for (const doc of previous.documents) reusable.set(doc.text, doc);
  const chunks = flavor === 'yaml' ? splitDocuments(text) : [];
  // Chunks cover the text and a directive cannot span a `---` line, so only new chunks are
  // searched: a reused one was part of a previous version that had none.
  for (const chunk of chunks) {
    const template = reusable.has(chunk.text) ? undefined : detectTemplate(chunk.text);
    if (template) {
      return { uri, text, flavor, documents: [], skipped: { start: chunk.start + template.start, end: chunk.start + template.end, code: 'template-skipped', reason: 'This file contains Helm/Go template syntax ({{ … }}); Backend Guidance analyses rendered manifests only, so it was skipped.' } };
    }
  }
  if (flavor === 'json') {
    // A file being typed into stays broken for a while: the direct path would only find that out
    // first, so jsonc-parser reads it until it parses cleanly again.
    const broken = previous?.flavor === 'json' && previous.documents.some((d) => d.problems.length > 0);
    const { root, problems } = parseJsonDocument(text, broken);
    return { uri, text, flavor, documents: [{ base: 0, text, index: 0, root, problems, kind: detectKind(root, uri) }] };
  }
  // JSON saved as .yaml is common (converted specs), and JSON is YAML: the JSON parser reads it in
  // a fraction of the time the YAML parser spends on large flow collections.
  if (/^\uFEFF?\s*[{[]/.test(text)) {
    const json = parseJsonDocument(text);
    if (json.problems.length === 0) return { uri, text, flavor: 'json', documents: [{ base: 0, text, index: 0, root: json.root, problems: [], kind: detectKind(json.root, uri) }] };
  }
  const documents = chunks.map((chunk, index): ParsedDocument => {
    const known = reusable.get(chunk.text);
    if (known) return { ...known, base: chunk.start, index };
    // The lean builder; it hands documents it does not model exactly to the composer (issue #9).
    const { root, problems } = parseYamlDocumentFast(chunk.text);
    return { base: chunk.start, text: chunk.text, index, root, problems, kind: detectKind(root, uri) };
  });
  return { uri, text, flavor, documents };
}
