import { beforeAll, describe, expect, it } from 'vitest';
import { checkWireTypes, DEVIATIONS, loadSpec, loadWireTypes, type OpenApiSpec, type WireTypes } from '../../scripts/check-wire-types.mjs';

// The reply types in src/core/wire are checked against OpenRouter's OpenAPI file by
// scripts/check-wire-types.mjs (npm run check:wire-types); this test fails when they drift.

let wire: WireTypes;
let spec: OpenApiSpec;
beforeAll(() => {
  wire = loadWireTypes();
  spec = loadSpec();
});

type Schema = { properties: Record<string, unknown>; required?: string[] };
/** A copy of the spec with one component schema changed. */
function specWith(name: string, change: (schema: Schema) => void): OpenApiSpec {
  const copy = structuredClone(spec);
  change(copy.components.schemas[name] as unknown as Schema);
  return copy;
}

describe('the wire types and openapi.yaml', () => {
  it('agree, apart from the listed deviations', () => {
    expect(checkWireTypes({ spec, wire })).toEqual([]);
  });

  it('every deviation says why', () => {
    for (const deviation of DEVIATIONS) expect(deviation.reason.length, `${deviation.type}.${deviation.property}`).toBeGreaterThan(20);
  });

  it('a property the spec gains and our type lacks is a drift', () => {
    const drifted = specWith('ChatStreamDelta', (schema) => {
      schema.properties.tool_results = { type: 'array' };
    });
    expect(checkWireTypes({ spec: drifted, wire })).toEqual(['ChatStreamDelta lacks "tool_results", which ChatStreamDelta has']);
  });

  it('a property the spec drops and our type keeps is a drift', () => {
    const drifted = specWith('STTResponse', (schema) => {
      delete schema.properties.duration;
    });
    expect(checkWireTypes({ spec: drifted, wire })).toEqual(['STTResponse has "duration", which STTResponse does not']);
  });

  it('a field our type requires and the spec makes optional is a drift', () => {
    const drifted = specWith('STTResponse', (schema) => {
      schema.required = [];
    });
    expect(checkWireTypes({ spec: drifted, wire })).toEqual(['STTResponse requires "text", which STTResponse leaves optional']);
  });

  it('a listed deviation the spec has since closed is reported, so the list cannot go stale', () => {
    const drifted = specWith('ChatResult', (schema) => {
      schema.properties.provider = { type: 'string' };
    });
    expect(checkWireTypes({ spec: drifted, wire })).toEqual(['DEVIATIONS lists ChatResult.provider (extra), which is no longer a difference']);
  });
});
