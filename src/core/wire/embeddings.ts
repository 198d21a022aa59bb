import { arrayField, isRecord, optionalRecordField, optionalStringField, optionalUnixSecondsField, record, WireShapeError } from './narrow';
import type { OpenRouterUsage } from './openrouter-wire-types';

// POST /embeddings replies (openapi.yaml: the operation's inline 200 schema).

/** `data[]`: one vector; `index` says which input it belongs to. */
export interface EmbeddingsData {
  /** Non-empty, finite, the same length in every entry (checked). */
  embedding: readonly number[];
  index?: number | null;
  object?: unknown;
  [key: string]: unknown;
}

export interface EmbeddingsResponse {
  data: readonly EmbeddingsData[];
  id?: string | null;
  model?: string | null;
  /** Not in the OpenAPI file; read when sent. */
  provider?: string | null;
  object?: unknown;
  usage?: OpenRouterUsage | null;
  /** Not in the OpenAPI file; read when sent, so checked to make a valid date. */
  created?: number | null;
  [key: string]: unknown;
}

/**
 * Narrows a POST /embeddings reply and checks its vectors: each a non-empty list of finite numbers,
 * all of one length (a NaN or a ragged vector would poison every similarity computed from it).
 */
export function narrowEmbeddingsResponse(value: unknown): EmbeddingsResponse {
  const reply = record(value, '');
  optionalStringField(reply, 'id', '');
  optionalStringField(reply, 'model', '');
  optionalStringField(reply, 'provider', '');
  optionalUnixSecondsField(reply, 'created', '');
  optionalRecordField(reply, 'usage', '');
  const data = arrayField(reply, 'data', '');
  let length = -1;
  for (let i = 0; i < data.length; i++) {
    const entry = data[i];
    if (!isRecord(entry)) throw new WireShapeError(`data[${i}]`, 'an object', entry);
    const index = entry.index;
    if (index != null && !(Number.isInteger(index) && (index as number) >= 0)) throw new WireShapeError(`data[${i}].index`, 'an index of at least 0', index);
    const vector = entry.embedding;
    if (!Array.isArray(vector) || vector.length === 0) throw new WireShapeError(`data[${i}].embedding`, 'a non-empty list of numbers', vector);
    if (length === -1) length = vector.length;
    else if (vector.length !== length) {
      throw new WireShapeError(`data[${i}].embedding`, `${length} numbers like data[0].embedding, not ${vector.length}`, vector);
    }
    for (let j = 0; j < vector.length; j++) {
      const number = vector[j];
      if (typeof number !== 'number' || !Number.isFinite(number)) throw new WireShapeError(`data[${i}].embedding[${j}]`, 'a finite number', number);
    }
  }
  return reply as EmbeddingsResponse;
}
