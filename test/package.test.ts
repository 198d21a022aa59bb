import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/core/version';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('package manifest', () => {
  it('reports the version it is published under (used in the User-Agent)', () => {
    expect(VERSION).toBe(pkg.version);
  });

  it('needs no `ai` peer, so apps on AI SDK 5, 6 and 7 install it without --legacy-peer-deps', () => {
    expect(pkg.peerDependencies).toEqual({ zod: '^3.25.76 || ^4.1.8' });
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
});
