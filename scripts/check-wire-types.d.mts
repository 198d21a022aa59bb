// Types of check-wire-types.mjs, for the test that runs it (test/schema/wire-types.test.ts).

export interface WireDeviation {
  type: string;
  property: string;
  kind: 'extra' | 'missing';
  reason: string;
}

/** The parsed OpenAPI document. */
export type OpenApiSpec = { components: { schemas: Record<string, Record<string, unknown>> }; paths: Record<string, unknown> };

/** The exported types of src/core/wire, as the TypeScript compiler sees them. */
export type WireTypes = { readonly __wireTypes: unique symbol };

export const SPEC_PATH: string;
export const PAIRS: Array<[string, string]>;
export const DEVIATIONS: WireDeviation[];
export function loadSpec(specPath?: string): OpenApiSpec;
export function loadWireTypes(wireDir?: string): WireTypes;
export function checkWireTypes(options?: { spec?: OpenApiSpec; wire?: WireTypes; pairs?: Array<[string, string]>; deviations?: WireDeviation[] }): string[];
