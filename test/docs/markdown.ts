import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The repository's Markdown files, committed or new, minus what .gitignore leaves out. */
export function markdownFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', '*.md'], { cwd: ROOT, encoding: 'utf8' });
  return listed.split('\n').filter((path) => path !== '' && !path.includes('node_modules/'));
}

export function readMarkdown(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

export interface CodeBlock {
  /** The first word of the info string: `ts`, `tsx`, `sh`, ... */
  lang: string;
  /** The rest of the info string, split on spaces: `ai5`, `file=examples/...`. */
  attributes: string[];
  code: string;
  /** 1-based line of the first line of code in the Markdown file. */
  firstLine: number;
}

interface Scanned {
  blocks: CodeBlock[];
  /** Lines outside fenced code, with their 1-based number. */
  prose: Array<{ text: string; line: number }>;
}

function scan(markdown: string): Scanned {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  const prose: Scanned['prose'] = [];
  let open: { fence: string; indent: number; info: string; start: number; body: string[] } | undefined;
  lines.forEach((text, index) => {
    const fence = /^(\s*)(`{3,}|~{3,})\s*(.*)$/.exec(text);
    if (open === undefined) {
      if (fence) open = { fence: fence[2], indent: fence[1].length, info: fence[3].trim(), start: index + 2, body: [] };
      else prose.push({ text, line: index + 1 });
      return;
    }
    if (fence && fence[2][0] === open.fence[0] && fence[2].length >= open.fence.length && fence[3].trim() === '') {
      const [lang = '', ...attributes] = open.info.split(/\s+/).filter(Boolean);
      blocks.push({ lang, attributes, code: open.body.join('\n'), firstLine: open.start });
      open = undefined;
      return;
    }
    open.body.push(text.slice(Math.min(open.indent, text.length - text.trimStart().length)));
  });
  return { blocks, prose };
}

export function codeBlocks(markdown: string): CodeBlock[] {
  return scan(markdown).blocks;
}

export interface Link {
  target: string;
  line: number;
}

/** Inline links and images, reference definitions and HTML href/src, outside code. */
export function links(markdown: string): Link[] {
  const found: Link[] = [];
  for (const { text, line } of scan(markdown).prose) {
    const withoutCode = text.replace(/`[^`]*`/g, '');
    for (const match of withoutCode.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push({ target: match[1], line });
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(withoutCode);
    if (definition) found.push({ target: definition[1], line });
    for (const match of withoutCode.matchAll(/\b(?:href|src)="([^"]+)"/g)) found.push({ target: match[1], line });
  }
  return found;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of scan(markdown).prose) {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
    if (!heading) continue;
    const visible = heading[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = visible
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}
