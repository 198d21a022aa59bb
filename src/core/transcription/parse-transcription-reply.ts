import type { CoreWarning, JSONObject, ProviderMetadata } from '../model-io/result-types';
import { generationIdOf } from '../http/generation-id';
import { toFlatUsageMetadata } from '../usage';
import type { STTResponse, STTSegment, STTWord } from '../wire/transcription';
import type { TimestampGranularity } from './build-transcription-request';

export interface TimedText {
  text: string;
  startSecond: number;
  endSecond: number;
}

export interface ParsedTranscription {
  text: string;
  segments: TimedText[];
  /** Omitted when the reply has no word timings. */
  words?: TimedText[];
  language: string | undefined;
  durationInSeconds: number | undefined;
  /** OpenRouter's usage as received (cost, seconds or tokens). */
  usage?: JSONObject;
  warnings: CoreWarning[];
  providerMetadata: ProviderMetadata;
}

/** An ISO-639 code such as `en` or `pt-BR`; `verbose_json` replies name the language ("english") instead. */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** A POST /audio/transcriptions reply -> text, timings, language, duration and metadata. */
export function parseTranscriptionReply(
  reply: STTResponse,
  headers: Record<string, string> | undefined,
  requested: { language?: unknown; granularities?: unknown },
): ParsedTranscription {
  const segments = timed(reply.segments, 'text');
  const words = timed(reply.words, 'word');
  const warnings: CoreWarning[] = [];
  const asked = Array.isArray(requested.granularities) ? (requested.granularities as TimestampGranularity[]) : [];
  if (asked.includes('word') && words.length === 0) {
    warnings.push({ type: 'other', message: 'Word timings were requested, but the reply has none: the model or its provider does not report them.' });
  }
  if (asked.includes('segment') && segments.length === 0) {
    warnings.push({ type: 'other', message: 'Segment timings were requested, but the reply has none: the model or its provider does not report them.' });
  }
  const replyLanguage = reply.language ?? undefined;
  const language = replyLanguage ?? (typeof requested.language === 'string' ? requested.language : undefined);
  // The door checked both are seconds of at least 0.
  const duration = reply.duration ?? reply.usage?.seconds ?? undefined;

  const openrouter: Record<string, unknown> = {};
  const generationId = generationIdOf(headers, reply.id);
  if (generationId !== undefined) openrouter.generationId = generationId;
  if (replyLanguage !== undefined) openrouter.language = replyLanguage;
  const usage = toFlatUsageMetadata(reply.usage);
  if (usage) openrouter.usage = usage;
  return {
    text: reply.text,
    segments,
    ...(words.length > 0 ? { words } : {}),
    language: language !== undefined && LANGUAGE_CODE.test(language) ? language : undefined,
    durationInSeconds: duration,
    ...(reply.usage != null ? { usage: reply.usage as JSONObject } : {}),
    warnings,
    providerMetadata: { openrouter } as ProviderMetadata,
  };
}

function timed(items: ReadonlyArray<(STTSegment | STTWord) | null> | null | undefined, textKey: 'text' | 'word'): TimedText[] {
  if (items == null) return [];
  const out: TimedText[] = [];
  for (const item of items) {
    const text = item?.[textKey];
    const start = item?.start;
    const end = item?.end;
    if (typeof text === 'string' && start != null && end != null) out.push({ text, startSecond: start, endSecond: end });
  }
  return out;
}
