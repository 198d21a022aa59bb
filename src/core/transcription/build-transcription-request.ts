import { InvalidArgumentError } from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import type { CoreWarning } from '../model-io/result-types';
import { mergeShallow } from '../util/merge-options';
import { inputAudioFormat } from './input-audio-format';
import type { OpenClawRouterTranscriptionSettings } from './transcription-options';

export type TimestampGranularity = 'word' | 'segment';

/** What a transcription call carries, as every spec passes it. */
export interface TranscriptionCallFields {
  /** Bytes, or base64 (a data URL is accepted too). */
  audio: Uint8Array | string;
  mediaType: string;
  /** V4: timings to ask for; an explicit `timestamp_granularities` option wins. */
  timestampGranularities?: TimestampGranularity[];
}

const OWNED_FIELDS = ['model', 'input_audio'];

/**
 * Call options -> POST /audio/transcriptions body. Precedence, later wins: what V4's
 * timestampGranularities implies, model settings, call options, the model's and the call's
 * extraBody. Pure.
 */
export function buildTranscriptionRequest(input: {
  modelId: string;
  call: TranscriptionCallFields;
  settings: OpenClawRouterTranscriptionSettings;
  callOptions: OpenClawRouterTranscriptionSettings;
}): { body: Record<string, unknown>; warnings: CoreWarning[] } {
  const { modelId, call, settings, callOptions } = input;
  const format = inputAudioFormat(call.mediaType);
  const data = base64Audio(call.audio);
  const granularities = call.timestampGranularities?.length ? call.timestampGranularities : undefined;
  const implied = granularities ? { response_format: 'verbose_json', timestamp_granularities: granularities } : undefined;
  const { extraBody: modelExtra, ...modelFields } = settings;
  const { extraBody: callExtra, ...callFields } = callOptions;
  const rest: Record<string, unknown> = { ...mergeShallow<Record<string, unknown>>(implied, modelFields, callFields, modelExtra, callExtra) };
  for (const key of OWNED_FIELDS) delete rest[key];
  const warnings: CoreWarning[] = [];
  if (rest.timestamp_granularities !== undefined && rest.response_format !== 'verbose_json') {
    warnings.push({
      type: 'other',
      message: `timestamp_granularities only apply with response_format "verbose_json" (OpenRouter ignores them otherwise); the request asks for ${rest.response_format === undefined ? 'the default "json"' : `"${String(rest.response_format)}"`}.`,
    });
  }
  return { body: { model: modelId, input_audio: { data, format }, ...rest }, warnings };
}

function base64Audio(audio: Uint8Array | string): string {
  const data = typeof audio === 'string' ? audio.replace(/^data:[^,]*;base64,/, '') : convertUint8ArrayToBase64(audio);
  if (data === '') {
    throw new InvalidArgumentError({ argument: 'audio', message: 'audio is empty: there is nothing to transcribe.' });
  }
  return data;
}
