import type { OpenRouterModel, OpenRouterModelPricing } from '../core/wire/models';
import type { JsonReply } from './types';

const CHAT_PARAMETERS = ['max_tokens', 'temperature', 'top_p', 'stop', 'seed', 'response_format', 'structured_outputs', 'tools', 'tool_choice'];
const REASONING_PARAMETERS = [...CHAT_PARAMETERS, 'reasoning', 'include_reasoning'];

function model(
  id: string,
  name: string,
  fields: {
    context: number;
    input: string[];
    output: string[];
    prompt: string;
    completion: string;
    parameters: string[];
    maxCompletion?: number;
    extraPricing?: Partial<OpenRouterModelPricing>;
  },
) {
  return {
    id,
    canonical_slug: id,
    name,
    created: 1767225600,
    description: `${name}, as the emulator lists it.`,
    context_length: fields.context,
    architecture: {
      modality: `${fields.input.join('+')}->${fields.output.join('+')}`,
      input_modalities: fields.input,
      output_modalities: fields.output,
      tokenizer: 'Other',
      instruct_type: null,
    },
    pricing: { prompt: fields.prompt, completion: fields.completion, ...fields.extraPricing },
    top_provider: { context_length: fields.context, max_completion_tokens: fields.maxCompletion ?? null, is_moderated: false },
    per_request_limits: null,
    supported_parameters: fields.parameters,
    default_parameters: null,
    supported_voices: null,
    knowledge_cutoff: null,
    expiration_date: null,
    links: { details: `/api/v1/models/${id}/endpoints` },
  } satisfies OpenRouterModel;
}

/** The models `GET /api/v1/models` lists: a few of each kind, with made-up prices. */
/** Typed as built (every field present), which is an `OpenRouterModel` too. */
export const LISTED_MODELS = [
  model('openai/gpt-4o-mini', 'OpenAI: GPT-4o-mini', {
    context: 128_000,
    input: ['text', 'image', 'file'],
    output: ['text'],
    prompt: '0.00000015',
    completion: '0.0000006',
    parameters: CHAT_PARAMETERS,
    maxCompletion: 16_384,
  }),
  model('openai/gpt-5-mini', 'OpenAI: GPT-5 Mini', {
    context: 400_000,
    input: ['text', 'image', 'file'],
    output: ['text'],
    prompt: '0.00000025',
    completion: '0.000002',
    parameters: REASONING_PARAMETERS,
    maxCompletion: 128_000,
  }),
  model('anthropic/claude-sonnet-4.5', 'Anthropic: Claude Sonnet 4.5', {
    context: 1_000_000,
    input: ['text', 'image', 'file'],
    output: ['text'],
    prompt: '0.000003',
    completion: '0.000015',
    parameters: REASONING_PARAMETERS,
    maxCompletion: 64_000,
    extraPricing: { input_cache_read: '0.0000003', input_cache_write: '0.00000375' },
  }),
  model('moonshotai/kimi-k2.6', 'MoonshotAI: Kimi K2.6', {
    context: 262_144,
    input: ['text'],
    output: ['text'],
    prompt: '0.0000006',
    completion: '0.0000025',
    parameters: REASONING_PARAMETERS,
  }),
  model('meta-llama/llama-3.1-8b-instruct', 'Meta: Llama 3.1 8B Instruct', {
    context: 131_072,
    input: ['text'],
    output: ['text'],
    prompt: '0.00000002',
    completion: '0.00000005',
    parameters: ['max_tokens', 'temperature', 'top_p', 'stop', 'seed'],
  }),
  model('google/gemini-3.1-flash-image-preview', 'Google: Gemini 3.1 Flash Image Preview', {
    context: 65_536,
    input: ['text', 'image'],
    output: ['image', 'text'],
    prompt: '0.0000005',
    completion: '0.000003',
    parameters: ['max_tokens', 'temperature', 'top_p', 'stop', 'seed', 'response_format'],
    extraPricing: { image: '0.0000005' },
  }),
  model('openai/text-embedding-3-small', 'OpenAI: Text Embedding 3 Small', {
    context: 8_192,
    input: ['text'],
    output: ['embeddings'],
    prompt: '0.00000002',
    completion: '0',
    parameters: [],
  }),
];

/**
 * `GET /api/v1/models` as OpenRouter answers it: text models unless `output_modalities` names
 * others (comma-separated, or `all`), narrowed to models taking every parameter in
 * `supported_parameters`.
 */
export function modelsReply(query: URLSearchParams): JsonReply {
  const modalities = (query.get('output_modalities') ?? 'text')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  const parameters = (query.get('supported_parameters') ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  const data = LISTED_MODELS.filter(
    (entry) =>
      (modalities.includes('all') || entry.architecture.output_modalities.some((modality) => modalities.includes(modality))) &&
      parameters.every((parameter) => entry.supported_parameters.includes(parameter)),
  );
  return { type: 'json', body: { data, total_count: data.length, links: { next: null } } };
}
