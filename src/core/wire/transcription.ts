import { isRecord, optionalArrayField, optionalNonNegativeField, optionalRecordField, optionalStringField, record, stringField, WireShapeError } from './narrow';

// POST /audio/transcriptions replies (openapi.yaml: STTResponse, STTSegment, STTWord, STTUsage).

/** Seconds of at least 0, with the end not before the start (checked). */
interface Timed {
  start?: number | null;
  end?: number | null;
  speaker?: unknown;
  [key: string]: unknown;
}

/** `segments[]`: a timed stretch of the transcript. */
export interface STTSegment extends Timed {
  text?: string | null;
  id?: unknown;
  seek?: unknown;
  tokens?: unknown;
  temperature?: unknown;
  avg_logprob?: unknown;
  compression_ratio?: unknown;
  no_speech_prob?: unknown;
}

/** `words[]`: a timed word. */
export interface STTWord extends Timed {
  word?: string | null;
}

/** Flat counts, read by type; `seconds` is at least 0 (checked). */
export interface STTUsage {
  seconds?: number | null;
  cost?: unknown;
  input_tokens?: unknown;
  output_tokens?: unknown;
  total_tokens?: unknown;
  [key: string]: unknown;
}

export interface STTResponse {
  text: string;
  language?: string | null;
  /** Seconds of at least 0 (checked). */
  duration?: number | null;
  segments?: ReadonlyArray<STTSegment | null> | null;
  words?: ReadonlyArray<STTWord | null> | null;
  usage?: STTUsage | null;
  task?: unknown;
  /** Not in the OpenAPI file; read when sent (the generation id comes in a header otherwise). */
  id?: string | null;
  [key: string]: unknown;
}

export function narrowSTTResponse(value: unknown): STTResponse {
  const reply = record(value, '');
  stringField(reply, 'text', '');
  optionalStringField(reply, 'language', '');
  optionalStringField(reply, 'id', '');
  optionalNonNegativeField(reply, 'duration', '');
  const usage = optionalRecordField(reply, 'usage', '');
  if (usage !== undefined) optionalNonNegativeField(usage, 'seconds', 'usage');
  checkTimed(optionalArrayField(reply, 'segments', ''), 'segments', 'text');
  checkTimed(optionalArrayField(reply, 'words', ''), 'words', 'word');
  return reply as STTResponse;
}

function checkTimed(list: readonly unknown[] | undefined, name: string, textKey: 'text' | 'word'): void {
  if (list === undefined) return;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item === null) continue;
    if (!isRecord(item)) throw new WireShapeError(`${name}[${i}]`, 'an object or null', item);
    optionalStringField(item, textKey, `${name}[${i}]`);
    const start = optionalNonNegativeField(item, 'start', `${name}[${i}]`);
    const end = optionalNonNegativeField(item, 'end', `${name}[${i}]`);
    if (start !== undefined && end !== undefined && end < start) throw new WireShapeError(`${name}[${i}].end`, `a time not before its start (${start})`, end);
  }
}
