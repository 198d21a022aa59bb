import { APICallError } from '@ai-sdk/provider';
import { postJsonToApi } from '@ai-sdk/provider-utils';
import type { OpenClawRouterConfig } from '../config';
import { binaryReplyHandler } from '../http/binary-reply-handler';
import { openRouterFailedResponseHandler } from '../http/errors';
import { generationIdOf } from '../http/generation-id';
import { withCallHeaders } from '../http/request-headers';
import type { ProviderOptions } from '../model-io/call-types';
import type { CoreWarning, ProviderMetadata } from '../model-io/result-types';
import { requiredModelId } from '../required-model-id';
import { resolveSpeechOutputFormat } from './audio-format';
import { buildSpeechRequest, type SpeechCallFields } from './build-speech-request';
import { parseSpeechOptions, type OpenClawRouterSpeechSettings } from './speech-options';
import { isPcmContentType, pcmLayoutOf, wrapPcmInWav } from './wav-container';

export interface SpeechCallOptions extends SpeechCallFields {
  outputFormat?: string;
  providerOptions?: ProviderOptions;
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
}

export interface SpeechResult {
  audio: Uint8Array;
  warnings: CoreWarning[];
  request: { body: unknown };
  response: { timestamp: Date; modelId: string; headers: Record<string, string> | undefined };
  providerMetadata: ProviderMetadata;
}

/** Text to speech over OpenRouter's POST /audio/speech, for every spec. */
export class SpeechModelCore {
  readonly provider = 'openrouter.speech';

  constructor(
    readonly modelId: string,
    private readonly settings: OpenClawRouterSpeechSettings,
    private readonly config: OpenClawRouterConfig,
  ) {}

  async generate(options: SpeechCallOptions): Promise<SpeechResult> {
    const format = resolveSpeechOutputFormat(options.outputFormat);
    const { body, warnings } = buildSpeechRequest({
      modelId: this.modelId,
      call: options,
      wireFormat: format.wire,
      settings: this.settings,
      callOptions: parseSpeechOptions(options.providerOptions?.openrouter, 'providerOptions.openrouter'),
    });
    const timestamp = new Date();
    const url = `${this.config.baseURL}/audio/speech`;
    const { value, responseHeaders } = await postJsonToApi({
      url,
      headers: withCallHeaders(this.config.headers(), options.headers),
      body,
      failedResponseHandler: openRouterFailedResponseHandler,
      successfulResponseHandler: binaryReplyHandler,
      abortSignal: options.abortSignal,
      fetch: this.config.fetch,
    });
    // Only PCM is wrapped: a provider that already answered with a container keeps its bytes.
    const wrap = format.requested === 'wav' && isPcmContentType(value.contentType);
    const layout = wrap ? pcmLayoutOf(value.contentType) : undefined;
    if (typeof layout === 'string') {
      throw new APICallError({
        message: `OpenRouter sent PCM audio described as "${value.contentType}": ${layout}, so it cannot be put in a WAV file. Ask for outputFormat "pcm" to get the samples as they are.`,
        url,
        requestBodyValues: body,
        statusCode: 200,
        responseHeaders,
        isRetryable: false,
      });
    }
    const audio = layout ? wrapPcmInWav(value.bytes, layout) : value.bytes;
    const openrouter: Record<string, string> = { mediaType: wrap ? 'audio/wav' : (value.contentType ?? mediaTypeOf(format.wire)) };
    const generationId = generationIdOf(responseHeaders);
    if (generationId !== undefined) openrouter.generationId = generationId;
    return {
      audio,
      warnings,
      request: { body },
      response: { timestamp, modelId: this.modelId, headers: responseHeaders },
      providerMetadata: { openrouter },
    };
  }
}

function mediaTypeOf(format: 'mp3' | 'pcm'): string {
  return format === 'mp3' ? 'audio/mpeg' : 'audio/pcm';
}

/** Speech model ids with editor completion; any other OpenRouter id works too. */
export type OpenClawRouterSpeechModelId = 'openai/gpt-4o-mini-tts' | 'mistralai/voxtral-mini-tts-2603' | (string & {});

/** `router.speechModel(id, settings?)`, checked before any request. */
export function createSpeechModelCore(config: OpenClawRouterConfig, modelId: OpenClawRouterSpeechModelId, settings?: OpenClawRouterSpeechSettings): SpeechModelCore {
  return new SpeechModelCore(requiredModelId(modelId, 'speechModel', 'openai/gpt-4o-mini-tts'), parseSpeechOptions(settings, 'speechModel settings'), config);
}
