import { isRecord, optionalArrayField, optionalNonNegativeField, optionalRecordField, optionalStringField, record, stringField, WireShapeError } from './narrow';

// POST /audio/transcriptions replies (openapi.yaml: STTResponse, STTSegment, STTWord, STTUsage).

/** `segments[]` / `words[]`: timed text; times are seconds of at least 0 (checked). */
export interface TimedTextWire {
  text?: string | null;
  word?: string | null;
  start?: number | null;
  end?: number | null;
  [key: string]: unknown;
}

export interface STTResponse {
  text: string;
  language?: string | null;
  /** Seconds of at least 0 (checked). */
  duration?: number | null;
  segments?: ReadonlyArray<TimedTextWire | null> | null;
  words?: ReadonlyArray<TimedTextWire | null> | null;
  /** Flat counts (cost, seconds, tokens), read by type; `seconds` is at least 0 (checked). */
  usage?: { seconds?: number | null; readonly [key: string]: unknown } | null;
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
