import type { Severity } from '../engine/rule';
import { escapeHtml as e } from './escape';
import type { SystemGraph } from './graph';
import { detailOf, layoutGraph, type PlacedEdge } from './layout';

/** Fill and stroke per worst finding; no finding is green. */
export const SEVERITY_COLORS: Readonly<Record<Severity | 'none', { fill: string; stroke: string }>> = {
  error: { fill: '#fde2e1', stroke: '#c62828' },
  warning: { fill: '#fff1d6', stroke: '#d97706' },
  info: { fill: '#e3efff', stroke: '#1d6fd8' },
  hint: { fill: '#eef1f4', stroke: '#7a8591' },
  none: { fill: '#e3f6e8', stroke: '#2e8540' },
};

export const EDGE_STYLES: Readonly<Record<'depends_on' | 'selects' | 'routes', { stroke: string; dash?: string }>> = {
  depends_on: { stroke: '#57606a' },
  selects: { stroke: '#1d6fd8', dash: '5 4' },
  routes: { stroke: '#8250df' },
};

const KIND_LABEL: Readonly<Record<string, string>> = {
  'compose-service': 'Compose service',
  workload: 'Kubernetes workload',
  service: 'Kubernetes Service',
  ingress: 'Ingress',
  'virtual-service': 'Istio VirtualService',
  external: 'Not declared in the workspace',
};

/**
 * The system graph as a self-contained SVG: no scripts, no external references, no style
 * attributes (a strict CSP forbids them), presentation attributes only. Every user string is escaped.
 */
export function renderSvg(graph: SystemGraph): string {
  if (!graph.nodes.length) {
    return '<svg xmlns="http://www.w3.org/2000/svg" width="420" height="40" viewBox="0 0 420 40" role="img" aria-label="No services found"><text x="8" y="24" font-family="system-ui, sans-serif" font-size="13" fill="#57606a">No Compose services or Kubernetes workloads in these files.</text></svg>';
  }
  const layout = layoutGraph(graph);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="system-graph" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label="System graph: services and what they depend on" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`);
  out.push('<defs>');
  for (const [kind, style] of Object.entries(EDGE_STYLES)) {
    out.push(`<marker id="arrow-${e(kind)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${style.stroke}"/></marker>`);
  }
  out.push('</defs>');
  for (const c of layout.clusters) {
    out.push(`<g class="cluster"><rect x="${n(c.x)}" y="${n(c.y)}" width="${n(c.width)}" height="${n(c.height)}" rx="10" fill="#f6f8fa" stroke="#d0d7de"/>`);
    out.push(`<text x="${n(c.x + 10)}" y="${n(c.y + 16)}" font-size="12" fill="#57606a">${e(c.label)}</text></g>`);
  }
  for (const edge of layout.edges) out.push(edgeSvg(edge));
  for (const p of layout.nodes) {
    const colors = SEVERITY_COLORS[p.node.worst ?? 'none'];
    const dashed = p.node.kind === 'external' ? ' stroke-dasharray="4 3"' : '';
    const where = p.node.file ? `\n${p.node.file}` : '';
    out.push(`<g class="node" data-node="${e(p.node.id)}" data-name="${e(p.node.name)}" tabindex="0">`);
    out.push(`<title>${e(`${KIND_LABEL[p.node.kind] ?? p.node.kind} ${p.node.name}${p.node.namespace ? ` (namespace ${p.node.namespace})` : ''}${where}\nWorst finding: ${p.node.worst ?? 'none'}`)}</title>`);
    out.push(`<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.width)}" height="${n(p.height)}" rx="8" fill="${colors.fill}" stroke="${colors.stroke}" stroke-width="2"${dashed}/>`);
    out.push(`<text x="${n(p.x + 14)}" y="${n(p.y + 21)}" font-size="14" font-weight="600" fill="#1f2328">${e(p.node.name)}</text>`);
    out.push(`<text x="${n(p.x + 14)}" y="${n(p.y + 39)}" font-size="11.5" fill="#57606a">${e(detailOf(p.node))}</text>`);
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}

function edgeSvg(edge: PlacedEdge): string {
  const style = EDGE_STYLES[edge.kind];
  const [first, ...rest] = edge.points;
  if (!first) return '';
  // A smooth curve through dagre's bend points: each bend is a control point, the midpoints are on the curve.
  let d = `M${n(first.x)},${n(first.y)}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const p = rest[i];
    const q = rest[i + 1];
    if (p && q) d += ` Q${n(p.x)},${n(p.y)} ${n((p.x + q.x) / 2)},${n((p.y + q.y) / 2)}`;
  }
  const last = rest[rest.length - 1];
  if (last) d += ` L${n(last.x)},${n(last.y)}`;
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  const parts = [`<g class="edge" data-kind="${e(edge.kind)}"><path d="${d}" fill="none" stroke="${style.stroke}" stroke-width="1.6"${dash} marker-end="url(#arrow-${e(edge.kind)})"/>`];
  if (edge.label && edge.labelAt) {
    const width = edge.label.length * 6.2 + 8;
    parts.push(`<rect x="${n(edge.labelAt.x - width / 2)}" y="${n(edge.labelAt.y - 9)}" width="${n(width)}" height="16" rx="3" fill="#ffffff" fill-opacity="0.9"/>`);
    parts.push(`<text x="${n(edge.labelAt.x)}" y="${n(edge.labelAt.y + 3)}" font-size="11" text-anchor="middle" fill="${style.stroke}">${e(edge.label)}</text>`);
  }
  parts.push('</g>');
  return parts.join('');
}

function n(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '0';
}
