import { get, getStr, isMap, type Node } from './tree';
import type { DocumentKind } from './types';

const COMPOSE_FILE = /(^|[\\/])(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i;

export function looksLikeComposeFileName(path: string): boolean {
  return COMPOSE_FILE.test(path);
}

/** Kind of one document, decided by its content first and the file name second. */
export function detectKind(root: Node | null, path: string): DocumentKind {
  if (!isMap(root)) return 'other';
  const openapi = getStr(root, 'openapi');
  if (openapi && /^3\./.test(openapi)) return 'openapi';
  if (getStr(root, 'swagger') === '2.0') return 'openapi';
  if (getStr(root, 'apiVersion') && getStr(root, 'kind')) return 'kubernetes';
  const services = get(root, 'services');
  if (isMap(services)) {
    if (looksLikeComposeFileName(path)) return 'compose';
    // Other tools (CI systems among them) also have a top-level `services`; a Compose one has
    // services that are mappings with an image or a build.
    const definitions = services.pairs.map((p) => p.value);
    if (definitions.length > 0 && definitions.every(isMap) && definitions.some((s) => get(s, 'image') !== undefined || get(s, 'build') !== undefined)) return 'compose';
  }
  return 'other';
}

const HELM_DIRECTIVE = /^[ \t]*\{\{-?|\{\{-?\s*(?:\.Values|\.Release|\.Chart|\.Capabilities|\.Files|include\s|template\s|toYaml\b|tpl\s)/m;

/** Helm charts and other Go-templated YAML are not YAML until rendered: they are left alone. */
export function detectTemplate(text: string): { start: number; end: number } | undefined {
  if (!text.includes('{{')) return undefined;
  const match = HELM_DIRECTIVE.exec(text);
  if (!match) return undefined;
  const at = match.index + match[0].search(/\{/);
  return { start: at, end: at + 2 };
}
