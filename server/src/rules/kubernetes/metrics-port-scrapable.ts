import { get, isMap, mapItems, num, str } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { workloadsOf, type WorkloadView } from '../../views/kubernetes';
import { joinMonitoring, monitoringOf, scraped } from './shared/observability';
import { documentPart, sameFile } from './shared/same-file';

const ID = 'kubernetes/metrics-port-scrapable';
const METRICS_NAME = /^(?:(?:https?-)?metrics|prom|prometheus|[a-z0-9-]+-metrics)$/;
/** Default ports of common Prometheus exporters (node, mysqld, nginx, elasticsearch, redis, memcached, postgres, mongodb, kafka, rabbitmq). */
const EXPORTER_PORTS = new Set([9100, 9104, 9113, 9114, 9121, 9150, 9187, 9216, 9308, 9419]);
const SCRAPE = 'prometheus.io/scrape';

export default defineRule({
  id: ID,
  appliesTo: 'kubernetes',
  messages: {
    unscraped: 'Port {{port}} of container "{{container}}" serves metrics, but neither a prometheus.io/scrape annotation nor a ServiceMonitor or PodMonitor in this file collects them.',
  },
  fix: 'suggestion',
  check(ctx) {
    const file = sameFile(ctx, ID);
    for (const workload of workloadsOf(ctx.root)) {
      // Batch pods finish before a scrape interval comes round; they push to a gateway instead.
      if (workload.runsToCompletion) continue;
      let isScraped: boolean | undefined;
      for (const container of workload.containers(['containers'])) {
        for (const port of mapItems(get(container.node, 'ports'))) {
          const nameNode = get(port, 'name');
          const name = str(nameNode);
          const number = num(get(port, 'containerPort'));
          const byName = name !== undefined && METRICS_NAME.test(name);
          if (!byName && (number === undefined || !EXPORTER_PORTS.has(number))) continue;
          isScraped ??= scraped(workload, file.summary((docs) => joinMonitoring(docs.map((d) => documentPart(ID, d.root, (root) => monitoringOf([root]))))));
          if (isScraped) continue;
          ctx.report({
            node: (byName ? nameNode : get(port, 'containerPort')) ?? port,
            messageId: 'unscraped',
            data: { port: byName ? `"${name}"` : String(number), container: container.name },
            suggest: number === undefined ? [] : annotate(workload, number),
          });
        }
      }
    }
  },
});

/** Pod-template annotations read by the common `kubernetes-pods` scrape job of Prometheus. */
function annotate(workload: WorkloadView, port: number): FixOffer[] {
  const metadata = workload.podMetadata;
  if (!metadata) return [];
  const title = `Annotate the pods for scraping on port ${port}`;
  const annotations = get(metadata, 'annotations');
  if (annotations === undefined) {
    return [{ title, fix: (f) => f.insertPair(metadata, 'annotations', { [SCRAPE]: 'true', 'prometheus.io/port': String(port) }, ['labels']) }];
  }
  if (!isMap(annotations) || get(annotations, 'prometheus.io/port') !== undefined) return [];
  return [{ title, fix: (f) => [f.insertPair(annotations, SCRAPE, 'true'), f.insertPair(annotations, 'prometheus.io/port', String(port))] }];
}
