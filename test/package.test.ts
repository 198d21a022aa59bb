import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deadPackedLinks, linkOutsideToRepository } from '../scripts/packed-links.mjs';
import { VERSION } from '../src/core/version';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('package manifest', () => {
  it('reports the version it is published under (used in the User-Agent)', () => {
    expect(VERSION).toBe(pkg.version);
  });

  it('declares the AI SDK majors it supports as an optional peer, so apps on AI SDK 5, 6 and 7 install it without --legacy-peer-deps', () => {
    expect(pkg.peerDependencies).toEqual({ ai: '^5.0.0 || ^6.0.0 || ^7.0.0', zod: '^3.25.76 || ^4.1.8' });
    expect(pkg.peerDependenciesMeta).toEqual({ ai: { optional: true } });
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@ai-sdk/provider', '@ai-sdk/provider-utils', 'eventsource-parser']);
    expect(pkg.dependencies['@ai-sdk/provider']).toMatch(/^\^2\./);
    expect(pkg.dependencies['@ai-sdk/provider-utils']).toMatch(/^\^3\./);
  });

  it('ships ESM, CJS and types for the main entry and the testing subpath, side-effect free', () => {
    expect(pkg.sideEffects).toBe(false);
    for (const entry of ['.', './testing']) {
      const target = pkg.exports[entry];
      expect(Object.keys(target)).toEqual(['import', 'require']);
      expect(target.import.types).toMatch(/\.d\.ts$/);
      expect(target.require.types).toMatch(/\.d\.cts$/);
    }
  });

  it('names its repository, home page and issue tracker, all on the same repository', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/openclaw/openclaw-router.git' });
    expect(pkg.homepage).toBe('https://github.com/openclaw/openclaw-router#readme');
    expect(pkg.bugs).toEqual({ url: 'https://github.com/openclaw/openclaw-router/issues' });
  });

  it('gives moduleResolution node10 (no exports support) the same types for every subpath', () => {
    const subpaths = Object.keys(pkg.exports).filter((entry) => entry !== '.' && entry !== './package.json');
    expect(Object.keys(pkg.typesVersions['*']).sort()).toEqual(subpaths.map((entry) => entry.slice(2)).sort());
    for (const entry of subpaths) expect(pkg.typesVersions['*'][entry.slice(2)]).toEqual([pkg.exports[entry].import.types]);
  });

  it('installs on every platform: no dependency in the lock is tied to an OS or CPU unless optional', () => {
    const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
    const locked = Object.entries(lock.packages as Record<string, { os?: string[]; cpu?: string[]; optional?: boolean }>);
    expect(locked.filter(([, entry]) => (entry.os || entry.cpu) && !entry.optional).map(([path]) => path)).toEqual([]);
  });
});

describe('the Markdown the package ships', () => {
  it('links only to files inside the package (what npm pack would publish)', () => {
    const [listing] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
    const files: string[] = listing.files.map((file: { path: string }) => file.path);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', 'docs/README.md', 'docs/settings.md']));
    expect(deadPackedLinks(files, (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'))).toEqual([]);
  });

  it('the link check reports a link to a file left out, with its line, and ignores code and absolute URLs', () => {
    const files = {
      'README.md':
        'See [docs](docs/a.md#top).\n\n[tests](test/x.test.ts) `[code](nope.md)`\n```md\n[fenced](nope.md)\n```\n[repo](https://github.com/o/r/blob/main/test/x.test.ts)',
      'docs/a.md': '[back](../README.md) [up](../scripts/s.mjs) [self](#a)',
    } as Record<string, string>;
    expect(deadPackedLinks(Object.keys(files), (path) => files[path] ?? '')).toEqual(['README.md:3: test/x.test.ts', 'docs/a.md:1: ../scripts/s.mjs']);
  });

  it('--fix points links to files left out at the repository, and leaves shipped files, code and URLs alone', () => {
    const markdown = [
      'See [settings](settings.md#apikey), [a test](../test/x.test.ts#L3) and [examples](../examples).',
      '`[code](../test/y.ts)` [site](https://ai-sdk.dev)',
      '```md',
      '[fenced](../test/z.ts)',
      '```',
      '[ref]: ../scripts/s.mjs',
    ].join('\n');
    const files = ['README.md', 'docs/a.md', 'docs/settings.md'];
    const fixed = linkOutsideToRepository('docs/a.md', markdown, files, (path) => path === 'examples');
    expect(fixed.split('\n')).toEqual([
      'See [settings](settings.md#apikey), [a test](https://github.com/openclaw/openclaw-router/blob/main/test/x.test.ts#L3) and [examples](https://github.com/openclaw/openclaw-router/tree/main/examples).',
      '`[code](../test/y.ts)` [site](https://ai-sdk.dev)',
      '```md',
      '[fenced](../test/z.ts)',
      '```',
      '[ref]: https://github.com/openclaw/openclaw-router/blob/main/scripts/s.mjs',
    ]);
    expect(deadPackedLinks(files, (path) => (path === 'docs/a.md' ? fixed : ''))).toEqual([]);
  });
});
