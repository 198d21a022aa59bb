// The SDK floor: a do-nothing V4 model (AI SDK 7) that only fetches, parses
// and hands out the parts the AI SDK needs, with no option handling, checks,
// warnings, redaction or metadata. Through `generateText`/`streamText` it is
// what the `ai` package costs around any provider; at model level, what a
// V4 model's web stream costs over the bare floor.

import { config } from './config.mjs';

const FINISH = { stop: 'stop', tool_calls: 'tool-calls', length: 'length', content_filter: 'content-filter' };

function requestInit(options, stream) {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${config.apiKey}`, ...options.headers },
    body: JSON.stringify({
      model: config.modelId,
      messages: [{ role: 'user', content: 'hi' }],
      ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
    }),
    signal: options.abortSignal,
  };
}

function usageOf(u) {
  return {
    inputTokens: { total: u?.prompt_tokens, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: u?.completion_tokens, text: undefined, reasoning: undefined },
  };
}

const finishReasonOf = (raw) => ({ unified: FINISH[raw] ?? 'other', raw: raw ?? undefined });

/** Emits V4 parts for one parsed chunk; `s` holds what is open. */
function chunkParts(s, chunk, enqueue) {
  if (chunk.usage) s.usage = chunk.usage;
  const choice = chunk.choices?.[0];
  if (choice == null) return;
  const delta = choice.delta;
  if (delta?.reasoning) {
    if (!s.reasoning) {
      s.reasoning = true;
      enqueue({ type: 'reasoning-start', id: 'r' });
    }
    enqueue({ type: 'reasoning-delta', id: 'r', delta: delta.reasoning });
  }
  if (delta?.content) {
    if (!s.text) {
      s.text = true;
      enqueue({ type: 'text-start', id: 't' });
    }
    enqueue({ type: 'text-delta', id: 't', delta: delta.content });
  }
  const call = delta?.tool_calls?.[0];
  if (call) {
    if (s.reasoning) {
      s.reasoning = false;
      enqueue({ type: 'reasoning-end', id: 'r' });
    }
    if (call.id) {
      s.tool = { id: call.id, name: call.function.name, input: '' };
      enqueue({ type: 'tool-input-start', id: call.id, toolName: call.function.name });
    }
    const piece = call.function?.arguments;
    if (piece) {
      s.tool.input += piece;
      enqueue({ type: 'tool-input-delta', id: s.tool.id, delta: piece });
    }
  }
  if (choice.finish_reason) s.finishReason = choice.finish_reason;
}

function closeParts(s, enqueue) {
  if (s.reasoning) enqueue({ type: 'reasoning-end', id: 'r' });
  if (s.text) enqueue({ type: 'text-end', id: 't' });
  if (s.tool) {
    enqueue({ type: 'tool-input-end', id: s.tool.id });
    enqueue({ type: 'tool-call', toolCallId: s.tool.id, toolName: s.tool.name, input: s.tool.input });
  }
  enqueue({ type: 'finish', finishReason: finishReasonOf(s.finishReason), usage: usageOf(s.usage) });
}

export function createSdkFloorModel(baseURL) {
  const url = `${baseURL}/chat/completions`;
  return {
    specificationVersion: 'v4',
    provider: 'bench.sdk-floor',
    modelId: config.modelId,
    supportedUrls: {},
    async doGenerate(options) {
      const res = await fetch(url, requestInit(options, false));
      if (!res.ok) throw new Error(`sdk-floor: HTTP ${res.status}`);
      const reply = JSON.parse(await res.text());
      const choice = reply.choices[0];
      return {
        content: [{ type: 'text', text: choice.message.content }],
        finishReason: finishReasonOf(choice.finish_reason),
        usage: usageOf(reply.usage),
        warnings: [],
      };
    },
    async doStream(options) {
      const res = await fetch(url, requestInit(options, true));
      if (!res.ok) throw new Error(`sdk-floor: HTTP ${res.status}`);
      const reader = res.body.getReader();
      const utf8 = new TextDecoder();
      const s = { text: false, reasoning: false, tool: null, finishReason: null, usage: null };
      let buffered = '';
      const stream = new ReadableStream({
        start(controller) {
          controller.enqueue({ type: 'stream-start', warnings: [] });
        },
        async pull(controller) {
          const enqueue = (part) => controller.enqueue(part);
          const { done, value } = await reader.read();
          if (done) {
            closeParts(s, enqueue);
            controller.close();
            return;
          }
          buffered += utf8.decode(value, { stream: true });
          let start = 0;
          let nl;
          while ((nl = buffered.indexOf('\n', start)) !== -1) {
            const line = buffered.slice(start, nl);
            start = nl + 1;
            if (line.startsWith('data: ') && line !== 'data: [DONE]') chunkParts(s, JSON.parse(line.slice(6)), enqueue);
          }
          buffered = buffered.slice(start);
        },
      });
      return { stream };
    },
  };
}
