import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { loadCatalog } from '../../knowledge/load';

const ROOT = path.join(__dirname, '..', '..');

describe('docs/peers-compose.md', () => {
  const text = fs.readFileSync(path.join(ROOT, 'docs', 'peers-compose.md'), 'utf8');
  const catalog = loadCatalog(path.join(ROOT, 'knowledge'));

  it('names only rule ids that exist in the catalog', () => {
    const ids = [...new Set(text.match(/compose\/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [])].filter((id) => !id.startsWith('compose/how-tos'));
    assert.ok(ids.length > 10, 'the table names our rules');
    assert.deepEqual(ids.filter((id) => !catalog.rules.has(id)), []);
  });

  it('links each rule to its generated page', () => {
    for (const [, id, target] of text.matchAll(/\[`(compose\/[a-z0-9-]+)`\]\(rules\/([a-z0-9/-]+)\.md\)/g)) assert.equal(target, id);
  });

  it('has a row for every dclint 3.1.0 rule and every KICS DockerCompose query', () => {
    const rows = new Set([...text.matchAll(/^\| `([a-z0-9_-]+)` \|/gm)].map((m) => m[1]));
    const dclint = 'no-build-and-image no-duplicate-container-names no-duplicate-exported-ports no-quotes-in-volumes no-unbound-port-interfaces no-version-field require-project-name-field require-quotes-in-ports service-container-name-regex service-dependencies-alphabetical-order service-image-require-explicit-tag service-keys-order service-ports-alphabetical-order services-alphabetical-order top-level-properties-order';
    const kics =
      'cgroup_not_default check_cap_add_cap_drop container_capabilities_unrestricted container_traffic_not_bound_to_host_interface cpus_not_limited default_seccomp_profile_disabled docker_socket_mounted_in_container healthcheck_not_set host_namespace_is_shared ipc_set_to_host memory_not_limited network_mode_host_exists networks_not_set no_new_privileges_not_set pids_limit_not_set privileged_containers_enabled privileged_ports_mapped_in_container restart_policy_on_failure_not_set_to_5 seccomp_disabled security_opt_not_set shared_host_ipc_namespace shared_host_network_namespace shared_host_user_namespace shared_volumes_between_containers userns_set_to_host volume_has_sensitive_host_directory volume_mounted_in_multiple_containers';
    for (const id of `${dclint} ${kics}`.split(' ')) assert.ok(rows.has(id), `no row for ${id}`);
  });
});
