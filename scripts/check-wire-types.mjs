#!/usr/bin/env node
// Checks the reply types in src/core/wire against OpenRouter's OpenAPI file
// (../shared/openrouter/openapi.yaml): for every pair in PAIRS, the property names of our type
// and of the spec's schema must match, and every property our type requires must be required by
// the spec too (we never demand more than OpenRouter promises). Where they differ on purpose, the
// difference is listed in DEVIATIONS with its reason; a listed difference that no longer exists
// is reported as well, so the list cannot go stale.
//
// Our types may make optional what the spec requires: the provider reads replies liberally
// (real replies omit or null fields the spec requires; recorded in test/fixtures/openrouter),
// and checks only what it reads. That direction is therefore not a drift.
//
// Usage: node scripts/check-wire-types.mjs   (exit 1 and a list of drifts when they differ)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as yaml from 'js-yaml';
import ts from 'typescript';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SPEC_PATH = path.resolve(repoRoot, '../shared/openrouter/openapi.yaml');
const WIRE_DIR = path.join(repoRoot, 'src/core/wire');

/**
 * [spec schema, our type]. A spec schema is a component name or `paths:<route> <method>` (the
 * 200 JSON reply), followed by steps: `.field` for a property, `[]` for the items of a list. Our
 * type is an exported type of src/core/wire, with `.field` steps into inline objects.
 */
export const PAIRS = [
  ['ChatResult', 'ChatResult'],
  ['ChatChoice', 'ChatChoice'],
  ['ChatAssistantMessage', 'ChatAssistantMessage'],
  ['ChatToolCall', 'ChatToolCall'],
  ['ChatToolCall.function', 'ChatToolCall.function'],
  ['ChatAssistantImages[]', 'ChatAssistantImage'],
  ['ChatAssistantImages[].image_url', 'ChatAssistantImage.image_url'],
  ['ChatUsage', 'OpenRouterUsage'],
  ['ChatStreamChunk', 'ChatStreamChunk'],
  ['ChatStreamChoice', 'ChatStreamChoice'],
  ['ChatStreamDelta', 'ChatStreamDelta'],
  ['ChatStreamToolCall', 'ChatStreamToolCall'],
  ['ChatStreamToolCall.function', 'ChatStreamToolCall.function'],
  // One envelope per error status in the spec, all of one shape (scripts/derive-openrouter-schema.mjs checks that).
  ['BadRequestResponse', 'ErrorEnvelope'],
  ['BadRequestResponse.error', 'OpenRouterErrorBody'],
  ['ImageGenerationResponse', 'ImageGenerationResponse'],
  ['ImageGenerationResponse.data[]', 'ImageGenerationData'],
  ['paths:/embeddings post', 'EmbeddingsResponse'],
  ['paths:/embeddings post.data[]', 'EmbeddingsData'],
  ['paths:/rerank post', 'RerankResponse'],
  ['paths:/rerank post.results[]', 'RerankResult'],
  ['STTResponse', 'STTResponse'],
  ['STTSegment', 'STTSegment'],
  ['STTWord', 'STTWord'],
  ['STTUsage', 'STTUsage'],
  ['VideoGenerationResponse', 'VideoGenerationResponse'],
  ['GenerationResponse', 'GenerationResponse'],
  ['GenerationResponse.data', 'OpenRouterGeneration'],
  ['ModelsListResponse', 'ModelsListResponse'],
  ['Model', 'OpenRouterModel'],
];

/**
 * Deliberate differences: `extra` is a property our type has and the spec lacks, `missing` one
 * the spec has and our type lacks. Each says why. SOURCE.md (beside openapi.yaml) lists the
 * fields the live API sends beyond the spec.
 */
const SOURCE_GAP = 'SOURCE.md: the live API sends it, the spec lacks it';
export const DEVIATIONS = [
  { type: 'ChatResult', property: 'provider', kind: 'extra', reason: `${SOURCE_GAP} (top-level provider)` },
  { type: 'ChatStreamChunk', property: 'provider', kind: 'extra', reason: `${SOURCE_GAP} (top-level provider)` },
  { type: 'ChatChoice', property: 'native_finish_reason', kind: 'extra', reason: `${SOURCE_GAP} (choices[].native_finish_reason)` },
  { type: 'ChatStreamChoice', property: 'native_finish_reason', kind: 'extra', reason: `${SOURCE_GAP} (choices[].native_finish_reason)` },
  { type: 'ChatAssistantMessage', property: 'annotations', kind: 'extra', reason: `${SOURCE_GAP} (message.annotations)` },
  { type: 'ChatAssistantImage', property: 'type', kind: 'extra', reason: `${SOURCE_GAP} (message.images[].type)` },
  { type: 'ChatStreamDelta', property: 'images', kind: 'extra', reason: `${SOURCE_GAP} (delta.images)` },
  { type: 'ChatStreamDelta', property: 'annotations', kind: 'extra', reason: `${SOURCE_GAP} (delta.annotations)` },
  {
    type: 'OpenRouterErrorBody',
    property: 'availability',
    kind: 'extra',
    reason: 'read when present: it says whether a failure is worth a retry, which beats guessing from the status',
  },
  { type: 'ImageGenerationResponse', property: 'id', kind: 'extra', reason: 'read when present; the generation id otherwise comes in the X-Generation-Id header' },
  { type: 'ImageGenerationResponse', property: 'model', kind: 'extra', reason: 'read when present, for providerMetadata.openrouter.model' },
  { type: 'EmbeddingsResponse', property: 'provider', kind: 'extra', reason: 'read when present, like the chat reply’s top-level provider (SOURCE.md)' },
  {
    type: 'EmbeddingsResponse',
    property: 'created',
    kind: 'extra',
    reason: 'not sent today; when an upstream sends it, it must make a valid date like on every other route',
  },
  { type: 'STTResponse', property: 'id', kind: 'extra', reason: 'read when present; the generation id otherwise comes in the X-Generation-Id header' },
];

// ---------------------------------------------------------------------------------------------
// The spec side.

export function loadSpec(specPath = SPEC_PATH) {
  return yaml.load(fs.readFileSync(specPath, 'utf8'));
}

/** `{ properties, required }` of an object schema, through $ref, allOf and nullable anyOf/oneOf. */
function objectShape(spec, node, seen = new Set()) {
  if (node == null || typeof node !== 'object') return undefined;
  if (typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return undefined;
    return objectShape(spec, spec.components.schemas[name], new Set([...seen, name]));
  }
  const properties = { ...(node.properties ?? {}) };
  const required = new Set(node.required ?? []);
  for (const branch of node.allOf ?? []) {
    const shape = objectShape(spec, branch, seen);
    if (!shape) continue;
    Object.assign(properties, shape.properties);
    for (const name of shape.required) required.add(name);
  }
  // `anyOf: [object, null]` is a nullable object: the object is the shape.
  for (const key of ['anyOf', 'oneOf']) {
    const objects = (node[key] ?? []).map((branch) => objectShape(spec, branch, seen)).filter((shape) => shape && Object.keys(shape.properties).length > 0);
    if (objects.length === 1 && Object.keys(properties).length === 0) return objects[0];
  }
  return { properties, required, node };
}

function resolve(spec, node, seen = new Set()) {
  if (node && typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return node;
    return resolve(spec, spec.components.schemas[name], new Set([...seen, name]));
  }
  return node;
}

function specSchemaAt(spec, where) {
  const [head, ...steps] = splitSteps(where);
  let node;
  if (head.startsWith('paths:')) {
    const [route, method] = head.slice('paths:'.length).split(' ');
    node = spec.paths[route]?.[method]?.responses?.['200']?.content?.['application/json']?.schema;
  } else node = spec.components.schemas[head];
  if (!node) throw new Error(`The spec has no schema ${head}`);
  for (const step of steps) {
    node = resolve(spec, node);
    if (step === '[]') node = node.items;
    else node = objectShape(spec, node)?.properties[step];
    if (!node) throw new Error(`The spec has no ${where} (at ${step})`);
  }
  const shape = objectShape(spec, node);
  if (!shape) throw new Error(`${where} is no object schema in the spec`);
  return shape;
}

/** `A.b[].c` -> ['A', 'b', '[]', 'c']; a `paths:/x y` head keeps its space. */
function splitSteps(where) {
  const parts = [];
  const match = /^(paths:\S+ \w+|[^.[]+)(.*)$/.exec(where);
  parts.push(match[1]);
  for (const step of match[2].matchAll(/\.([^.[]+)|(\[\])/g)) parts.push(step[1] ?? '[]');
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Our side, through the TypeScript compiler.

export function loadWireTypes(wireDir = WIRE_DIR) {
  const files = fs
    .readdirSync(wireDir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => path.join(wireDir, name));
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
  });
  const checker = program.getTypeChecker();
  const exported = new Map();
  for (const file of files) {
    const source = program.getSourceFile(file);
    const symbol = checker.getSymbolAtLocation(source);
    for (const item of symbol ? checker.getExportsOfModule(symbol) : []) {
      const target = item.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(item) : item;
      const declaration = target.declarations?.[0];
      if (declaration && (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration))) {
        exported.set(item.name, { type: checker.getDeclaredTypeOfSymbol(target), declaration });
      }
    }
  }
  return { checker, exported };
}

function tsShapeAt({ checker, exported }, where) {
  const [head, ...steps] = where.split('.');
  const entry = exported.get(head);
  if (!entry) throw new Error(`src/core/wire exports no type ${head}`);
  let type = entry.type;
  for (const step of steps) {
    const property = type.getProperty(step);
    if (!property) throw new Error(`${where}: no property ${step}`);
    type = objectMember(checker, checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, entry.declaration)));
  }
  const properties = new Map();
  for (const property of checker.getPropertiesOfType(type)) {
    properties.set(property.name, (property.flags & ts.SymbolFlags.Optional) === 0);
  }
  return properties;
}

/** The object type of a union such as `{...} | null`. */
function objectMember(checker, type) {
  if (!type.isUnion()) return type;
  return type.types.find((member) => checker.getPropertiesOfType(member).length > 0) ?? type;
}

// ---------------------------------------------------------------------------------------------

/** Every drift between our wire types and the spec, as sentences; empty when they agree. */
export function checkWireTypes({ spec = loadSpec(), wire = loadWireTypes(), pairs = PAIRS, deviations = DEVIATIONS } = {}) {
  const problems = [];
  const used = new Set();
  const deviation = (type, property, kind) => {
    const index = deviations.findIndex((entry) => entry.type === type && entry.property === property && entry.kind === kind);
    if (index !== -1) used.add(index);
    return index !== -1;
  };
  for (const [specWhere, tsWhere] of pairs) {
    const ours = tsShapeAt(wire, tsWhere);
    const theirs = specSchemaAt(spec, specWhere);
    const typeName = tsWhere;
    for (const name of Object.keys(theirs.properties)) {
      if (!ours.has(name) && !deviation(typeName, name, 'missing')) problems.push(`${typeName} lacks "${name}", which ${specWhere} has`);
    }
    for (const [name, required] of ours) {
      if (!(name in theirs.properties)) {
        if (!deviation(typeName, name, 'extra')) problems.push(`${typeName} has "${name}", which ${specWhere} does not`);
      } else if (required && !theirs.required.has(name)) {
        problems.push(`${typeName} requires "${name}", which ${specWhere} leaves optional`);
      }
    }
  }
  deviations.forEach((entry, index) => {
    if (!used.has(index)) problems.push(`DEVIATIONS lists ${entry.type}.${entry.property} (${entry.kind}), which is no longer a difference`);
  });
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = checkWireTypes();
  if (problems.length > 0) {
    console.error(`The wire types in src/core/wire drifted from ${path.relative(repoRoot, SPEC_PATH)}:`);
    for (const problem of problems) console.error(`- ${problem}`);
    console.error('Update the types (or, for a deliberate difference, DEVIATIONS in scripts/check-wire-types.mjs with its reason).');
    process.exit(1);
  }
  console.log(`The wire types agree with ${path.relative(repoRoot, SPEC_PATH)} (${PAIRS.length} shapes).`);
}
