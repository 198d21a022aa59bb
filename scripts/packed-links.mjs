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

export const REPOSITORY_URL = 'https://github.com/openclaw/openclaw-router';

/**
 * The Markdown text with every relative link that leads outside the package rewritten to the
 * repository (`blob/main/<path>`, or `tree/main/<path>` for a folder), code left alone.
 * `isDirectory(path)` says whether a repository path is a folder.
 */
export function linkOutsideToRepository(file, markdown, files, isDirectory) {
  const shipped = new Set(files);
  const ships = (path) => shipped.has(path) || files.some((name) => name.startsWith(`${path}/`));
  const rewrite = (target) => {
    if (EXTERNAL.test(target) || target.startsWith('#')) return target;
    const [path, anchor] = target.split('#', 2);
    const resolved = posix.normalize(posix.join(posix.dirname(file), decodeURIComponent(path))).replace(/\/$/, '');
    if (resolved.startsWith('..') || ships(resolved)) return target;
    return `${REPOSITORY_URL}/${isDirectory(resolved) ? 'tree' : 'blob'}/main/${resolved}${anchor === undefined ? '' : `#${anchor}`}`;
  };
  let fence;
  return markdown
    .split('\n')
    .map((text) => {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
      if (marker && (fence === undefined || marker.startsWith(fence))) {
        fence = fence === undefined ? marker : undefined;
        return text;
      }
      if (fence !== undefined) return text;
      return text
        .split(/(`[^`]*`)/)
        .map((part) =>
          part.startsWith('`')
            ? part
            : part
                .replace(/(\]\(\s*<?)([^)\s>]+)/g, (_, open, target) => open + rewrite(target))
                .replace(/^(\s{0,3}\[[^\]]+\]:\s*<?)(\S+?)(?=>?(?:\s|$))/, (_, open, target) => open + rewrite(target)),
        )
        .join('');
    })
    .join('\n');
}

/**
 * `node scripts/packed-links.mjs --fix`: rewrites, in the Markdown `npm pack` would ship, the
 * relative links to files it leaves out, so a link written as `../test/x.test.ts` keeps working
 * for readers of the published package.
 */
if (process.argv[1]?.endsWith('packed-links.mjs') && process.argv.includes('--fix')) {
  const { execFileSync } = await import('node:child_process');
  const { readFileSync, statSync, writeFileSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const [listing] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' }),
  );
  const files = listing.files.map((entry) => entry.path);
  const isDirectory = (path) => {
    try {
      return statSync(posix.join(root, path)).isDirectory();
    } catch {
      return false;
    }
  };
  for (const file of files.filter((path) => path.endsWith('.md'))) {
    const before = readFileSync(posix.join(root, file), 'utf8');
    const after = linkOutsideToRepository(file, before, files, isDirectory);
    if (after !== before) {
      writeFileSync(posix.join(root, file), after);
      console.log(`rewrote links to unshipped files in ${file}`);
    }
  }
}
