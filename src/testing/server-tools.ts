import { firstObjectAt, isObject, type JsonObject, objectAt } from './json';
import { textOf } from './request-text';
import type { JsonReply, StreamReply } from './types';

/** A fixed clock for `openrouter:datetime`, so replies stay deterministic. */
export const EMULATOR_NOW = '2026-01-01T12:00:00.000Z';

interface ServerToolRecord {
  type: 'reasoning.server_tool_call';
  tool_call_id: string;
  tool_name: string;
  arguments: string;
  result: string;
  index: number;
}

interface Citation {
  url: string;
  title: string;
  content: string;
}

/**
 * OpenRouter's server tools, run deterministically: when the request lists `openrouter:*` tools
 * and the last message is the user's (the model has not used them yet this turn), each listed tool
 * runs once, or only the one `tool_choice` names; `tool_choice: "none"` runs none. What ran is
 * reported as OpenRouter reports it: `reasoning.server_tool_call` details, `url_citation`
 * annotations on the answer for web search results, and `usage.server_tool_use_details`. An
 * answer written after a function tool result cites the web results of earlier turns, which come
 * back in the replayed reasoning details.
 */
export function withServerTools(reply: JsonReply | StreamReply, request: JsonObject, nextCallId: () => string): JsonReply | StreamReply {
  const tools: unknown[] = Array.isArray(request.tools) ? request.tools : [];
  const serverTools = tools.filter(
    (tool): tool is JsonObject & { type: string } => isObject(tool) && typeof tool.type === 'string' && tool.type.startsWith('openrouter:'),
  );
  if (serverTools.length === 0) return reply;
  const messages: unknown[] = Array.isArray(request.messages) ? request.messages : [];
  const last = messages[messages.length - 1];
  const runsNow = isObject(last) && last.role === 'user' && request.tool_choice !== 'none';
  const forced = isObject(request.tool_choice) && typeof request.tool_choice.type === 'string' ? request.tool_choice.type : undefined;
  const toRun = runsNow ? serverTools.filter((tool) => forced === undefined || !forced.startsWith('openrouter:') || tool.type === forced) : [];

  const said = isObject(last) ? textOf(last.content) : '';
  const records = toRun.map((tool, index) => runServerTool(tool, said, index, nextCallId()));
  const citations = records.length > 0 ? citationsIn(records) : citationsIn(replayedRecords(messages));
  const details = records.length > 0 ? serverToolUse(records) : undefined;
  return reply.type === 'json' ? inJson(reply, records, citations, details) : inStream(reply, records, citations, details);
}

function runServerTool(tool: JsonObject & { type: string }, said: string, index: number, callId: string): ServerToolRecord {
  const parameters = isObject(tool.parameters) ? tool.parameters : {};
  const name = tool.type;
  let args: JsonObject = {};
  let result: unknown = { status: 'ok' };
  switch (name) {
    case 'openrouter:web_search': {
      args = { query: said };
      const domain = Array.isArray(parameters.allowed_domains) && typeof parameters.allowed_domains[0] === 'string' ? parameters.allowed_domains[0] : 'example.com';
      const count = Math.min(Math.max(Number(parameters.max_results) || 3, 1), 10);
      result = {
        results: Array.from({ length: count }, (_, n) => ({
          title: `Result ${n + 1} for "${said}"`,
          url: `https://${domain}/results/${n + 1}?q=${encodeURIComponent(said)}`,
          snippet: `What the web says about "${said}", part ${n + 1}.`,
        })),
      };
      break;
    }
    case 'openrouter:web_fetch': {
      const url = /https?:\/\/\S+/.exec(said)?.[0] ?? 'https://example.com/';
      args = { url };
      result = { url, title: `Page at ${url}`, content: `The emulated content of ${url}.` };
      break;
    }
    case 'openrouter:datetime': {
      const timezone = typeof parameters.timezone === 'string' ? parameters.timezone : 'UTC';
      args = { timezone };
      result = { datetime: EMULATOR_NOW, timezone };
      break;
    }
  }
  return { type: 'reasoning.server_tool_call', tool_call_id: callId, tool_name: name, arguments: JSON.stringify(args), result: JSON.stringify(result), index };
}

function citationsIn(records: ServerToolRecord[]): Citation[] {
  const citations: Citation[] = [];
  for (const record of records) {
    if (record.tool_name !== 'openrouter:web_search') continue;
    const results = (parse(record.result) as { results?: Array<{ url: string; title: string; snippet: string }> } | undefined)?.results;
    for (const result of results ?? []) citations.push({ url: result.url, title: result.title, content: result.snippet });
  }
  return citations;
}

/** Server tool records the client replayed on earlier assistant messages. */
function replayedRecords(messages: unknown[]): ServerToolRecord[] {
  const records: ServerToolRecord[] = [];
  for (const message of messages) {
    if (!isObject(message) || message.role !== 'assistant' || !Array.isArray(message.reasoning_details)) continue;
    for (const detail of message.reasoning_details) {
      if (isObject(detail) && detail.type === 'reasoning.server_tool_call' && typeof detail.result === 'string') records.push(detail as unknown as ServerToolRecord);
    }
  }
  return records;
}

function serverToolUse(records: ServerToolRecord[]): JsonObject {
  return {
    tool_calls_requested: records.length,
    tool_calls_executed: records.length,
    web_search_requests: records.filter((record) => record.tool_name === 'openrouter:web_search').length,
  };
}

function annotationsFor(citations: Citation[], text: string): JsonObject[] {
  return citations.map((citation) => ({ type: 'url_citation', url_citation: { ...citation, start_index: 0, end_index: text.length } }));
}

function inJson(reply: JsonReply, records: ServerToolRecord[], citations: Citation[], details: JsonObject | undefined): JsonReply {
  const body: unknown = structuredClone(reply.body);
  const message = objectAt(firstObjectAt(body, 'choices'), 'message');
  if (!isObject(body) || !message) return reply;
  if (records.length > 0) message.reasoning_details = [...records, ...(Array.isArray(message.reasoning_details) ? message.reasoning_details : [])];
  if (citations.length > 0 && typeof message.content === 'string' && message.content !== '') {
    message.annotations = annotationsFor(citations, message.content);
  }
  const usage = objectAt(body, 'usage');
  if (details && usage) usage.server_tool_use_details = details;
  return { ...reply, body };
}

function inStream(reply: StreamReply, records: ServerToolRecord[], citations: Citation[], details: JsonObject | undefined): StreamReply {
  const chunks = reply.chunks.map((chunk) => (typeof chunk === 'string' ? chunk : structuredClone(chunk)));
  const first = chunks.find(isObject);
  if (!first) return reply;
  const identity = { id: first.id, object: first.object, created: first.created, model: first.model, provider: first.provider };
  const chunkWith = (delta: JsonObject): JsonObject => ({
    ...identity,
    choices: [{ index: 0, delta: { role: 'assistant', ...delta }, finish_reason: null, native_finish_reason: null }],
  });

  const text = chunks
    .map((chunk) => objectAt(firstObjectAt(chunk, 'choices'), 'delta')?.content)
    .filter((piece): piece is string => typeof piece === 'string')
    .join('');
  const finishAt = chunks.findIndex((chunk) => firstObjectAt(chunk, 'choices')?.finish_reason != null);
  if (citations.length > 0 && text !== '' && finishAt !== -1) chunks.splice(finishAt, 0, chunkWith({ content: '', annotations: annotationsFor(citations, text) }));
  // The tools ran before the model wrote anything.
  if (records.length > 0) chunks.unshift(chunkWith({ content: '', reasoning_details: records }));
  if (details) {
    const usage = chunks.map((chunk) => objectAt(chunk, 'usage')).find((found) => found !== undefined);
    if (usage) usage.server_tool_use_details = details;
  }
  return { ...reply, chunks };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
