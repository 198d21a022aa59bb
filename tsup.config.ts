import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'v2/index': 'src/v2/index.ts',
    'v3/index': 'src/v3/index.ts',
    'v4/index': 'src/v4/index.ts',
    'testing/index': 'src/testing/index.ts',
  },
  format: ['esm', 'cjs'],
  // The V3 and V4 spec types come from dev-only aliases of @ai-sdk/provider 3.x and 4.x: they are
  // inlined into the declaration files, so users get complete types without installing either.
  dts: { resolve: [/^@ai-sdk\/provider-v[34]$/] },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Dependencies stay external: bundling our own copy of provider-utils would
  // duplicate its error classes and break `instanceof` checks in apps.
  external: ['@ai-sdk/provider', '@ai-sdk/provider-utils', 'zod'],
  // Whitespace and syntax only: identifiers stay readable in stack traces,
  // and the source maps point at the TypeScript. Keeps serverless cold
  // starts cheap (the entry is parsed on every cold start).
  esbuildOptions(options) {
    options.minifyWhitespace = true;
    options.minifySyntax = true;
    options.legalComments = 'none';
  },
});
