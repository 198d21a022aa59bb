// Builds the wire payloads the loopback server replies with, in OpenRouter's
// shapes: SSE `data: {...}\n\n` chunks with id/model/provider/created/choices,
// a final usage chunk with `choices: []` (usage incl. cost), then `data: [DONE]`.
// Also returns what a correct client must reconstruct, for the validation pass.

const ID = 'gen-1750000000-BenchBenchBenchBench';
const MODEL = 'anthropic/claude-sonnet-4';
const PROVIDER = 'Anthropic';
const CREATED = 1750000000;
const TOOL_CALL_ID = 'toolu_01BenchBenchBenchBenchBench';
const SIGNATURE =
  'EqQBCkYIBxgCKkBbenchbenchbenchbenchbenchbenchbenchbenchbenchbenchbenchbenchbenchbenchbench' +
  'bench0123456789EgxbenchbenchbenchGgwbenchbenchbenchIjBbenchbenchbenchbenchbenchbench';

export const TOOL_NAME = 'write_file';
export const TOOL_JSON_SCHEMA = {
  type: 'object',
  properties: { path: { type: 'string' }, content: { type: 'string' } },
  required: ['path', 'content'],
  additionalProperties: false,
};

const WORDS = [' the', ' quick', ' brown', ' fox', ' jumps', ' over', ' a', ' lazy', ' dog,', ' then', ' runs', ' far', ' away', ' into', ' deep', ' woods.'];

function word(i) {
  return WORDS[i % WORDS.length];
}

function usage(completionTokens, reasoningTokens) {
  return {
    prompt_tokens: 12,
    completion_tokens: completionTokens,
    total_tokens: 12 + completionTokens,
    cost: Math.round((0.000036 + completionTokens * 0.000015) * 1e9) / 1e9,
    is_byok: false,
    prompt_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
    cost_details: { upstream_inference_cost: null },
    completion_tokens_details: { reasoning_tokens: reasoningTokens },
  };
}

/** The fields every chunk of one generation repeats. */
const CHUNK_IDENTITY = { id: ID, provider: PROVIDER, model: MODEL, object: 'chat.completion.chunk', created: CREATED };

function chunk(delta, finishReason = null, nativeFinishReason = null) {
  return {
    ...CHUNK_IDENTITY,
    choices: [{ index: 0, delta, finish_reason: finishReason, native_finish_reason: nativeFinishReason, logprobs: null }],
  };
}

function usageChunk(completionTokens, reasoningTokens) {
  return {
    ...CHUNK_IDENTITY,
    choices: [],
    usage: usage(completionTokens, reasoningTokens),
  };
}

function toSse(chunks) {
  let out = ': OPENROUTER PROCESSING\n\n';
  for (const c of chunks) out += `data: ${JSON.stringify(c)}\n\n`;
  out += 'data: [DONE]\n\n';
  return Buffer.from(out, 'utf8');
}

/** `n` short text deltas, a finish chunk, a usage chunk. */
export function buildTextScenario(n) {
  const chunks = [];
  let text = '';
  for (let i = 0; i < n; i++) {
    const t = word(i);
    text += t;
    chunks.push(chunk({ role: 'assistant', content: t }));
  }
  chunks.push(chunk({ role: 'assistant', content: '' }, 'stop', 'end_turn'));
  chunks.push(usageChunk(n, 0));
  return {
    kind: 'stream',
    body: toSse(chunks),
    chunks: chunks.length,
    expected: { text, reasoning: '', toolName: null, toolInput: null, finishReason: 'stop' },
  };
}

/**
 * `n` reasoning deltas (text in `reasoning` and in `reasoning_details`), one
 * signature-only delta, then one tool call whose `arguments` string arrives in
 * `n` pieces (id and name only on the first), finish_reason `tool_calls`.
 */
export function buildReasoningToolsScenario(n) {
  const chunks = [];
  let reasoning = '';
  for (let i = 0; i < n; i++) {
    const t = word(i + 3);
    reasoning += t;
    chunks.push(
      chunk({
        role: 'assistant',
        content: '',
        reasoning: t,
        reasoning_details: [{ type: 'reasoning.text', text: t, index: 0, format: 'anthropic-claude-v1' }],
      }),
    );
  }
  chunks.push(
    chunk({
      role: 'assistant',
      content: '',
      reasoning: '',
      reasoning_details: [{ type: 'reasoning.text', text: '', signature: SIGNATURE, index: 0, format: 'anthropic-claude-v1' }],
    }),
  );

  let content = '';
  for (let i = 0; i < n; i++) content += word(i + 7);
  const toolInput = JSON.stringify({ path: 'notes/fox.txt', content: content.trimStart() });
  // n non-empty pieces of near-equal size; no proper prefix is valid JSON
  for (let i = 0; i < n; i++) {
    const piece = toolInput.slice(Math.floor((i * toolInput.length) / n), Math.floor(((i + 1) * toolInput.length) / n));
    const call =
      i === 0 ? { index: 0, id: TOOL_CALL_ID, type: 'function', function: { name: TOOL_NAME, arguments: piece } } : { index: 0, function: { arguments: piece } };
    chunks.push(chunk({ role: 'assistant', content: '', tool_calls: [call] }));
  }
  chunks.push(chunk({ role: 'assistant', content: '' }, 'tool_calls', 'tool_use'));
  chunks.push(usageChunk(2 * n, n));
  return {
    kind: 'stream',
    body: toSse(chunks),
    chunks: chunks.length,
    expected: { text: '', reasoning, toolName: TOOL_NAME, toolInput, finishReason: 'tool-calls' },
  };
}

/** A small non-streaming completion with usage. */
export function buildGenerateScenario() {
  const text = 'Hello! How can I help you today?';
  const body = {
    id: ID,
    provider: PROVIDER,
    model: MODEL,
    object: 'chat.completion',
    created: CREATED,
    system_fingerprint: null,
    choices: [
      {
        index: 0,
        logprobs: null,
        finish_reason: 'stop',
        native_finish_reason: 'end_turn',
        message: { role: 'assistant', content: text, refusal: null, reasoning: null },
      },
    ],
    usage: usage(9, 0),
  };
  return {
    kind: 'json',
    body: Buffer.from(JSON.stringify(body), 'utf8'),
    chunks: 1,
    expected: { text, reasoning: '', toolName: null, toolInput: null, finishReason: 'stop' },
  };
}

/** Scenario keys: `text-<n>`, `reasoning-tools-<n>`, `generate`. */
export function buildScenario(key) {
  let m;
  if ((m = /^text-(\d+)$/.exec(key))) return buildTextScenario(Number(m[1]));
  if ((m = /^reasoning-tools-(\d+)$/.exec(key))) return buildReasoningToolsScenario(Number(m[1]));
  if (key === 'generate') return buildGenerateScenario();
  throw new Error(`unknown scenario "${key}"`);
}
