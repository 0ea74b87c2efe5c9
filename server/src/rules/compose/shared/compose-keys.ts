import { editDistance } from '../../../util/similar';
/**
 * The keys the Compose Specification's JSON schema allows at the top level and in a service
 * (compose-spec/compose-spec, schema/compose-spec.json), `x-` extensions aside. Compose rejects
 * any other key, so a newer Compose may accept a key this list does not have yet: keep it current.
 */
export const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(['version', 'name', 'include', 'services', 'models', 'networks', 'volumes', 'secrets', 'configs']);

export const SERVICE_KEYS: ReadonlySet<string> = new Set(
  (
    'develop deploy annotations attach build blkio_config cap_add cap_drop cgroup cgroup_parent command configs container_name ' +
    'cpu_count cpu_percent cpu_shares cpu_quota cpu_period cpu_rt_period cpu_rt_runtime cpus cpuset credential_spec depends_on ' +
    'device_cgroup_rules devices dns dns_opt dns_search domainname entrypoint env_file label_file environment expose extends ' +
    'provider external_links extra_hosts gpus group_add healthcheck hostname image init ipc isolation labels links logging ' +
    'mac_address mem_limit mem_reservation mem_swappiness memswap_limit network_mode models networks oom_kill_disable ' +
    'oom_score_adj pid pids_limit platform ports post_start pre_stop privileged profiles pull_policy pull_refresh_after read_only ' +
    'restart runtime scale security_opt shm_size secrets sysctls stdin_open stop_grace_period stop_signal storage_opt tmpfs tty ' +
    'ulimits use_api_socket user uts userns_mode volumes volumes_from working_dir'
  ).split(' '),
);

/** Optimal string alignment distance: edits, with a swap of two neighbours counted as one. */
/**
 * The known key a misspelling most likely meant: the same key in another case or with `-` for `_`
 * (`container-name`), or the single nearest one within two edits (one for short keys).
 */
export function closestKey(key: string, known: ReadonlySet<string>): string | undefined {
  const normal = key.toLowerCase().replace(/-/g, '_');
  if (known.has(normal)) return normal;
  const limit = normal.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of known) {
    const d = editDistance(normal, candidate);
    if (d < bestDistance) [best, bestDistance, tie] = [candidate, d, false];
    else if (d === bestDistance) tie = true;
  }
  return best !== undefined && bestDistance <= limit && !tie ? best : undefined;
}
