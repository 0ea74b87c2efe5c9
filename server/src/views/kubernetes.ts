import { get, getMap, getStr, isMap, items, type MapNode, type Node } from '../document/tree';
import { objectsOf } from './kubernetes-objects';

export type ContainerGroup = 'containers' | 'initContainers' | 'ephemeralContainers';

export interface ContainerView {
  readonly node: MapNode;
  readonly name: string;
  /** What to underline when the container as a whole is at fault: its name, else the item. */
  readonly anchor: Node;
  readonly group: ContainerGroup;
}

export interface WorkloadView {
  readonly kind: string;
  readonly name: string;
  readonly object: MapNode;
  /** `kind: Deployment` value node: what to underline for workload-level problems. */
  readonly kindNode: Node;
  readonly podSpec: MapNode;
  /** Metadata of the pods (the template's), where pod labels and annotations live. */
  readonly podMetadata: MapNode | undefined;
  /** Jobs and CronJobs run to completion: no readiness, no Service traffic. */
  readonly runsToCompletion: boolean;
  containers(groups?: readonly ContainerGroup[]): readonly ContainerView[];
}

/** Where each workload kind keeps its pod template. */
const POD_TEMPLATE_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** Every workload in a document: the object itself, or each item of a `kind: List`. */
export function workloadsOf(root: Node): readonly WorkloadView[] {
  // Trees are never changed once parsed, and most rules ask this of every document: once per root.
  let out = workloadsByRoot.get(root);
  if (out) return out;
  const views: WorkloadView[] = [];
  for (const object of objectsOf(root)) {
    const view = workloadView(object);
    if (view) views.push(view);
  }
  workloadsByRoot.set(root, (out = views));
  return out;
}

const workloadsByRoot = new WeakMap<Node, readonly WorkloadView[]>();

export function workloadView(object: MapNode): WorkloadView | undefined {
  const kind = getStr(object, 'kind');
  const templatePath = kind ? POD_TEMPLATE_PATHS[kind] : undefined;
  const kindNode = get(object, 'kind');
  if (!kind || !templatePath || !kindNode) return undefined;
  let template: Node | undefined = object;
  for (const step of templatePath) template = get(template, step);
  if (!isMap(template)) return undefined;
  const podSpec = getMap(template, 'spec');
  if (!podSpec) return undefined;
  const podMetadata = getMap(template, 'metadata');
  const containerLists = new Map<string, readonly ContainerView[]>();
  return {
    kind,
    name: getStr(getMap(object, 'metadata'), 'name') ?? '(unnamed)',
    object,
    kindNode,
    podSpec,
    podMetadata,
    runsToCompletion: kind === 'Job' || kind === 'CronJob' || (kind === 'Pod' && ['Never', 'OnFailure'].includes(getStr(podSpec, 'restartPolicy') ?? '')),
    containers: (groups = ALL_GROUPS) => {
      const key = groups.join(',');
      let list = containerLists.get(key);
      if (!list) containerLists.set(key, (list = containersOf(podSpec, groups)));
      return list;
    },
  };
}

const ALL_GROUPS: readonly ContainerGroup[] = ['containers', 'initContainers', 'ephemeralContainers'];

function containersOf(podSpec: MapNode, groups: readonly ContainerGroup[]): ContainerView[] {
  const out: ContainerView[] = [];
  for (const group of groups) {
    const list = get(podSpec, group);
    for (const item of items(list)) {
      if (!isMap(item)) continue;
      const nameNode = get(item, 'name');
      out.push({ node: item, name: getStr(item, 'name') ?? '(unnamed)', anchor: nameNode ?? item, group });
    }
  }
  return out;
}
