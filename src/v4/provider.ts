import type {
  EmbeddingModelV4,
  Experimental_VideoModelV4,
  ImageModelV4,
  LanguageModelV4,
  ProviderV4,
  RerankingModelV4,
  SpeechModelV4,
  TranscriptionModelV4,
} from '@ai-sdk/provider-v4';
import { callableProvider } from '../core/callable-provider';
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
import { OpenClawRouterChatLanguageModel } from './chat-language-model';
import { OpenClawRouterEmbeddingModel } from './embedding-model';
import { OpenClawRouterImageModel } from './image-model';
import { OpenClawRouterRerankingModel } from './reranking-model';
import { OpenClawRouterSpeechModel } from './speech-model';
import { OpenClawRouterTranscriptionModel } from './transcription-model';
import { OpenClawRouterVideoModel } from './video-model';
import { OpenClawRouterFiles } from './files';
import { FilesCore } from '../core/files/files-core';
import type { OpenClawRouterSpeechModelId } from '../core/speech/speech-model-core';
import type { OpenClawRouterSpeechSettings } from '../core/speech/speech-options';
import type { OpenClawRouterTranscriptionModelId } from '../core/transcription/transcription-model-core';
import type { OpenClawRouterTranscriptionSettings } from '../core/transcription/transcription-options';
import type { OpenClawRouterRerankingModelId } from '../core/reranking/reranking-model-core';
import type { OpenClawRouterRerankingSettings } from '../core/reranking/reranking-options';
import type { OpenClawRouterVideoModelId } from '../core/video/video-model-core';
import type { OpenClawRouterVideoSettings } from '../core/video/video-options';

export type OpenClawRouterChatSettings = OpenRouterOptions;

export interface OpenClawRouterProvider extends ProviderV4 {
  (modelId?: OpenClawRouterModelId, settings?: OpenClawRouterChatSettings): LanguageModelV4;
  readonly specificationVersion: 'v4';
  languageModel(modelId?: OpenClawRouterModelId, settings?: OpenClawRouterChatSettings): LanguageModelV4;
  chat(modelId?: OpenClawRouterModelId, settings?: OpenClawRouterChatSettings): LanguageModelV4;
  /** Image generation; default model google/gemini-3.1-flash-image-preview. */
  imageModel(modelId?: OpenClawRouterImageModelId, settings?: OpenClawRouterImageSettings): ImageModelV4;
  image(modelId?: OpenClawRouterImageModelId, settings?: OpenClawRouterImageSettings): ImageModelV4;
  /** Embeddings through OpenRouter's /embeddings. */
  embeddingModel(modelId: OpenClawRouterEmbeddingModelId, settings?: OpenClawRouterEmbeddingSettings): EmbeddingModelV4;
  embedding(modelId: OpenClawRouterEmbeddingModelId, settings?: OpenClawRouterEmbeddingSettings): EmbeddingModelV4;
  /** Another name for `embeddingModel`, as the other entries and the official provider have it. */
  textEmbeddingModel(modelId: OpenClawRouterEmbeddingModelId, settings?: OpenClawRouterEmbeddingSettings): EmbeddingModelV4;
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
  readonly tools: OpenRouterServerTools<'provider'>;
  /** Text to speech through OpenRouter's /audio/speech. */
  speechModel(modelId: OpenClawRouterSpeechModelId, settings?: OpenClawRouterSpeechSettings): SpeechModelV4;
  speech(modelId: OpenClawRouterSpeechModelId, settings?: OpenClawRouterSpeechSettings): SpeechModelV4;
  /** Speech to text through OpenRouter's /audio/transcriptions. */
  transcriptionModel(modelId: OpenClawRouterTranscriptionModelId, settings?: OpenClawRouterTranscriptionSettings): TranscriptionModelV4;
  transcription(modelId: OpenClawRouterTranscriptionModelId, settings?: OpenClawRouterTranscriptionSettings): TranscriptionModelV4;
  /** Reranking through OpenRouter's /rerank, with provider routing. */
  rerankingModel(modelId: OpenClawRouterRerankingModelId, settings?: OpenClawRouterRerankingSettings): RerankingModelV4;
  reranking(modelId: OpenClawRouterRerankingModelId, settings?: OpenClawRouterRerankingSettings): RerankingModelV4;
  /** Video generation through OpenRouter's asynchronous /videos jobs. */
  videoModel(modelId: OpenClawRouterVideoModelId, settings?: OpenClawRouterVideoSettings): Experimental_VideoModelV4;
  video(modelId: OpenClawRouterVideoModelId, settings?: OpenClawRouterVideoSettings): Experimental_VideoModelV4;
  /** OpenRouter's `/files` (beta) for AI SDK 7's `uploadFile({ api: router, ... })`; references are `{ openrouter: '<file id>' }`. */
  files(): OpenClawRouterFiles;
}

/** The provider for AI SDK 7 (V4 models). */
export function createOpenClawRouter(settings: OpenClawRouterSettings = {}): OpenClawRouterProvider {
  const core = createProviderCore(settings);
  const chat = (modelId?: OpenClawRouterModelId, modelSettings?: OpenClawRouterChatSettings) => new OpenClawRouterChatLanguageModel(core.chat(modelId, modelSettings));
  const embeddingModel = (modelId: OpenClawRouterEmbeddingModelId, modelSettings?: OpenClawRouterEmbeddingSettings) =>
    new OpenClawRouterEmbeddingModel(core.embedding('embeddingModel', modelId, modelSettings));
  const imageModel = (modelId?: OpenClawRouterImageModelId, modelSettings?: OpenClawRouterImageSettings) =>
    new OpenClawRouterImageModel(core.image(modelId, modelSettings));
  const speechModel = (modelId: OpenClawRouterSpeechModelId, modelSettings?: OpenClawRouterSpeechSettings) =>
    new OpenClawRouterSpeechModel(core.speech(modelId, modelSettings));
  const transcriptionModel = (modelId: OpenClawRouterTranscriptionModelId, modelSettings?: OpenClawRouterTranscriptionSettings) =>
    new OpenClawRouterTranscriptionModel(core.transcription(modelId, modelSettings));
  const rerankingModel = (modelId: OpenClawRouterRerankingModelId, modelSettings?: OpenClawRouterRerankingSettings) =>
    new OpenClawRouterRerankingModel(core.reranking(modelId, modelSettings));
  const videoModel = (modelId: OpenClawRouterVideoModelId, modelSettings?: OpenClawRouterVideoSettings) =>
    new OpenClawRouterVideoModel(core.video(modelId, modelSettings));
  return callableProvider(chat, {
    specificationVersion: 'v4' as const,
    languageModel: chat,
    chat,
    embeddingModel,
    embedding: embeddingModel,
    textEmbeddingModel: embeddingModel,
    imageModel,
    image: imageModel,
    getGeneration: core.lookups.getGeneration,
    listModels: core.lookups.listModels,
    getKey: core.lookups.getKey,
    getCredits: core.lookups.getCredits,
    listEndpoints: core.lookups.listEndpoints,
    tools: createServerTools('provider'),
    speechModel,
    speech: speechModel,
    transcriptionModel,
    transcription: transcriptionModel,
    rerankingModel,
    reranking: rerankingModel,
    videoModel,
    video: videoModel,
    files: () => new OpenClawRouterFiles(new FilesCore(core.config)),
  });
}

/** A ready instance reading OPENROUTER_API_KEY at request time. */
export const openclawRouter = createOpenClawRouter();
