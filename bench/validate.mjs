// One unmeasured pass per comparator and level that records what was emitted
// (parts by type) and checks that the work was done in full: the text, the
// reasoning, the tool call and the finish reason all come out as sent.

import { buildScenario } from './payloads.mjs';

const FINISH = { stop: 'stop', tool_calls: 'tool-calls', length: 'length' };

function emptyDigest() {
  return { types: {}, text: '', reasoning: '', toolInputDeltas: '', toolCalls: [], finishReason: null, errors: [] };
}

function asJsonText(input) {
  return typeof input === 'string' ? input : JSON.stringify(input);
}

function digestPart(d, part) {
  d.types[part.type] = (d.types[part.type] ?? 0) + 1;
  switch (part.type) {
    case 'text-delta':
      d.text += part.delta ?? part.text;
      break;
    case 'reasoning-delta':
      d.reasoning += part.delta ?? part.text;
      break;
    case 'tool-input-delta':
      d.toolInputDeltas += part.delta;
      break;
    case 'tool-call':
      d.toolCalls.push({ toolName: part.toolName, input: asJsonText(part.input) });
      break;
    // V4 model parts carry { unified, raw }; V2 parts and streamText a string
    case 'finish':
      d.finishReason = part.finishReason?.unified ?? part.finishReason;
      break;
    case 'error':
      d.errors.push(String(part.error?.message ?? part.error));
      break;
    default:
      break;
  }
}

function digestFloorChunk(d, chunk) {
  d.types.chunk = (d.types.chunk ?? 0) + 1;
  const choice = chunk.choices?.[0];
  if (choice == null) return;
  const delta = choice.delta ?? {};
  if (delta.content) d.text += delta.content;
  if (delta.reasoning) d.reasoning += delta.reasoning;
  for (const call of delta.tool_calls ?? []) {
    if (call.function?.name) d.toolCalls.push({ toolName: call.function.name, input: '' });
    if (call.function?.arguments) {
      d.toolInputDeltas += call.function.arguments;
      d.toolCalls[d.toolCalls.length - 1].input += call.function.arguments;
    }
  }
  if (choice.finish_reason) d.finishReason = FINISH[choice.finish_reason] ?? choice.finish_reason;
}

function checkDigest(d, expected) {
  const issues = [];
  if (d.errors.length) issues.push(`error parts: ${d.errors.slice(0, 2).join(' | ')}`);
  if (d.text !== expected.text) issues.push(`text differs (${d.text.length} of ${expected.text.length} chars)`);
  if (d.reasoning !== expected.reasoning) {
    issues.push(`reasoning differs (${d.reasoning.length} of ${expected.reasoning.length} chars)`);
  }
  if (expected.toolName == null) {
    if (d.toolCalls.length) issues.push(`unexpected tool calls: ${d.toolCalls.length}`);
  } else {
    if (d.toolCalls.length !== 1) issues.push(`${d.toolCalls.length} tool-call parts instead of 1`);
    const call = d.toolCalls[0];
    if (call && (call.toolName !== expected.toolName || call.input !== expected.toolInput)) {
      issues.push('tool call name/input differs');
    }
    const starts = d.types['tool-input-start'] ?? 0;
    const ends = d.types['tool-input-end'] ?? 0;
    if (d.types.chunk == null && starts !== ends) issues.push(`${starts} tool-input-start but ${ends} tool-input-end`);
    if (d.toolInputDeltas !== expected.toolInput) {
      issues.push(`tool-input-delta parts carry ${d.toolInputDeltas.length} of ${expected.toolInput.length} argument chars`);
    }
  }
  if (d.finishReason !== expected.finishReason) issues.push(`finish reason ${d.finishReason} (expected ${expected.finishReason})`);
  return issues;
}

/** Validates one stream run. `run(key, onPart)` is a workload function. */
export async function validateStream(comparatorName, run, key) {
  const d = emptyDigest();
  const onPart = comparatorName === 'floor' ? (c) => digestFloorChunk(d, c) : (p) => digestPart(d, p);
  const parts = await run(key, onPart);
  const issues = checkDigest(d, buildScenario(key).expected);
  return { key, parts, types: d.types, issues };
}

/** Validates a couple of generate calls; `parts` is per call. */
export async function validateGenerate(comparatorName, run, key) {
  const texts = [];
  const parts = await run(key, 2, (r) => {
    if (comparatorName === 'floor') texts.push(r.choices[0].message.content);
    else if (typeof r.text === 'string') texts.push(r.text);
    else
      texts.push(
        r.content
          .filter((c) => c.type === 'text')
          .map((c) => c.text)
          .join(''),
      );
  });
  const expected = buildScenario(key).expected.text;
  const issues = texts.every((t) => t === expected) ? [] : ['generated text differs'];
  return { key, parts: parts / 2, types: null, issues };
}
