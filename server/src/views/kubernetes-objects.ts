import { get, getMap, getStr, isMap, mapItems, type MapNode, type Node } from '../document/tree';

/** The objects of a Kubernetes document: the root, or each item of a `kind: List`. */
export function objectsOf(root: Node | null | undefined): MapNode[] {
  if (!isMap(root)) return [];
  return getStr(root, 'kind') === 'List' ? mapItems(get(root, 'items')) : [root];
}

/** Objects of one kind, with what rules about them usually read. */
export function objectsOfKind(root: Node | null | undefined, kind: string): Array<{ object: MapNode; name: string; metadata: MapNode | undefined; spec: MapNode | undefined }> {
  return objectsOf(root)
    .filter((object) => getStr(object, 'kind') === kind)
    .map((object) => {
      const metadata = getMap(object, 'metadata');
      return { object, name: getStr(metadata, 'name') ?? '(unnamed)', metadata, spec: getMap(object, 'spec') };
    });
}
