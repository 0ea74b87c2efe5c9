import { get, getMap, getStr, isSeq, mapItems } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { workloadsOf, type WorkloadView } from '../../views/kubernetes';
import { imageBaseName } from '../shared/image';
import { keysOf, objectsOf } from './shared/observability';
import { documentPart, sameFile } from './shared/same-file';

const ID = 'kubernetes/otel-exporter-consistent';
const ENDPOINTS = new Set(['OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_EXPORTER_OTLP_METRICS_ENDPOINT', 'OTEL_EXPORTER_OTLP_LOGS_ENDPOINT']);
/** Off-the-shelf servers are not instrumented through OTEL_* variables of their own manifests. */
const THIRD_PARTY = new Set(
  ('redis valkey memcached postgres postgresql mysql mariadb mongo mongodb cassandra kafka zookeeper rabbitmq nats elasticsearch opensearch ' +
    'nginx haproxy traefik envoy prometheus grafana loki tempo jaeger jaeger-all-in-one opentelemetry-collector opentelemetry-collector-contrib otel-collector')
    .split(' '),
);

const NO_MAPS: ReadonlyMap<string, readonly string[]> = new Map();

type Otel = { kind: 'exports'; endpoint: string | undefined } | { kind: 'configured' } | { kind: 'none' } | { kind: 'unknown' };

/** What a workload's manifest says about OpenTelemetry, from env, envFrom and operator injection. */
function otelOf(workload: WorkloadView, configMaps: ReadonlyMap<string, readonly string[]>): Otel {
  const annotations = getMap(workload.podMetadata, 'annotations');
  if (annotations?.pairs.some((p) => String(p.key.value).startsWith('instrumentation.opentelemetry.io/inject-'))) return { kind: 'configured' };
  let result: Otel = { kind: 'none' };
  for (const container of workload.containers(['containers'])) {
    for (const env of mapItems(get(container.node, 'env'))) {
      const name = getStr(env, 'name') ?? '';
      if (ENDPOINTS.has(name)) return { kind: 'exports', endpoint: name === 'OTEL_EXPORTER_OTLP_ENDPOINT' ? getStr(env, 'value') : undefined };
      if (name.startsWith('OTEL_')) result = { kind: 'configured' };
    }
    for (const source of mapItems(get(container.node, 'envFrom'))) {
      const keys = configMaps.get(getStr(get(source, 'configMapRef'), 'name') ?? '');
      // A Secret, or a ConfigMap kept elsewhere, may carry the OTEL_* variables: nothing to say then.
      if (!keys) return { kind: 'unknown' };
      if (keys.some((k) => k.startsWith('OTEL_'))) result = { kind: 'configured' };
    }
  }
  return result;
}

export default defineRule({
  id: ID,
  appliesTo: 'kubernetes',
  messages: {
    missing: 'Workload "{{name}}" ({{kind}}) has no OpenTelemetry settings, while "{{peer}}" in this file exports over OTLP, so its telemetry is missing from that pipeline.',
  },
  fix: 'suggestion',
  check(ctx) {
    const file = sameFile(ctx, ID);
    const own = workloadsOf(ctx.root).filter((w) => !w.runsToCompletion);
    if (own.length === 0) return;
    const { configMaps, exporters } = file.summary((docs) => {
      const exported = (w: WorkloadView, maps: ReadonlyMap<string, readonly string[]>): Array<{ name: string; endpoint: string | undefined }> => {
        const otel = otelOf(w, maps);
        return otel.kind === 'exports' ? [{ name: w.name, endpoint: otel.endpoint }] : [];
      };
      // Per document, kept while it is unchanged. A workload without envFrom is settled there (its
      // exporter entry, or none); one with envFrom waits for the ConfigMaps of the whole file.
      const parts = docs.map((d) => documentPart(ID, d.root, (root) => {
        const workloads = workloadsOf(root).filter((w) => !w.runsToCompletion);
        const readsMaps = (w: WorkloadView): boolean => w.containers(['containers']).some((c) => get(c.node, 'envFrom') !== undefined);
        return {
          configMaps: objectsOf(root, 'ConfigMap').map((c) => [getStr(getMap(c, 'metadata'), 'name') ?? '', keysOf(get(c, 'data'))] as const),
          workloads: workloads.map((w) => (readsMaps(w) ? w : exported(w, NO_MAPS))),
        };
      }));
      const maps = new Map(parts.flatMap((p) => p.configMaps));
      // In file order: the peer named in the message is the first exporter.
      const exporting = parts.flatMap((p) => p.workloads.flatMap((w) => (Array.isArray(w) ? w : exported(w, maps))));
      return { configMaps: maps, exporters: exporting };
    });
    const peer = exporters[0];
    if (!peer) return;
    // The endpoint to copy, when every exporter agrees on one literal value.
    const endpoints = new Set(exporters.map((e) => e.endpoint));
    const [endpoint] = endpoints.size === 1 ? [...endpoints] : [undefined];
    for (const workload of own) {
      const containers = workload.containers(['containers']);
      const main = containers[0];
      if (!main || containers.every((c) => THIRD_PARTY.has(imageBaseName(getStr(c.node, 'image') ?? '')))) continue;
      if (otelOf(workload, configMaps).kind !== 'none') continue;
      const suggest: FixOffer[] = [];
      if (endpoint && !endpoint.includes('$(')) {
        const vars = [{ name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: endpoint }, { name: 'OTEL_SERVICE_NAME', value: workload.name }];
        const env = get(main.node, 'env');
        const title = `Export to ${endpoint} like "${peer.name}"`;
        if (isSeq(env)) suggest.push({ title, fix: (f) => f.appendItems(env, vars) });
        else if (env === undefined) suggest.push({ title, fix: (f) => f.insertPair(main.node, 'env', vars, ['ports', 'image']) });
      }
      ctx.report({ node: main.anchor, messageId: 'missing', data: { kind: workload.kind, name: workload.name, peer: peer.name }, suggest });
    }
  },
});
