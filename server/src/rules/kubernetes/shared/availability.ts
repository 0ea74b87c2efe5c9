import { get, getMap, getStr, mapItems, num, type MapNode } from '../../../document/tree';
import type { RuleContext } from '../../../engine/rule';
import type { WorkloadView } from '../../../views/kubernetes';
import { imageBaseName } from '../../shared/image';
import { objectsOf } from '../../../views/kubernetes-objects';
import { documentPart } from './same-file';

export { objectsOf };

/** Every Kubernetes object of the file the rule runs on, collected once per analysis of the file. */
export function objectsOfFile(context: Pick<RuleContext<string>, 'file' | 'memo'>): MapNode[] {
  return context.memo('kubernetes:objects', () => context.file.documents.flatMap((doc) => (doc.kind === 'kubernetes' ? objectsOf(doc.root) : [])));
}

export interface HpaView {
  readonly object: MapNode;
  readonly spec: MapNode;
  readonly name: string;
  readonly apiVersion: string;
  readonly targetKind: string | undefined;
  readonly targetName: string | undefined;
  readonly minReplicas: number | undefined;
  readonly maxReplicas: number | undefined;
}

export function hpaView(object: MapNode): HpaView | undefined {
  const spec = getMap(object, 'spec');
  if (getStr(object, 'kind') !== 'HorizontalPodAutoscaler' || !spec) return undefined;
  const ref = getMap(spec, 'scaleTargetRef');
  return {
    object,
    spec,
    name: getStr(getMap(object, 'metadata'), 'name') ?? '(unnamed)',
    apiVersion: getStr(object, 'apiVersion') ?? '',
    targetKind: getStr(ref, 'kind'),
    targetName: getStr(ref, 'name'),
    minReplicas: num(get(spec, 'minReplicas')),
    maxReplicas: num(get(spec, 'maxReplicas')),
  };
}

export function hpasOf(objects: readonly MapNode[]): HpaView[] {
  return objects.map(hpaView).filter((h): h is HpaView => h !== undefined);
}

/** The autoscalers of the whole file, found once per analysis of the file (and per unchanged document). */
export function hpasOfFile(context: Pick<RuleContext<string>, 'file' | 'memo'>): HpaView[] {
  return context.memo('kubernetes:hpas', () =>
    context.file.documents.flatMap((doc) => (doc.kind === 'kubernetes' && doc.root ? documentPart('kubernetes:hpas', doc.root, (root) => hpasOf(objectsOf(root))) : [])),
  );
}

/** An object left without a namespace is applied to the same one as its neighbours. */
function sameNamespace(a: MapNode, b: MapNode): boolean {
  const [x, y] = [getStr(getMap(a, 'metadata'), 'namespace'), getStr(getMap(b, 'metadata'), 'namespace')];
  return x === undefined || y === undefined || x === y;
}

export function targets(hpa: HpaView, object: MapNode): boolean {
  return hpa.targetKind === getStr(object, 'kind') && hpa.targetName === getStr(getMap(object, 'metadata'), 'name') && sameNamespace(hpa.object, object);
}

/** Containers that declare a port are taken to serve traffic; workers and agents declare none. */
export function servesTraffic(workload: WorkloadView): boolean {
  return !workload.runsToCompletion && workload.containers(['containers']).some((c) => mapItems(get(c.node, 'ports')).length > 0);
}

/** A pod that mounts a PersistentVolumeClaim is usually bound to a ReadWriteOnce volume. */
export function mountsClaim(workload: WorkloadView): boolean {
  return mapItems(get(workload.podSpec, 'volumes')).some((v) => get(v, 'persistentVolumeClaim') !== undefined);
}

/**
 * Data stores whose copies are not interchangeable: a second `redis` or `postgres` Pod behind the
 * same Service is a second, empty database, not a replica. Their availability comes from their
 * own replication, configured with a StatefulSet or an operator, not from `replicas`.
 */
const DATA_STORES = new Set(
  'redis valkey postgres postgresql mysql mariadb mongo mongodb cassandra scylla elasticsearch opensearch memcached rabbitmq kafka zookeeper etcd couchdb neo4j influxdb minio clickhouse'.split(' '),
);

export function runsDataStore(workload: WorkloadView): boolean {
  return workload.containers(['containers']).some((c) => {
    const image = getStr(c.node, 'image');
    return image !== undefined && DATA_STORES.has(imageBaseName(image));
  });
}
