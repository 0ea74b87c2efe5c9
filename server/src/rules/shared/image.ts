/** Splits an image reference into its parts: `registry:5000/team/api:1.4@sha256:…`. */
export interface ImageRef {
  repository: string;
  tag: string | undefined;
  digest: string | undefined;
}

export function parseImage(image: string): ImageRef {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const name = at >= 0 ? image.slice(0, at) : image;
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const tag = colon > slash ? name.slice(colon + 1) : undefined;
  const repository = colon > slash ? name.slice(0, colon) : name;
  return { repository, tag, digest };
}

/** True when the image floats: no tag and no digest, or the `latest` tag. */
export function isUnpinned(image: string): boolean {
  const ref = parseImage(image.trim());
  if (ref.digest) return false;
  return ref.tag === undefined || ref.tag === '' || ref.tag === 'latest';
}

/** The image's short name (`postgres` for `docker.io/library/postgres:16`), for lookups. */
export function imageBaseName(image: string): string {
  const { repository } = parseImage(image.trim());
  return repository.slice(repository.lastIndexOf('/') + 1).toLowerCase();
}
