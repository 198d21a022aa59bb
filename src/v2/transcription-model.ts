import type { TranscriptionModelV2, TranscriptionModelV2CallOptions, TranscriptionModelV2CallWarning } from '@ai-sdk/provider';
import type { TranscriptionModelCore } from '../core/transcription/transcription-model-core';
import { toV2CallWarnings } from './map-to-v2';

/** TranscriptionModelV2 (AI SDK 5's experimental_transcribe) over the OpenRouter transcription core. */
export class OpenClawRouterTranscriptionModel implements TranscriptionModelV2 {
  readonly specificationVersion = 'v2';
  readonly provider = 'openrouter.transcription';
  readonly modelId: string;

  constructor(private readonly core: TranscriptionModelCore) {
    this.modelId = core.modelId;
  }

  async doGenerate(options: TranscriptionModelV2CallOptions) {
    // V2 has no word timings or usage field: both stay in providerMetadata and the response body.
    const { words: _words, usage: _usage, ...result } = await this.core.transcribe(options);
    return { ...result, warnings: toV2CallWarnings<TranscriptionModelV2CallWarning>(result.warnings) };
  }
}
