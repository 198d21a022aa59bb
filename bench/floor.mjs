// The floor: bare fetch + SSE line split + JSON.parse per chunk. This is the
// cost of doing the work at all, with no SDK in the way.

function requestInit(apiKey, modelId, scenarioKey, stream) {
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${apiKey}`,
      'x-bench-scenario': scenarioKey,
    },
    body: JSON.stringify({
      model: modelId,
      messages: [{ role: 'user', content: 'hi' }],
      ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
    }),
  };
}

/**
 * Streams one completion and calls `onChunk(parsedJson)` for every `data:`
 * event except `[DONE]`. Returns the number of chunks parsed.
 */
export async function floorStream({ baseURL, apiKey, modelId }, scenarioKey, onChunk) {
  const res = await fetch(`${baseURL}/chat/completions`, requestInit(apiKey, modelId, scenarioKey, true));
  if (!res.ok) throw new Error(`floor: HTTP ${res.status}`);
  const reader = res.body.getReader();
  const utf8 = new TextDecoder();
  let buffered = '';
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += utf8.decode(value, { stream: true });
    let start = 0;
    let nl;
    while ((nl = buffered.indexOf('\n', start)) !== -1) {
      const line = buffered.slice(start, nl);
      start = nl + 1;
      if (line.startsWith('data: ')) {
        const data = line.slice(6);
        if (data === '[DONE]') continue;
        const parsed = JSON.parse(data);
        chunks++;
        if (onChunk !== undefined) onChunk(parsed);
      }
    }
    buffered = buffered.slice(start);
  }
  return chunks;
}

/** One non-streaming completion: fetch, then JSON.parse of the reply text; returns the parsed body. */
export async function floorGenerate({ baseURL, apiKey, modelId }, scenarioKey) {
  const res = await fetch(`${baseURL}/chat/completions`, requestInit(apiKey, modelId, scenarioKey, false));
  if (!res.ok) throw new Error(`floor: HTTP ${res.status}`);
  return JSON.parse(await res.text());
}
