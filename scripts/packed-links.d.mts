export interface MarkdownLink {
  target: string;
  line: number;
}

export function markdownLinks(markdown: string): MarkdownLink[];

export function deadPackedLinks(files: string[], read: (path: string) => string): string[];
