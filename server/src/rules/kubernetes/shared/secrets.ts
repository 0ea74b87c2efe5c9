/**
 * Whether an environment variable holds a credential, judged by its name and its value. The name
 * must END in a secret noun (`DB_PASSWORD`, `GITHUB_TOKEN`, `STRIPE_SECRET_KEY`): a secret noun
 * followed by a qualifier names something about the secret, not the secret (`PASSWORD_MIN_LENGTH`,
 * `TOKEN_TTL`, `SECRET_NAME`, `PASSWORD_FILE`, `AWS_ACCESS_KEY_ID`, `TOKEN_URL`).
 */

/** Words of a variable name, upper-cased: `dbPassword` and `DB_PASSWORD` both give DB, PASSWORD. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toUpperCase());
}

const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'PASS', 'PASSPHRASE', 'PWD', 'SECRET', 'TOKEN', 'APIKEY', 'CREDENTIAL', 'CREDENTIALS']);
/** `…_KEY` is a secret only after these words: a CACHE_KEY or a KEY_PREFIX is not. */
const KEY_QUALIFIERS = new Set(['API', 'PRIVATE', 'ACCESS', 'SECRET', 'SIGNING', 'ENCRYPTION', 'MASTER', 'AUTH', 'CLIENT', 'LICENSE', 'WEBHOOK', 'HMAC', 'JWT', 'SESSION']);

export function looksSecretName(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  // `PWD` alone is the shell's working directory.
  if (last === 'PWD' && words.length === 1) return false;
  if (SECRET_WORDS.has(last)) return true;
  return last === 'KEY' && words.length > 1 && KEY_QUALIFIERS.has(words[words.length - 2] ?? '');
}

/** `scheme://user:password@host` (JDBC's `jdbc:` prefix too), or a `password=` query parameter. */
const URL_CREDENTIALS = /^(?:jdbc:)?[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:([^\s/@]+)@/i;
const QUERY_PASSWORD = /^(?:jdbc:)?[a-z][a-z0-9+.-]*:\/\/\S*?[?&;](?:password|passwd|pwd)=([^&;\s]+)/i;

/** The password written into a connection URL, when it is not a reference. */
export function urlPassword(value: string): string | undefined {
  const v = value.trim();
  const password = URL_CREDENTIALS.exec(v)?.[1] ?? QUERY_PASSWORD.exec(v)?.[1];
  return password !== undefined && !isReference(password) ? password : undefined;
}

/**
 * Values that are not the secret itself: `$(VAR)` (Kubernetes dependent variables), `${VAR}`
 * (substituted by envsubst or a deploy tool before apply), file paths, and switches.
 */
export function isReference(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (/\$\([A-Za-z_][A-Za-z0-9_.-]*\)|\$\{[^}]+\}/.test(v)) return true;
  if (/^(\/|\.{1,2}\/|~\/|file:)/.test(v)) return true;
  return /^(true|false|yes|no|on|off|enabled?|disabled?|none|null|required|optional|0|1)$/i.test(v);
}
