import { checkBase64 } from './base64';
import { arrayField, isRecord, optionalRecordField, optionalStringField, optionalUnixSecondsField, record, WireShapeError } from './narrow';
import type { OpenRouterUsage } from './openrouter-wire-types';

// POST /images replies (openapi.yaml: ImageGenerationResponse). Images made through the chat
// API come as `message.images` of a chat reply (chat-reply.ts: ChatAssistantImage).

/** `data[]`: one image, as base64 (checked to decode) with its declared media type. */
export interface ImageGenerationData {
  b64_json?: string | null;
  media_type?: string | null;
  [key: string]: unknown;
}

export interface ImageGenerationResponse {
  /** Unix seconds; always a valid date once narrowed. */
  created?: number | null;
  data: ReadonlyArray<ImageGenerationData | null>;
  usage?: OpenRouterUsage | null;
  /** Not in the OpenAPI file; read when sent (the generation id comes in a header otherwise). */
  id?: string | null;
  model?: string | null;
  [key: string]: unknown;
}

export function narrowImageGenerationResponse(value: unknown): ImageGenerationResponse {
  const reply = record(value, '');
  optionalUnixSecondsField(reply, 'created', '');
  optionalStringField(reply, 'id', '');
  optionalStringField(reply, 'model', '');
  optionalRecordField(reply, 'usage', '');
  const data = arrayField(reply, 'data', '');
  for (let i = 0; i < data.length; i++) {
    const entry = data[i];
    if (entry === null) continue;
    if (!isRecord(entry)) throw new WireShapeError(`data[${i}]`, 'an object or null', entry);
    const base64 = optionalStringField(entry, 'b64_json', `data[${i}]`);
    if (base64 !== undefined) checkBase64(base64, `data[${i}].b64_json`);
    optionalStringField(entry, 'media_type', `data[${i}]`);
  }
  return reply as ImageGenerationResponse;
}
