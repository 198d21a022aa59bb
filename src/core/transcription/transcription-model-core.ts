import { postJsonToApi } from '@ai-sdk/provider-utils';
import type { OpenClawRouterConfig } from '../config';
import { openRouterFailedResponseHandler } from '../http/errors';
import { jsonReply } from '../http/json-reply';
import { withCallHeaders } from '../http/request-headers';
import type { ProviderOptions } from '../model-io/call-types';
import { requiredModelId } from '../required-model-id';
import { narrowSTTResponse } from '../wire/transcription';
import { buildTranscriptionRequest, type TranscriptionCallFields } from './build-transcription-request';
import { parseTranscriptionReply, type ParsedTranscription } from './parse-transcription-reply';
import { parseTranscriptionOptions, type OpenClawRouterTranscriptionSettings } from './transcription-options';

export interface TranscriptionCallOptions extends TranscriptionCallFields {
  providerOptions?: ProviderOptions;
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
}

/** No `request.body`: it would be a second copy of the whole audio as base64 text. */
export type TranscriptionResult = ParsedTranscription & {
  response: { timestamp: Date; modelId: string; headers: Record<string, string> | undefined; body: unknown };
};

const transcriptionReplyHandler = jsonReply(narrowSTTResponse);

/** Speech to text over OpenRouter's POST /audio/transcriptions (JSON with base64 audio), for every spec. */
export class TranscriptionModelCore {
  readonly provider = 'openrouter.transcription';

  constructor(
    readonly modelId: string,
    private readonly settings: OpenClawRouterTranscriptionSettings,
    private readonly config: OpenClawRouterConfig,
  ) {}

  async transcribe(options: TranscriptionCallOptions): Promise<TranscriptionResult> {
    const { body, warnings } = buildTranscriptionRequest({
      modelId: this.modelId,
      call: options,
      settings: this.settings,
      callOptions: parseTranscriptionOptions(options.providerOptions?.openrouter, 'providerOptions.openrouter'),
    });
    const timestamp = new Date();
    const { value, responseHeaders, rawValue } = await postJsonToApi({
      url: `${this.config.baseURL}/audio/transcriptions`,
      headers: withCallHeaders(this.config.headers(), options.headers),
      body,
      failedResponseHandler: openRouterFailedResponseHandler,
      successfulResponseHandler: transcriptionReplyHandler,
      abortSignal: options.abortSignal,
      fetch: this.config.fetch,
    });
    const parsed = parseTranscriptionReply(value, responseHeaders, {
      language: body.language,
      granularities: body.response_format === 'verbose_json' ? body.timestamp_granularities : undefined,
    });
    return {
      ...parsed,
      warnings: [...warnings, ...parsed.warnings],
      response: { timestamp, modelId: this.modelId, headers: responseHeaders, body: rawValue },
    };
  }
}

/** Transcription model ids with editor completion; any other OpenRouter id works too. */
export type OpenClawRouterTranscriptionModelId = 'openai/whisper-large-v3' | 'openai/gpt-4o-transcribe' | (string & {});

/** `router.transcriptionModel(id, settings?)`, checked before any request. */
export function createTranscriptionModelCore(
  config: OpenClawRouterConfig,
  modelId: OpenClawRouterTranscriptionModelId,
  settings?: OpenClawRouterTranscriptionSettings,
): TranscriptionModelCore {
  return new TranscriptionModelCore(
    requiredModelId(modelId, 'transcriptionModel', 'openai/whisper-large-v3'),
    parseTranscriptionOptions(settings, 'transcriptionModel settings'),
    config,
  );
}
