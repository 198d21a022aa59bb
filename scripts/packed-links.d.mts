export interface MarkdownLink {
  target: string;
  line: number;
}

export function markdownLinks(markdown: string): MarkdownLink[];

export function deadPackedLinks(files: string[], read: (path: string) => string): string[];

export const REPOSITORY_URL: string;

export function linkOutsideToRepository(file: string, markdown: string, files: string[], isDirectory: (path: string) => boolean): string;
