import { objectsOf as objectsOfDocument } from '../../../views/kubernetes-objects';
import { get, getMap, getStr, isMap, items, str, type MapNode, type Node } from '../../../document/tree';
import type { WorkloadView } from '../../../views/kubernetes';

/** The string labels of a `labels`/`matchLabels` map; non-scalar values are skipped. */
export function labelsOf(map: Node | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!isMap(map)) return out;
  for (const pair of map.pairs) {
    const value = str(pair.value);
    if (value !== undefined) out.set(String(pair.key.value), value);
  }
  return out;
}

/**
 * Whether a LabelSelector (`matchLabels` + `matchExpressions`) selects `labels`. An empty
 * selector selects everything, as in Kubernetes; an expression it cannot read selects nothing.
 */
export function selects(selector: Node | undefined, labels: ReadonlyMap<string, string>): boolean {
  if (!isMap(selector)) return false;
  for (const [key, value] of labelsOf(get(selector, 'matchLabels'))) if (labels.get(key) !== value) return false;
  for (const expression of items(get(selector, 'matchExpressions'))) {
    const key = getStr(expression, 'key');
    const values = items(get(expression, 'values')).map((v) => str(v));
    const actual = key === undefined ? undefined : labels.get(key);
    const operator = getStr(expression, 'operator');
    const holds =
      operator === 'In' ? actual !== undefined && values.includes(actual)
      : operator === 'NotIn' ? actual === undefined || !values.includes(actual)
      : operator === 'Exists' ? actual !== undefined
      : operator === 'DoesNotExist' ? actual === undefined
      : false;
    if (!holds) return false;
  }
  return true;
}

/** Plain `kind: X` objects of a document, or the items of a `kind: List`. */
export function objectsOf(root: Node | null | undefined, kind: string): MapNode[] {
  return objectsOfDocument(root).filter((o) => getStr(o, 'kind') === kind);
}

export function podLabels(workload: WorkloadView): Map<string, string> {
  return labelsOf(get(workload.podMetadata, 'labels'));
}

/** The keys of a map (a ConfigMap's `data`), or none for anything else. */
export function keysOf(map: Node | undefined): string[] {
  return isMap(map) ? map.pairs.map((p) => String(p.key.value)) : [];
}

const SCRAPE = 'prometheus.io/scrape';

/** What in a file can make Prometheus scrape a workload. */
export interface Monitoring {
  services: MapNode[];
  podMonitors: MapNode[];
  serviceMonitors: MapNode[];
}

export function monitoringOf(roots: readonly Node[]): Monitoring {
  const all = (kind: string): MapNode[] => roots.flatMap((r) => objectsOf(r, kind));
  return { services: all('Service'), podMonitors: all('PodMonitor'), serviceMonitors: all('ServiceMonitor') };
}

export function joinMonitoring(parts: readonly Monitoring[]): Monitoring {
  return { services: parts.flatMap((p) => p.services), podMonitors: parts.flatMap((p) => p.podMonitors), serviceMonitors: parts.flatMap((p) => p.serviceMonitors) };
}

/** Whether anything in the file asks Prometheus to scrape the workload's pods. */
export function scraped(workload: WorkloadView, { services, podMonitors, serviceMonitors }: Monitoring): boolean {
  if (get(getMap(workload.podMetadata, 'annotations'), SCRAPE) !== undefined) return true;
  const labels = podLabels(workload);
  const selecting = services.filter((s) => {
    const selector = labelsOf(get(get(s, 'spec'), 'selector'));
    return selector.size > 0 && [...selector].every(([k, v]) => labels.get(k) === v);
  });
  if (selecting.some((s) => get(getMap(getMap(s, 'metadata'), 'annotations'), SCRAPE) !== undefined)) return true;
  if (podMonitors.some((m) => selects(get(get(m, 'spec'), 'selector'), labels))) return true;
  return serviceMonitors.some((m) => {
    const selector = get(get(m, 'spec'), 'selector');
    const targets = services.filter((s) => selects(selector, labelsOf(get(getMap(s, 'metadata'), 'labels'))));
    // A ServiceMonitor whose Service lives in another file may well be the one scraping this workload.
    return targets.length === 0 || targets.some((t) => selecting.includes(t));
  });
}
