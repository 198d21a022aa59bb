// The work each comparator does per scenario, at each level:
//   stream scenarios:  `model`      = model.doStream(...) read to the end
//                      `streamText` = streamText(...).fullStream read to the end
//   generate scenario: `model`      = model.doGenerate(...)
//                      `generateText` = generateText(...)
// Every function returns the number of parts seen (for floor: parsed chunks or
// parsed JSON bodies) and hands each part to `onPart` when one is given.
// `streamText` and `generateText` come from the comparator group's own `ai`
// package (see SDK_GROUPS in comparators.mjs).

import { config } from './config.mjs';
import { floorGenerate, floorStream } from './floor.mjs';
import { TOOL_JSON_SCHEMA, TOOL_NAME } from './payloads.mjs';

globalThis.AI_SDK_LOG_WARNINGS = false;

const PROMPT = [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }];
const TOOL_DESCRIPTION = 'Write a text file.';
const MODEL_TOOLS = [{ type: 'function', name: TOOL_NAME, description: TOOL_DESCRIPTION, inputSchema: TOOL_JSON_SCHEMA }];

const usesTools = (key) => key.startsWith('reasoning-tools');
const headersFor = (key) => ({ 'x-bench-scenario': key });

async function drain(stream, onPart) {
  const reader = stream.getReader();
  let parts = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts++;
    if (onPart !== undefined) onPart(value);
  }
}

function floorRunners(baseURL) {
  const target = { baseURL, apiKey: config.apiKey, modelId: config.modelId };
  const stream = (key, onPart) => floorStream(target, key, onPart);
  const generate = async (key, calls, onPart) => {
    for (let i = 0; i < calls; i++) {
      const body = await floorGenerate(target, key);
      if (onPart !== undefined) onPart(body);
    }
    return calls;
  };
  return { stream: { model: stream, streamText: stream }, generate: { model: generate, generateText: generate } };
}

function sdkRunners(model, { streamText, generateText, tool, jsonSchema }) {
  const sdkTools = { [TOOL_NAME]: tool({ description: TOOL_DESCRIPTION, inputSchema: jsonSchema(TOOL_JSON_SCHEMA) }) };
  return {
    stream: {
      model: async (key, onPart) => {
        const { stream } = await model.doStream({
          prompt: PROMPT,
          includeRawChunks: false,
          headers: headersFor(key),
          ...(usesTools(key) ? { tools: MODEL_TOOLS } : {}),
        });
        return drain(stream, onPart);
      },
      streamText: async (key, onPart) => {
        const result = streamText({
          model,
          prompt: 'hi',
          onError: () => {}, // errors still arrive as `error` parts (see validate.mjs)
          headers: headersFor(key),
          ...(usesTools(key) ? { tools: sdkTools } : {}),
        });
        let parts = 0;
        for await (const part of result.fullStream) {
          parts++;
          if (onPart !== undefined) onPart(part);
        }
        return parts;
      },
    },
    generate: {
      model: async (key, calls, onPart) => {
        let parts = 0;
        for (let i = 0; i < calls; i++) {
          const result = await model.doGenerate({ prompt: PROMPT, headers: headersFor(key) });
          parts += result.content.length;
          if (onPart !== undefined) onPart(result);
        }
        return parts;
      },
      generateText: async (key, calls, onPart) => {
        let parts = 0;
        for (let i = 0; i < calls; i++) {
          const result = await generateText({ model, prompt: 'hi', headers: headersFor(key) });
          parts += result.content.length;
          if (onPart !== undefined) onPart(result);
        }
        return parts;
      },
    },
  };
}

/**
 * Runners for one loaded comparator against the server at `baseURL`; `sdk` is
 * the group's `ai` module (loadSdk()).
 */
export function makeRunners(comparator, baseURL, sdk) {
  return comparator.name === 'floor' ? floorRunners(baseURL) : sdkRunners(comparator.createModel(baseURL), sdk);
}
