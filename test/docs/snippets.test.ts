import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './markdown';
import { MAJORS, type Major, documentedSnippets, importedEntries, typeErrors } from './snippets';

// Every ```ts block of README.md and docs/ compiles (strict) against the AI SDK major it is written
// for: ai 7 with openclaw-router/v4 unless its info string says `ai5` or `ai6`. A block with
// `file=<path>` quotes that repository file and must match it; ```tsx blocks must quote one.
const snippets = documentedSnippets();
const at = (snippet: { file: string; firstLine: number }) => `${snippet.file}:${snippet.firstLine - 1}`;

describe('documented TypeScript', () => {
  it('covers the README and the docs, on every major', () => {
    // The README's quick start, settings, three examples and the emulator.
    expect(snippets.filter((snippet) => snippet.file === 'README.md').length).toBeGreaterThanOrEqual(6);
    expect(new Set(snippets.map((snippet) => snippet.file)).size).toBeGreaterThan(10);
    expect(new Set(snippets.map((snippet) => snippet.major))).toEqual(new Set(Object.keys(MAJORS)));
  });

  it('imports the openclaw-router entry of the major it is written for', () => {
    const mismatched = snippets.flatMap((snippet) =>
      importedEntries(snippet.code)
        .filter((entry) => !(MAJORS[snippet.major].entries as readonly string[]).includes(entry))
        .map((entry) => `${at(snippet)}: ${snippet.major} block imports ${entry} (use ${MAJORS[snippet.major].entries.join(' or ')})`),
    );
    expect(mismatched).toEqual([]);
  });

  it('quotes repository files exactly, and tsx only as a quote', () => {
    const problems = snippets.flatMap((snippet) => {
      if (snippet.quotes === undefined) return snippet.lang === 'tsx' ? [`${at(snippet)}: a tsx block must say which file it quotes (file=...)`] : [];
      const quoted = readFileSync(join(ROOT, snippet.quotes), 'utf8');
      return quoted.includes(snippet.code) ? [] : [`${at(snippet)}: does not match ${snippet.quotes}`];
    });
    expect(problems).toEqual([]);
  });

  it.each(Object.keys(MAJORS) as Major[])(
    'compiles every %s block',
    (major) => {
      const blocks = snippets.filter((snippet) => snippet.major === major && snippet.lang === 'ts');
      expect(typeErrors(blocks, major)).toEqual([]);
    },
    120_000,
  );
});

describe('the snippet checker', () => {
  // What broke when AI SDK 5 docs were pasted into an ai 7 app.
  const written = (router: string) =>
    [
      "import { experimental_generateImage, generateText } from 'ai';",
      `import { openclawRouter } from '${router}';`,
      "const { usage } = await generateText({ model: openclawRouter('openai/gpt-5'), prompt: 'Hi' });",
      'console.log(usage.reasoningTokens, experimental_generateImage);',
    ].join('\n');
  const block = { file: 'docs/x.md', firstLine: 10, lang: 'ts', attributes: [] };

  it('reports, at its Markdown line, code that does not compile on the major it names', () => {
    expect(typeErrors([{ ...block, major: 'ai7', code: written('openclaw-router/v4') }], 'ai7')).toEqual([
      expect.stringMatching(/^docs\/x\.md:10: .*no exported member named 'experimental_generateImage'/),
      expect.stringMatching(/^docs\/x\.md:13: Property 'reasoningTokens' does not exist/),
    ]);
  }, 120_000);

  it('compiles with the flags tsc --init turns on: exactOptionalPropertyTypes and noUncheckedIndexedAccess', () => {
    const code = ['const settings: { apiKey?: string } = { apiKey: process.env.OPENROUTER_API_KEY };', 'const first: string = [settings.apiKey ?? ""][0];'].join('\n');
    expect(typeErrors([{ ...block, major: 'ai7', code }], 'ai7')).toEqual([
      expect.stringMatching(/^docs\/x\.md:10: .*exactOptionalPropertyTypes/),
      expect.stringMatching(/^docs\/x\.md:11: Type 'string \| undefined' is not assignable to type 'string'/),
    ]);
  }, 120_000);

  it('accepts the same code on the major it was written for', () => {
    expect(typeErrors([{ ...block, major: 'ai5', code: written('openclaw-router') }], 'ai5')).toEqual([]);
  }, 120_000);
});
