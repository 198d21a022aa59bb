import { join } from 'node:path';
import ts from 'typescript';
import { type CodeBlock, ROOT, codeBlocks, markdownFiles, readMarkdown } from './markdown';

/** The AI SDK majors a snippet can be written for, and the install `ai` means for each. */
export const MAJORS = {
  ai5: { ai: 'node_modules/ai', entries: ['openclaw-router', 'openclaw-router/v2'] },
  ai6: { ai: 'node_modules/ai-v6', entries: ['openclaw-router/v3'] },
  ai7: { ai: 'node_modules/ai-v7', entries: ['openclaw-router/v4'] },
} as const;
export type Major = keyof typeof MAJORS;
export const DEFAULT_MAJOR: Major = 'ai7';

export interface Snippet extends CodeBlock {
  file: string;
  major: Major;
  /** The repository file a block quotes (`file=<path>`), which it must match. */
  quotes?: string;
}

/** The TypeScript blocks of the README and docs/, with the major each says it is written for. */
export function documentedSnippets(): Snippet[] {
  const files = markdownFiles().filter((file) => file === 'README.md' || file.startsWith('docs/'));
  return files.flatMap((file) =>
    codeBlocks(readMarkdown(file))
      .filter((block) => block.lang === 'ts' || block.lang === 'tsx')
      .map((block) => {
        const majors = block.attributes.filter((attribute): attribute is Major => attribute in MAJORS);
        const quotes = block.attributes.find((attribute) => attribute.startsWith('file='))?.slice('file='.length);
        const unknown = block.attributes.filter((attribute) => !(attribute in MAJORS) && !attribute.startsWith('file='));
        if (majors.length > 1 || unknown.length > 0) throw new Error(`${file}:${block.firstLine - 1}: unknown info string "${block.attributes.join(' ')}"`);
        return { ...block, file, major: majors[0] ?? DEFAULT_MAJOR, ...(quotes ? { quotes } : {}) };
      }),
  );
}

/** The `openclaw-router` entries a snippet imports. */
export function importedEntries(code: string): string[] {
  return [...code.matchAll(/from\s+'(openclaw-router(?:\/[a-z0-9]+)?)'/g)].map((match) => match[1]).filter((entry) => entry !== 'openclaw-router/testing');
}

function compilerOptions(major: Major): ts.CompilerOptions {
  const source = (path: string) => [join(ROOT, path)];
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules/@types')],
    strict: true,
    // What `tsc --init` turns on: documented code must compile in a new project as written.
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    isolatedModules: true,
    resolveJsonModule: true,
    baseUrl: ROOT,
    paths: {
      ai: source(MAJORS[major].ai),
      'openclaw-router': source('src/index.ts'),
      'openclaw-router/v2': source('src/v2/index.ts'),
      'openclaw-router/v3': source('src/v3/index.ts'),
      'openclaw-router/v4': source('src/v4/index.ts'),
      'openclaw-router/testing': source('src/testing/index.ts'),
    },
  };
}

/** Where a snippet lives while it is compiled: in memory, under the repository so `zod` and friends resolve. */
function virtualPath(snippet: Snippet, index: number): string {
  return join(ROOT, 'test/docs/__snippets__', snippet.major, `${index}-${snippet.file.replace(/[^a-z0-9]+/gi, '-')}-${snippet.firstLine}.ts`);
}

/** Parsed library and source files, shared by every program this process builds (parsing is most of the time). */
const parsed = new Map<string, ts.SourceFile | undefined>();

/** Type errors of every snippet written for one major, as `file:line: message`. */
export function typeErrors(snippets: Snippet[], major: Major): string[] {
  const options = compilerOptions(major);
  const sources = new Map<string, { snippet: Snippet; text: string }>();
  snippets.forEach((snippet, index) => {
    // Each block is a module of its own, so top-level await works and names do not clash.
    sources.set(virtualPath(snippet, index), { snippet, text: `${snippet.code}\nexport {};\n` });
  });
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (path) => sources.get(path)?.text ?? readFile(path);
  host.fileExists = (path) => sources.has(path) || fileExists(path);
  host.getSourceFile = (path, language, onError, create) => {
    const virtual = sources.get(path);
    if (virtual) return ts.createSourceFile(path, virtual.text, language, true, ts.ScriptKind.TS);
    if (!parsed.has(path)) parsed.set(path, getSourceFile(path, language, onError, create));
    return parsed.get(path);
  };
  const program = ts.createProgram([...sources.keys()], options, host);
  // The snippets' own errors: the package's sources are compiled here only to give their types
  // (an app reads them from declaration files), under the repository's own flags elsewhere.
  const diagnostics = ts.getPreEmitDiagnostics(program).filter((diagnostic) => !diagnostic.file || sources.has(diagnostic.file.fileName));
  return diagnostics.map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const virtual = diagnostic.file ? sources.get(diagnostic.file.fileName) : undefined;
    if (!virtual || diagnostic.start === undefined) return `${diagnostic.file?.fileName ?? '(options)'}: ${message}`;
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start);
    return `${virtual.snippet.file}:${virtual.snippet.firstLine + line}: ${message}`;
  });
}
