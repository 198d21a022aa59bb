import type { TranscriptionModelV3, TranscriptionModelV3CallOptions } from '@ai-sdk/provider-v3';
import type { TranscriptionModelCore } from '../core/transcription/transcription-model-core';
import { toV3Warnings } from './map-to-v3';

/** TranscriptionModelV3 (AI SDK 6's transcribe) over the OpenRouter transcription core. */
export class OpenClawRouterTranscriptionModel implements TranscriptionModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'openrouter.transcription';
  readonly modelId: string;

  constructor(private readonly core: TranscriptionModelCore) {
    this.modelId = core.modelId;
  }

  async doGenerate(options: TranscriptionModelV3CallOptions) {
    // V3 has no word timings or usage field: both stay in providerMetadata and the response body.
    const { words: _words, usage: _usage, ...result } = await this.core.transcribe(options);
    return { ...result, warnings: toV3Warnings(result.warnings) };
  }
}
