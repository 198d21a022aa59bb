import type { TranscriptionModelV4, TranscriptionModelV4CallOptions, TranscriptionModelV4Result } from '@ai-sdk/provider-v4';
import type { TranscriptionModelCore } from '../core/transcription/transcription-model-core';
import { toV4Warnings } from './map-to-v4';

/** TranscriptionModelV4 (AI SDK 7's transcribe) over the OpenRouter transcription core. */
export class OpenClawRouterTranscriptionModel implements TranscriptionModelV4 {
  readonly specificationVersion = 'v4';
  readonly provider = 'openrouter.transcription';
  readonly modelId: string;

  constructor(private readonly core: TranscriptionModelCore) {
    this.modelId = core.modelId;
  }

  async doGenerate(options: TranscriptionModelV4CallOptions): Promise<TranscriptionModelV4Result> {
    const result = await this.core.transcribe(options);
    return { ...result, warnings: toV4Warnings(result.warnings) };
  }
}
