import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, headingAnchors, links, markdownFiles, readMarkdown } from './markdown';

const files = markdownFiles();

function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target);
}

/** Shipped Markdown links files that do not ship (tests, scripts, examples) by their repository URL. */
const REPOSITORY_FILE = /^https:\/\/github\.com\/openclaw\/openclaw-router\/(?:blob|tree)\/main\/(.*)$/;

/** Every local link of one Markdown file that points at nothing, as `line: target (why)`. */
function brokenLinks(file: string): string[] {
  const broken: string[] = [];
  for (const { target, line } of links(readMarkdown(file))) {
    const inRepository = REPOSITORY_FILE.exec(target)?.[1];
    if (inRepository === undefined && isExternal(target)) continue;
    const [pathPart, anchor] = (inRepository ?? target).split('#', 2) as [string, string | undefined];
    const path = decodeURIComponent(pathPart);
    const resolved = inRepository !== undefined ? join(ROOT, path) : path === '' ? join(ROOT, file) : join(ROOT, dirname(file), path);
    if (!resolved.startsWith(ROOT)) {
      broken.push(`${line}: ${target} (outside the repository)`);
      continue;
    }
    if (!existsSync(resolved)) {
      broken.push(`${line}: ${target} (no such file: ${relative(ROOT, resolved)})`);
      continue;
    }
    if (anchor !== undefined && resolved.endsWith('.md') && statSync(resolved).isFile()) {
      if (!headingAnchors(readMarkdown(relative(ROOT, resolved))).has(anchor)) broken.push(`${line}: ${target} (no heading #${anchor})`);
    }
  }
  return broken;
}

describe('local links in Markdown', () => {
  it('finds the Markdown files, docs included', () => {
    expect(files).toContain('README.md');
    expect(files).toContain('CONTRIBUTING.md');
    expect(files.filter((file) => file.startsWith('docs/')).length).toBeGreaterThan(10);
  });

  it.each(files)('%s links only to files and headings that exist', (file) => {
    expect(brokenLinks(file)).toEqual([]);
  });
});

describe('the link reader', () => {
  it('reads inline links, images, reference definitions and HTML, and skips code', () => {
    const markdown = [
      'See [a](docs/a.md#top) and ![b](b.png "title") and `[c](not-a-link.md)`.',
      '[ref]: ./ref.md',
      '<a href="x.md">x</a>',
      '```md',
      '[d](inside-a-fence.md)',
      '```',
    ].join('\n');
    expect(links(markdown)).toEqual([
      { target: 'docs/a.md#top', line: 1 },
      { target: 'b.png', line: 1 },
      { target: './ref.md', line: 2 },
      { target: 'x.md', line: 3 },
    ]);
  });

  it('makes anchors as GitHub does', () => {
    const anchors = headingAnchors('# AI SDK 5, 6 and 7\n## Switching from `@openrouter/ai-sdk-provider`\n## Notes\n## Notes\n```\n# not a heading\n```');
    expect([...anchors]).toEqual(['ai-sdk-5-6-and-7', 'switching-from-openrouterai-sdk-provider', 'notes', 'notes-1']);
  });
});
