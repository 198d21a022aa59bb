import type { EmbeddingModelV2, ImageModelV2, LanguageModelV2, ProviderV2, SpeechModelV2, TranscriptionModelV2 } from '@ai-sdk/provider';
import type { OpenRouterOptions } from '../core/chat/chat-options';
import type { OpenClawRouterEmbeddingModelId } from '../core/embedding/embedding-model-core';
import type { OpenClawRouterEmbeddingSettings } from '../core/embedding/embedding-options';
import type { OpenClawRouterImageModelId } from '../core/image/image-model-family';
import type { OpenClawRouterImageSettings } from '../core/image/image-options';
import type { OpenClawRouterModelId } from '../core/model-ref';
import { createProviderCore } from '../core/provider-core';
import { createServerTools, type OpenRouterServerTools } from '../core/server-tools/server-tool-factories';
import type { OpenRouterLookups } from '../core/lookups/lookups';
import type { OpenClawRouterSettings } from '../core/provider-settings';
import { callableProvider } from '../core/callable-provider';
import { OpenClawRouterChatLanguageModel } from './chat-language-model';
import { OpenClawRouterEmbeddingModel } from './embedding-model';
import { OpenClawRouterImageModel } from './image-model';
import { OpenClawRouterSpeechModel } from './speech-model';
import { OpenClawRouterTranscriptionModel } from './transcription-model';
import type { OpenClawRouterSpeechModelId } from '../core/speech/speech-model-core';
import type { OpenClawRouterSpeechSettings } from '../core/speech/speech-options';
import type { OpenClawRouterTranscriptionModelId } from '../core/transcription/transcription-model-core';
import type { OpenClawRouterTranscriptionSettings } from '../core/transcription/transcription-options';

export type { OpenClawRouterSettings };
export type OpenClawRouterChatSettings = OpenRouterOptions;

export interface OpenClawRouterProvider extends ProviderV2 {
  (modelId?: OpenClawRouterModelId, settings?: OpenClawRouterChatSettings): LanguageModelV2;
  languageModel(modelId?: OpenClawRouterModelId, settings?: OpenClawRouterChatSettings): LanguageModelV2;
  chat(modelId?: OpenClawRouterModelId, settings?: OpenClawRouterChatSettings): LanguageModelV2;
  /** Image generation; default model google/gemini-3.1-flash-image-preview. */
  imageModel(modelId?: OpenClawRouterImageModelId, settings?: OpenClawRouterImageSettings): ImageModelV2;
  image(modelId?: OpenClawRouterImageModelId, settings?: OpenClawRouterImageSettings): ImageModelV2;
  /** Embeddings through OpenRouter's /embeddings. */
  textEmbeddingModel(modelId: OpenClawRouterEmbeddingModelId, settings?: OpenClawRouterEmbeddingSettings): EmbeddingModelV2<string>;
  embedding(modelId: OpenClawRouterEmbeddingModelId, settings?: OpenClawRouterEmbeddingSettings): EmbeddingModelV2<string>;
  /** `GET /generation?id=`: OpenRouter's authoritative cost, latency, provider and token counts of a generation. */
  getGeneration: OpenRouterLookups['getGeneration'];
  /** `GET /models`: OpenRouter's model catalogue (ids, context lengths, pricing, supported parameters). */
  listModels: OpenRouterLookups['listModels'];
  /** `GET /key`: the API key's label, limit, remaining limit and usage (in all, daily, weekly, monthly). */
  getKey: OpenRouterLookups['getKey'];
  /** `GET /credits`: credits bought and used by the account, in USD. */
  getCredits: OpenRouterLookups['getCredits'];
  /** `GET /models/{author}/{slug}/endpoints`: the providers serving a model, with pricing, context, quantization and uptime. */
  listEndpoints: OpenRouterLookups['listEndpoints'];
  /** OpenRouter's server tools (web search, web fetch, datetime, ...), for `tools` of generateText / streamText. */
  readonly tools: OpenRouterServerTools<'provider-defined'>;
  /** Text to speech through OpenRouter's /audio/speech. */
  speechModel(modelId: OpenClawRouterSpeechModelId, settings?: OpenClawRouterSpeechSettings): SpeechModelV2;
  speech(modelId: OpenClawRouterSpeechModelId, settings?: OpenClawRouterSpeechSettings): SpeechModelV2;
  /** Speech to text through OpenRouter's /audio/transcriptions. */
  transcriptionModel(modelId: OpenClawRouterTranscriptionModelId, settings?: OpenClawRouterTranscriptionSettings): TranscriptionModelV2;
  transcription(modelId: OpenClawRouterTranscriptionModelId, settings?: OpenClawRouterTranscriptionSettings): TranscriptionModelV2;
}

/** The provider for AI SDK 5 (V2 models). */
export function createOpenClawRouter(settings: OpenClawRouterSettings = {}): OpenClawRouterProvider {
  const core = createProviderCore(settings);
  const chat = (modelId?: OpenClawRouterModelId, modelSettings?: OpenClawRouterChatSettings) => new OpenClawRouterChatLanguageModel(core.chat(modelId, modelSettings));
  const textEmbeddingModel = (modelId: OpenClawRouterEmbeddingModelId, modelSettings?: OpenClawRouterEmbeddingSettings) =>
    new OpenClawRouterEmbeddingModel(core.embedding('textEmbeddingModel', modelId, modelSettings));
  const imageModel = (modelId?: OpenClawRouterImageModelId, modelSettings?: OpenClawRouterImageSettings) =>
    new OpenClawRouterImageModel(core.image(modelId, modelSettings));
  const speechModel = (modelId: OpenClawRouterSpeechModelId, modelSettings?: OpenClawRouterSpeechSettings) =>
    new OpenClawRouterSpeechModel(core.speech(modelId, modelSettings));
  const transcriptionModel = (modelId: OpenClawRouterTranscriptionModelId, modelSettings?: OpenClawRouterTranscriptionSettings) =>
    new OpenClawRouterTranscriptionModel(core.transcription(modelId, modelSettings));
  return callableProvider(chat, {
    languageModel: chat,
    chat,
    textEmbeddingModel,
    embedding: textEmbeddingModel,
    imageModel,
    image: imageModel,
    getGeneration: core.lookups.getGeneration,
    listModels: core.lookups.listModels,
    getKey: core.lookups.getKey,
    getCredits: core.lookups.getCredits,
    listEndpoints: core.lookups.listEndpoints,
    tools: createServerTools('provider-defined'),
    speechModel,
    speech: speechModel,
    transcriptionModel,
    transcription: transcriptionModel,
  }) as OpenClawRouterProvider;
}

/** A ready instance reading OPENROUTER_API_KEY at request time. */
export const openclawRouter = createOpenClawRouter();
