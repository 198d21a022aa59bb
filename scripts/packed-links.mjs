/**
 * Relative links of the Markdown a package ships, checked against the files it ships: a link to a
 * file left out of the tarball (a test, a script, an example) is dead for everyone reading the
 * package from npm. Links to the repository are absolute and not checked here.
 */
import { posix } from 'node:path';

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** Link targets of one Markdown text, with their line, outside fenced and inline code. */
export function markdownLinks(markdown) {
  const found = [];
  let fence;
  markdown.split('\n').forEach((text, index) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence !== undefined) return;
    const prose = text.replace(/`[^`]*`/g, '');
    const line = index + 1;
    for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push({ target: match[1], line });
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(prose);
    if (definition) found.push({ target: definition[1], line });
    for (const match of prose.matchAll(/\b(?:href|src)="([^"]+)"/g)) found.push({ target: match[1], line });
  });
  return found;
}

/**
 * Every relative link in the shipped Markdown that resolves to nothing in the package, as
 * `file:line: target`. `files` are the package's paths (`docs/settings.md`), `read` gives a file's text.
 */
export function deadPackedLinks(files, read) {
  const shipped = new Set(files);
  const isShipped = (path) => shipped.has(path) || files.some((file) => file.startsWith(`${path}/`));
  const dead = [];
  for (const file of files.filter((path) => path.endsWith('.md'))) {
    for (const { target, line } of markdownLinks(read(file))) {
      if (EXTERNAL.test(target) || target.startsWith('#')) continue;
      const path = decodeURIComponent(target.split('#')[0].split('?')[0]);
      const resolved = posix.normalize(posix.join(posix.dirname(file), path)).replace(/\/$/, '');
      if (resolved.startsWith('..') || !isShipped(resolved)) dead.push(`${file}:${line}: ${target}`);
    }
  }
  return dead;
}
