/**
 * How the language server process runs. It holds one long-lived set of trees (every open file and
 * the workspace index) and makes short bursts of garbage per analysis; V8's and glibc's defaults
 * suit the opposite, and left the server at 199-234 MiB peak RSS with the 81 corpus files open
 * (issue #9 asks for under 200 MB). Measured with bench/server-rss.ts, alternating with the
 * defaults (BENCH_SERVER_DEFAULTS=1):
 *
 * - a 4 MiB semi-space instead of up to 16 MiB: the young generation stays under 12 MiB;
 * - old-generation growth of 30 % per full collection instead of up to 2x: the garbage of a burst
 *   (the JSON text of a 4 MB didOpen, a spec's token arrays) is collected before the heap doubles;
 * - glibc: two malloc arenas instead of eight per core, and large blocks returned to the system
 *   when freed (a fixed mmap threshold); ignored where the C library is not glibc.
 *
 * Together: peak 173-179 MiB with the corpus as the workspace, 158-160 MiB with the files open
 * alone. The price is paid on the 50,000-line manifest: a one-character edit takes 70-72 ms instead
 * of 57-59 (median), 111-117 instead of 90-103 (p95); on a 274-line file edits got no slower.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4', '--heap-growing-percent=30'];

export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' };

/** SERVER_ENV without the variables the user has set: theirs win. */
export function serverEnv(current: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(SERVER_ENV).filter(([name]) => current[name] === undefined));
}
