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

/** Official images a manifest may name without a namespace; the list is of the common ones. */
const OFFICIAL_IMAGES = new Set(
  ('alpine busybox ubuntu debian centos fedora amazonlinux nginx httpd haproxy traefik caddy envoy redis memcached postgres mysql mariadb ' +
    'mongo cassandra couchdb elasticsearch kibana logstash rabbitmq zookeeper kafka solr neo4j influxdb telegraf grafana prometheus ' +
    'node python golang openjdk eclipse-temurin ruby php perl rust gcc dotnet tomcat jetty wordpress ghost drupal nextcloud registry vault consul')
    .split(' '),
);

/**
 * A bare, untagged, non-official name such as `productcatalogservice` is the placeholder that
 * Skaffold, Tilt or `kustomize edit set image` replace at deploy time, not an image anyone pulls.
 */
export function isBuildPlaceholder(image: string): boolean {
  const ref = parseImage(image.trim());
  return ref.tag === undefined && ref.digest === undefined && !ref.repository.includes('/') && !OFFICIAL_IMAGES.has(ref.repository.toLowerCase());
}
