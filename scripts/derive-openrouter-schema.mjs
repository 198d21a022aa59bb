#!/usr/bin/env node
// Derives test/schema/openrouter.schema.json from OpenRouter's published OpenAPI file
// (../shared/openrouter/openapi.yaml): the request and reply shapes of POST /chat/completions,
// POST /images and POST /embeddings, of the audio, rerank and video endpoints (POST /audio/speech,
// POST /audio/transcriptions, POST /rerank, POST /videos, GET /videos/{jobId}), the replies of
// GET /generation, GET /models, GET /key, GET /credits, GET /models/{author}/{slug}/endpoints and
// /files, plus the error
// envelope, as one JSON Schema 2020-12 document.
//
// Steps: copy the reachable schemas, drop prose (description, example(s), x-*), make objects
// strict, apply the documented gaps of the spec (PATCHES below, and nothing else), keep a
// discriminator only where Ajv can use it. Output is deterministic: same input, same bytes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as yaml from 'js-yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specPath = path.resolve(repoRoot, '../shared/openrouter/openapi.yaml');
const outPath = path.join(repoRoot, 'test/schema/openrouter.schema.json');

const specText = fs.readFileSync(specPath, 'utf8');
const spec = yaml.load(specText);
const components = spec.components.schemas;

// ---------------------------------------------------------------------------------------------
// Schema walking. Only schema positions are visited: a property *named* `description` is a
// property, not prose, and enum/const/default values are data.

const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const SUBSCHEMA_ONE = ['additionalProperties', 'unevaluatedProperties', 'items', 'contains', 'not', 'if', 'then', 'else', 'propertyNames', 'unevaluatedItems'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const PROSE = new Set(['description', 'example', 'examples']);

function isSchemaObject(node) {
  return node !== null && typeof node === 'object' && !Array.isArray(node);
}

function forEachSubschema(node, visit) {
  for (const key of SUBSCHEMA_MAPS) {
    if (isSchemaObject(node[key])) for (const name of Object.keys(node[key])) visit(node[key][name], key, name);
  }
  for (const key of SUBSCHEMA_ONE) if (isSchemaObject(node[key])) visit(node[key], key);
  for (const key of SUBSCHEMA_LISTS) {
    if (Array.isArray(node[key])) node[key].forEach((sub, index) => visit(sub, key, index));
  }
}

function componentRefName(ref) {
  const match = /^#\/components\/schemas\/(.+)$/.exec(ref);
  if (!match) throw new Error(`Unsupported $ref ${ref}`);
  return match[1];
}

/** The $defs name a (cleaned) `$ref` points to. */
function refName(node) {
  return node.$ref.slice('#/$defs/'.length);
}

/** A deep copy without prose, with component refs pointing into $defs. */
function clean(node) {
  if (!isSchemaObject(node)) return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (PROSE.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref') out.$ref = `#/$defs/${componentRefName(value)}`;
    else if (SUBSCHEMA_MAPS.includes(key)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, clean(sub)]));
    } else if (SUBSCHEMA_ONE.includes(key)) out[key] = clean(value);
    else if (SUBSCHEMA_LISTS.includes(key)) out[key] = value.map(clean);
    else out[key] = structuredClone(value);
  }
  return simplifyAllOf(openApi30Bounds(out));
}

// OpenAPI 3.0's boolean `exclusiveMinimum: true` next to `minimum` is JSON Schema's numeric form.
function openApi30Bounds(node) {
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ]) {
    if (typeof node[flag] !== 'boolean') continue;
    if (node[flag] && typeof node[bound] === 'number') node[flag] = node[bound];
    else delete node[flag];
    if (typeof node[flag] === 'number') delete node[bound];
  }
  return node;
}

// `allOf: [{$ref}, {description}]` is how the spec attaches prose to a reference; with the prose
// gone the empty branch means nothing, and a lone remaining branch is the schema itself.
function simplifyAllOf(node) {
  if (!Array.isArray(node.allOf)) return node;
  node.allOf = node.allOf.filter((branch) => !(isSchemaObject(branch) && Object.keys(branch).length === 0));
  if (node.allOf.length === 0) delete node.allOf;
  else if (node.allOf.length === 1 && Object.keys(node).length === 1) return node.allOf[0];
  return node;
}

function collectRefs(node, into) {
  if (!isSchemaObject(node)) return;
  if (typeof node.$ref === 'string') into.add(refName(node));
  forEachSubschema(node, (sub) => collectRefs(sub, into));
}

// ---------------------------------------------------------------------------------------------
// Roots.

const defs = {};
for (const name of [
  'ChatRequest',
  'ChatResult',
  'ChatStreamChunk',
  'ImageGenerationRequest',
  'ImageGenerationResponse',
  // Replies of the look-ups GET /generation and GET /models.
  'GenerationResponse',
  'ModelsListResponse',
]) {
  defs[name] = clean(components[name]);
}

// The embeddings operation defines its bodies inline; they get names here.
const embeddings = spec.paths['/embeddings'].post;
defs.EmbeddingsRequest = clean(embeddings.requestBody.content['application/json'].schema);
defs.EmbeddingsResponse = clean(embeddings.responses['200'].content['application/json'].schema);

// Speech, transcription and video bodies are named components; /rerank defines its bodies inline.
for (const name of ['SpeechRequest', 'STTRequest', 'STTResponse', 'VideoGenerationRequest', 'VideoGenerationResponse']) {
  defs[name] = clean(components[name]);
}
const rerank = spec.paths['/rerank'].post;
defs.RerankRequest = clean(rerank.requestBody.content['application/json'].schema);
defs.RerankResponse = clean(rerank.responses['200'].content['application/json'].schema);

// The account look-ups and a model's endpoints define their replies inline; they get names here.
// The file replies (/files is x-hidden: beta on OpenRouter's side) are named components.
for (const [name, route] of [
  ['KeyResponse', '/key'],
  ['CreditsResponse', '/credits'],
  ['ModelEndpointsResponse', '/models/{author}/{slug}/endpoints'],
]) {
  defs[name] = clean(spec.paths[route].get.responses['200'].content['application/json'].schema);
}
for (const name of ['FileResponse', 'FileDeleteResponse']) defs[name] = clean(components[name]);

// The spec has one error-response schema per status (BadRequestResponse, ...), all of the same
// shape. They become one `ErrorResponse`; if a later spec makes them differ, fail loudly.
defs.ErrorResponse = deriveErrorResponse();

function deriveErrorResponse() {
  const names = new Set();
  const routes = [
    ['/chat/completions', 'post'],
    ['/images', 'post'],
    ['/embeddings', 'post'],
    ['/audio/speech', 'post'],
    ['/audio/transcriptions', 'post'],
    ['/rerank', 'post'],
    ['/videos', 'post'],
    ['/videos/{jobId}', 'get'],
    ['/videos/{jobId}/content', 'get'],
  ];
  for (const [route, method] of routes) {
    for (const [status, response] of Object.entries(spec.paths[route][method].responses)) {
      if (status.startsWith('2')) continue;
      names.add(componentRefName(response.content['application/json'].schema.$ref));
    }
  }
  const canonical = (name) => {
    const envelope = clean(components[name]);
    const errorData = clean(components[componentRefName(components[name].properties.error.$ref)]);
    envelope.properties.error = errorData;
    return envelope;
  };
  const [first, ...rest] = [...names].sort();
  const shape = JSON.stringify(canonical(first));
  for (const name of rest) {
    if (JSON.stringify(canonical(name)) !== shape) {
      throw new Error(`Error envelopes differ: ${first} vs ${name}; derive them separately`);
    }
  }
  const envelope = clean(components[first]);
  envelope.properties.error = { $ref: '#/$defs/ErrorResponseErrorData' };
  defs.ErrorResponseErrorData = clean(components[componentRefName(components[first].properties.error.$ref)]);
  return envelope;
}

// ---------------------------------------------------------------------------------------------
// PATCHES: exactly the gaps listed in ../shared/openrouter/SOURCE.md. Each one adds; none
// replaces a field the spec defines (addProperty throws if the spec gains the field, so the
// patch can be removed then).

function at(node, ...keys) {
  let current = node;
  for (const key of keys) {
    if (!isSchemaObject(current) || !(key in current)) {
      throw new Error(`Patch target missing: ${keys.join('.')}`);
    }
    current = current[key];
  }
  return current;
}

function addProperty(objectSchema, name, schema) {
  if (name in objectSchema.properties) throw new Error(`The spec now defines "${name}"; drop the patch`);
  objectSchema.properties[name] = schema;
}

const nullable = (type) => ({ type: [type, 'null'] });

const imageOutput = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['image_url'] },
    image_url: { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] },
  },
  required: ['image_url'],
};

const annotation = {
  oneOf: [
    {
      type: 'object',
      properties: {
        type: { type: 'string', enum: ['url_citation'] },
        url_citation: {
          type: 'object',
          properties: {
            url: { type: 'string' },
            title: { type: 'string' },
            content: { type: 'string' },
            start_index: { type: 'integer' },
            end_index: { type: 'integer' },
          },
          required: ['url'],
        },
      },
      required: ['type', 'url_citation'],
    },
    {
      type: 'object',
      properties: {
        type: { type: 'string', enum: ['file'] },
        file: {
          type: 'object',
          properties: {
            hash: { type: 'string' },
            name: { type: 'string' },
            content: {
              type: 'array',
              items: {
                type: 'object',
                properties: { type: { type: 'string' }, text: { type: 'string' } },
                required: ['type'],
              },
            },
          },
          required: ['hash', 'name'],
        },
      },
      required: ['type', 'file'],
    },
  ],
  discriminator: { propertyName: 'type' },
};

// `raw` is the upstream provider's error: a plain string, a JSON document in a string, or an object.
const providerErrorMetadata = {
  type: 'object',
  properties: {
    provider_name: { type: 'string' },
    raw: { type: ['string', 'object'] },
  },
};

const PATCHES = [
  {
    gap: 'request: reasoning.max_tokens, reasoning.exclude, reasoning.enabled',
    apply() {
      const reasoning = at(defs, 'ChatRequest', 'properties', 'reasoning');
      addProperty(reasoning, 'max_tokens', nullable('integer'));
      addProperty(reasoning, 'exclude', { type: 'boolean' });
      addProperty(reasoning, 'enabled', { type: 'boolean' });
    },
  },
  {
    gap: 'request: include_reasoning, verbosity, web_search_options, preset, legacy transforms',
    apply() {
      const request = defs.ChatRequest;
      addProperty(request, 'include_reasoning', { type: 'boolean' });
      addProperty(request, 'verbosity', { type: ['string', 'null'], enum: ['low', 'medium', 'high', null] });
      addProperty(request, 'web_search_options', {
        type: 'object',
        properties: {
          search_context_size: { type: 'string', enum: ['low', 'medium', 'high'] },
          max_results: { type: 'integer' },
          search_prompt: { type: 'string' },
          engine: { $ref: '#/$defs/WebSearchEngine' },
        },
      });
      addProperty(request, 'preset', { type: 'string' });
      addProperty(request, 'transforms', { type: 'array', items: { type: 'string' } });
    },
  },
  {
    gap: 'response: top-level provider (non-stream and stream)',
    apply() {
      addProperty(defs.ChatResult, 'provider', { type: 'string' });
      addProperty(defs.ChatStreamChunk, 'provider', { type: 'string' });
    },
  },
  {
    gap: 'response: choices[].native_finish_reason (non-stream and stream)',
    apply() {
      addProperty(defs.ChatChoice, 'native_finish_reason', nullable('string'));
      addProperty(defs.ChatStreamChoice, 'native_finish_reason', nullable('string'));
    },
  },
  {
    gap: 'response: message.annotations (url_citation, file), message.images[].type',
    apply() {
      addProperty(defs.ChatAssistantMessage, 'annotations', { type: 'array', items: { $ref: '#/$defs/Annotation' } });
      defs.Annotation = annotation;
      const imageItem = at(defs, 'ChatAssistantImages', 'items');
      addProperty(imageItem, 'type', imageOutput.properties.type);
    },
  },
  {
    gap: 'response: delta.images, delta.annotations',
    apply() {
      addProperty(defs.ChatStreamDelta, 'images', { type: 'array', items: imageOutput });
      addProperty(defs.ChatStreamDelta, 'annotations', { type: 'array', items: { $ref: '#/$defs/Annotation' } });
    },
  },
  {
    gap: 'errors: error.code may be a number or a string (envelope and mid-stream error chunk)',
    apply() {
      at(defs, 'ErrorResponseErrorData', 'properties', 'code').type = ['integer', 'string'];
      at(defs, 'ChatStreamChunk', 'properties', 'error', 'properties', 'code').type = ['integer', 'string'];
    },
  },
  {
    gap: 'errors: older provider errors carry metadata {provider_name, raw} (envelope and mid-stream chunk)',
    apply() {
      const envelopeMetadata = at(defs, 'ErrorResponseErrorData', 'properties', 'metadata');
      envelopeMetadata.properties ??= {};
      for (const [name, schema] of Object.entries(providerErrorMetadata.properties)) addProperty(envelopeMetadata, name, schema);
      const chunkError = at(defs, 'ChatStreamChunk', 'properties', 'error', 'properties');
      chunkError.metadata = { anyOf: [chunkError.metadata, providerErrorMetadata] };
    },
  },
  // 'errors: mid-stream error chunks with HTTP 200 and finish_reason "error"' needs no patch:
  // ChatStreamChunk already has `error` and ChatFinishReasonEnum already lists 'error'.
];

// Named schemas the patches and roots reach must be present before patching.
addReachable();
for (const patch of PATCHES) patch.apply();
addReachable();

function addReachable() {
  const queue = Object.keys(defs);
  while (queue.length > 0) {
    const refs = new Set();
    collectRefs(defs[queue.shift()], refs);
    for (const name of refs) {
      if (defs[name]) continue;
      if (!components[name]) throw new Error(`Unknown schema ${name}`);
      defs[name] = clean(components[name]);
      queue.push(name);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Strict objects.
//
// An object schema with `properties` and no additionalProperties gets `additionalProperties:
// false`, so a misspelt or invented field fails. Composition needs care, because
// additionalProperties only sees the properties of its own schema object:
// - an `allOf` branch describes part of an object (`allOf: [{$ref: Base}, {properties: {type}}]`),
//   so branches stay open and the schema holding the `allOf` gets `unevaluatedProperties: false`,
//   which does see what every branch evaluated;
// - the same holds for `anyOf`/`oneOf` next to `properties` in one schema, and for anything
//   nested inside an open branch;
// - `anyOf`/`oneOf` alone lists complete alternatives: each branch is strict by itself.
// A named schema used as an open branch stays open everywhere; where it is also used on its own,
// that reference becomes `{$ref, unevaluatedProperties: false}`.

const isComposite = (node) => Array.isArray(node.allOf) || (isSchemaObject(node.properties) && (Array.isArray(node.anyOf) || Array.isArray(node.oneOf)));
const isObjectLike = (node) => isSchemaObject(node.properties) || isComposite(node);
const hasOwnClosure = (node) => 'additionalProperties' in node || 'unevaluatedProperties' in node;

/** Whether the subschema under `key` describes only part of its instance (so must stay open). */
function isOpenBranch(key, parentOpen, parentComposite) {
  return key === 'allOf' || ((key === 'anyOf' || key === 'oneOf') && (parentOpen || parentComposite));
}

function findOpenDefs() {
  const openDefs = new Set();
  const visit = (node, open) => {
    if (!isSchemaObject(node)) return;
    if (typeof node.$ref === 'string' && open && !openDefs.has(refName(node))) {
      openDefs.add(refName(node));
      visit(defs[refName(node)], true);
    }
    const composite = isComposite(node);
    forEachSubschema(node, (sub, key) => visit(sub, isOpenBranch(key, open, composite)));
  };
  for (const name of Object.keys(defs)) visit(defs[name], false);
  return openDefs;
}

function makeStrict(node, open, openDefs) {
  if (!isSchemaObject(node)) return;
  const isBareRef = typeof node.$ref === 'string' && Object.keys(node).length === 1;
  if (isBareRef && !open && openDefs.has(refName(node)) && isObjectLike(defs[refName(node)])) {
    node.unevaluatedProperties = false;
  }
  const composite = isComposite(node);
  if (!open && !hasOwnClosure(node)) {
    if (composite) node.unevaluatedProperties = false;
    else if (isSchemaObject(node.properties)) node.additionalProperties = false;
  }
  forEachSubschema(node, (sub, key) => makeStrict(sub, isOpenBranch(key, open, composite), openDefs));
}

const openDefs = findOpenDefs();
for (const name of Object.keys(defs)) makeStrict(defs[name], openDefs.has(name), openDefs);

// ---------------------------------------------------------------------------------------------
// Discriminators. Ajv applies `discriminator: {propertyName}` (no `mapping`) when every `oneOf`
// branch is a plain $ref or inline schema whose tag property has string enum/const values and is
// required; it then validates only the tagged branch, which gives short, precise errors. The
// spec's mapping is kept only as a check that it agrees with the branches; otherwise the
// discriminator is dropped and plain `oneOf` applies.

function tagValues(branch, tag) {
  const target = typeof branch.$ref === 'string' && Object.keys(branch).length === 1 ? defs[refName(branch)] : branch;
  const property = target?.properties?.[tag];
  if (!property || !(target.required ?? []).includes(tag)) return undefined;
  const values = 'const' in property ? [property.const] : property.enum;
  return Array.isArray(values) && values.every((value) => typeof value === 'string') ? values : undefined;
}

function fixDiscriminators(node) {
  if (!isSchemaObject(node)) return;
  if (isSchemaObject(node.discriminator)) {
    const { propertyName, mapping } = node.discriminator;
    const seen = new Map();
    const usable =
      Array.isArray(node.oneOf) &&
      node.oneOf.every((branch, index) => {
        const values = tagValues(branch, propertyName);
        if (!values) return false;
        for (const value of values) {
          if (seen.has(value)) return false;
          seen.set(value, index);
        }
        return true;
      }) &&
      Object.entries(mapping ?? {}).every(([value, ref]) => {
        const index = seen.get(value);
        return index !== undefined && node.oneOf[index].$ref === `#/$defs/${componentRefName(ref)}`;
      });
    if (usable) node.discriminator = { propertyName };
    else delete node.discriminator;
  }
  forEachSubschema(node, fixDiscriminators);
}

for (const name of Object.keys(defs)) fixDiscriminators(defs[name]);

// ---------------------------------------------------------------------------------------------

const sortedDefs = Object.fromEntries(
  Object.keys(defs)
    .sort()
    .map((name) => [name, defs[name]]),
);
const document = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:openclaw-router:openrouter-schema',
  $comment:
    'Generated by scripts/derive-openrouter-schema.mjs from ../shared/openrouter/openapi.yaml ' +
    `(sha256 ${crypto.createHash('sha256').update(specText).digest('hex')}). Do not edit; run npm run schema:derive.`,
  $defs: sortedDefs,
};

fs.mkdirSync(path.dirname(outPath), { recursive: true });
fs.writeFileSync(outPath, `${JSON.stringify(document, null, 2)}\n`);
console.log(`Wrote ${path.relative(repoRoot, outPath)} (${Object.keys(sortedDefs).length} schemas)`);
