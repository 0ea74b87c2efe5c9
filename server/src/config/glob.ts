/**
 * Glob patterns for `ignore:`, matched against paths relative to the configuration file, with
 * forward slashes. `**` crosses folders, `*` and `?` do not, `{a,b}` and `[abc]` are supported; a
 * pattern without a slash matches at any depth, as in .gitignore.
 */
export class GlobError extends Error {}

export function globToRegExp(glob: string): RegExp {
  if (glob.trim() === '') throw new GlobError('An empty pattern matches nothing.');
  let pattern = glob.replace(/\\/g, '/');
  const anchored = pattern.startsWith('/') || pattern.replace(/\/$/, '').includes('/');
  pattern = pattern.replace(/^\.?\//, '');
  if (pattern.endsWith('/')) pattern += '**';
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}') {
      if (braces === 0) throw new GlobError(`Unbalanced "}" in "${glob}".`);
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) throw new GlobError(`Unclosed "[" in "${glob}".`);
      const body = pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
      out += `[${body}]`;
      i = close;
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  if (braces > 0) throw new GlobError(`Unclosed "{" in "${glob}".`);
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${out}(?:/.*)?$`);
}
