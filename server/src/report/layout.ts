import dagre from '@dagrejs/dagre';
import type { GraphEdge, GraphNode, SystemGraph } from './graph';
import { plural } from './model';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode extends Box {
  node: GraphNode;
}

export interface PlacedEdge {
  from: string;
  to: string;
  kind: GraphEdge['kind'];
  label: string | undefined;
  points: Array<{ x: number; y: number }>;
  labelAt: { x: number; y: number } | undefined;
}

export interface PlacedCluster extends Box {
  label: string;
}

export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  clusters: PlacedCluster[];
}

/** Glyph widths are not known outside a browser: an estimate on the generous side keeps text inside. */
export const CHAR_WIDTH = { title: 8.2, detail: 6.6, label: 6.2 } as const;
const NODE_HEIGHT = 50;
const CLUSTER_LABEL = 22;

/** The cluster a node is drawn in: its Compose project, or its Kubernetes namespace. */
export function clusterOf(node: GraphNode): string | undefined {
  if (node.kind === 'compose-service') return node.file ? `compose: ${node.file}` : undefined;
  if (node.kind === 'external') return undefined;
  return `namespace: ${node.namespace ?? '(none)'}`;
}

/** Left to right, as traffic flows: entry points on the left, what they depend on to the right. */
export function layoutGraph(graph: SystemGraph): Layout {
  const g = new dagre.graphlib.Graph({ compound: true, multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 28, ranksep: 90, edgesep: 16, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const clusters = new Map<string, string>();
  for (const node of graph.nodes) {
    const width = Math.max(130, Math.ceil(Math.max(node.name.length * CHAR_WIDTH.title, detailOf(node).length * CHAR_WIDTH.detail)) + 28);
    g.setNode(node.id, { width, height: NODE_HEIGHT });
    const cluster = clusterOf(node);
    if (cluster) {
      const id = clusters.get(cluster) ?? `cluster:${clusters.size}`;
      if (!clusters.has(cluster)) {
        clusters.set(cluster, id);
        g.setNode(id, { label: cluster, paddingTop: CLUSTER_LABEL });
      }
      g.setParent(node.id, id);
    }
  }
  graph.edges.forEach((edge, i) => {
    const label = edge.label ?? '';
    g.setEdge(edge.from, edge.to, { width: label ? Math.ceil(label.length * CHAR_WIDTH.label) + 8 : 0, height: label ? 16 : 0, labelpos: 'c' }, `e${i}`);
  });
  dagre.layout(g);

  const nodes: PlacedNode[] = graph.nodes.map((node) => {
    const placed = g.node(node.id) as { x: number; y: number; width: number; height: number };
    return { node, x: placed.x - placed.width / 2, y: placed.y - placed.height / 2, width: placed.width, height: placed.height };
  });
  const edges: PlacedEdge[] = graph.edges.map((edge, i) => {
    const placed = g.edge(edge.from, edge.to, `e${i}`) as { points?: Array<{ x: number; y: number }>; x?: number; y?: number };
    return { from: edge.from, to: edge.to, kind: edge.kind, label: edge.label, points: placed.points ?? [], labelAt: edge.label && placed.x !== undefined && placed.y !== undefined ? { x: placed.x, y: placed.y } : undefined };
  });
  const placedClusters: PlacedCluster[] = [...clusters].map(([label, id]) => {
    // dagre sizes a cluster around its members; room is made on top for the label.
    const members = nodes.filter((n) => g.parent(n.node.id) === id);
    const left = Math.min(...members.map((n) => n.x)) - 14;
    const right = Math.max(...members.map((n) => n.x + n.width)) + 14;
    const top = Math.min(...members.map((n) => n.y)) - CLUSTER_LABEL - 8;
    const bottom = Math.max(...members.map((n) => n.y + n.height)) + 12;
    return { label, x: left, y: top, width: right - left, height: bottom - top };
  });
  // Everything is shifted so that no cluster label sticks out of the picture.
  const all: Box[] = [...nodes, ...placedClusters];
  const minX = Math.min(0, ...all.map((b) => b.x)) - 8;
  const minY = Math.min(0, ...all.map((b) => b.y)) - 8;
  const shift = <T extends { x: number; y: number }>(p: T): T => ({ ...p, x: p.x - minX, y: p.y - minY });
  const shiftedNodes = nodes.map(shift);
  const shiftedClusters = placedClusters.map(shift);
  const shiftedEdges = edges.map((e) => ({ ...e, points: e.points.map(shift), labelAt: e.labelAt ? shift(e.labelAt) : undefined }));
  const boxes: Box[] = [...shiftedNodes, ...shiftedClusters];
  const width = Math.ceil(Math.max(100, ...boxes.map((b) => b.x + b.width), ...shiftedEdges.flatMap((e) => e.points.map((p) => p.x))) + 16);
  const height = Math.ceil(Math.max(60, ...boxes.map((b) => b.y + b.height), ...shiftedEdges.flatMap((e) => e.points.map((p) => p.y))) + 16);
  return { width, height, nodes: shiftedNodes, edges: shiftedEdges, clusters: shiftedClusters };
}

export function detailOf(node: GraphNode): string {
  return node.kind === 'external' ? node.detail : `${node.detail} · ${plural(node.findings, 'finding')}`;
}
