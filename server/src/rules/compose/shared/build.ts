import { get, getStr, isMap, str, type MapNode } from '../../../document/tree';
import { isInterpolated } from '../../../views/compose';

export interface BuildSpec {
  /** Context and Dockerfile, normalised so that `./app/` and `app` compare equal. */
  readonly identity: string;
  readonly context: string;
  readonly dockerfile: string;
  readonly target: string | undefined;
}

/** `build: ./app` or `build: {context, dockerfile, target}`; undefined when absent or variable. */
export function buildSpec(service: MapNode): BuildSpec | undefined {
  const build = get(service, 'build');
  if (build === undefined) return undefined;
  const context = (isMap(build) ? getStr(build, 'context') : str(build)) ?? '.';
  const dockerfile = (isMap(build) ? getStr(build, 'dockerfile') : undefined) ?? 'Dockerfile';
  // An inline Dockerfile has no file to share.
  if (isMap(build) && get(build, 'dockerfile_inline') !== undefined) return undefined;
  if (isInterpolated(context) || isInterpolated(dockerfile)) return undefined;
  const target = isMap(build) ? getStr(build, 'target') : undefined;
  const normal = (p: string): string => p.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '') || '.';
  return { identity: `${normal(context)}\u0000${normal(dockerfile)}`, context, dockerfile, target };
}
