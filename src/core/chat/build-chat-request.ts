import type { ChatCallOptions } from '../model-io/call-types';
import type { CoreWarning } from '../model-io/result-types';
import { platformHeaders } from '../platform/platform-headers';
import { mergeShallow } from '../util/merge-options';
import { RESERVED_BODY_KEYS, parseOpenRouterOptions, toWireFields, type OpenRouterOptions } from './chat-options';
import { convertToOpenRouterMessages } from './convert-to-openrouter-messages';
import type { OpenRouterChatRequest } from '../wire/openrouter-wire-types';
import { prepareTools } from './prepare-tools';
import { unknownOptionWarnings } from './unknown-options';
import type { ServerToolNames } from './server-tool-names';
import { applyRequestPolicies, type RequestPolicyContext } from './policies';

export interface ChatRequestInput {
  modelId: string;
  call: ChatCallOptions;
  /** Options set when the model was created (`router(id, settings)`). */
  modelSettings: OpenRouterOptions;
  /** toWireFields of the provider's and the model's options, when the caller keeps them mapped. */
  wireFields?: { provider: Record<string, unknown>; model: Record<string, unknown> };
  /** Body fields from the provider's `extraBody` setting. */
  providerExtraBody?: Record<string, unknown>;
  policy: Omit<RequestPolicyContext, 'modelId' | 'callOptions' | 'modelOptions' | 'call'>;
  stream: boolean;
}

export interface BuiltChatRequest {
  body: OpenRouterChatRequest;
  /** OpenRouter's platform headers the settings ask for (response cache, router metadata). */
  headers: Record<string, string>;
  serverToolNames: ServerToolNames;
  warnings: CoreWarning[];
}

/**
 * Call options -> OpenRouter request body, with warnings for what the route
 * cannot honour. Pure: no I/O, so every rule is testable without HTTP.
 * Precedence, later wins: provider extraBody, provider settings, standard
 * call options, model settings, model extraBody, providerOptions.openrouter,
 * its extraBody. The
 * request's own fields (model, messages, tools, stream) always win.
 */
/** Fields only the call itself sets; no settings layer may replace them. */
const REQUEST_OWNED_KEYS: ReadonlySet<string> = new Set(RESERVED_BODY_KEYS);

export function buildChatRequest(input: ChatRequestInput): BuiltChatRequest {
  const { call, modelSettings } = input;
  const callOptions = parseOpenRouterOptions(call.providerOptions?.openrouter, 'providerOptions.openrouter');
  const warnings: CoreWarning[] = [...unknownOptionWarnings(modelSettings, 'modelSettings'), ...unknownOptionWarnings(callOptions, 'providerOptions.openrouter')];

  const prompt = convertToOpenRouterMessages(call.prompt);
  warnings.push(...prompt.warnings);
  const tools = prepareTools(call.tools, call.toolChoice);
  warnings.push(...tools.warnings);

  const standard: Record<string, unknown> = {
    max_tokens: call.maxOutputTokens,
    temperature: call.temperature,
    top_p: call.topP,
    top_k: call.topK,
    frequency_penalty: call.frequencyPenalty,
    presence_penalty: call.presencePenalty,
    seed: call.seed,
    stop: stopSequences(call.stopSequences, warnings),
    response_format: responseFormat(call.responseFormat, callOptions.strictJsonSchema ?? modelSettings.strictJsonSchema),
  };

  const merged = mergeShallow<Record<string, unknown>>(
    input.providerExtraBody,
    input.wireFields?.provider ?? toWireFields(input.policy.providerOptions),
    standard,
    input.wireFields?.model ?? toWireFields(modelSettings),
    modelSettings.extraBody,
    toWireFields(callOptions),
    callOptions.extraBody,
  );

  // Copied key by key rather than spread-then-deleted: `delete` would push the
  // body into V8's slow dictionary mode right before it is serialized.
  const body: OpenRouterChatRequest = { model: input.modelId, messages: prompt.messages };
  for (const key in merged) if (!REQUEST_OWNED_KEYS.has(key)) body[key] = merged[key];
  if (tools.tools) body.tools = tools.tools;
  if (tools.tool_choice !== undefined) body.tool_choice = tools.tool_choice;
  if (input.stream) {
    body.stream = true;
    body.stream_options = { include_usage: true };
  }

  const policed = applyRequestPolicies(body, {
    ...input.policy,
    modelId: input.modelId,
    callOptions,
    modelOptions: modelSettings,
    call,
  });
  warnings.push(...policed.warnings);

  const providerOptions = input.policy.providerOptions;
  const platform = platformHeaders({
    isVerifiedRoute: input.policy.isVerifiedRoute,
    responseCache: [providerOptions.responseCache, modelSettings.responseCache, callOptions.responseCache],
    routerMetadata: [providerOptions.routerMetadata, modelSettings.routerMetadata, callOptions.routerMetadata],
  });
  warnings.push(...platform.warnings);
  return { body: policed.body, headers: platform.headers, serverToolNames: tools.serverToolNames, warnings };
}

function responseFormat(format: ChatCallOptions['responseFormat'], strict: boolean | undefined): unknown {
  if (format?.type !== 'json') return undefined;
  if (format.schema == null) return { type: 'json_object' };
  return {
    type: 'json_schema',
    json_schema: {
      name: format.name ?? 'response',
      ...(format.description !== undefined ? { description: format.description } : {}),
      schema: format.schema,
      strict: strict ?? true,
    },
  };
}

/** OpenRouter's `stop` takes at most 4 sequences. */
const MAX_STOP_SEQUENCES = 4;

function stopSequences(sequences: string[] | undefined, warnings: CoreWarning[]): string[] | undefined {
  if (!sequences || sequences.length === 0) return undefined;
  if (sequences.length <= MAX_STOP_SEQUENCES) return sequences;
  warnings.push({
    type: 'other',
    message: `stopSequences has ${sequences.length} entries; OpenRouter takes at most ${MAX_STOP_SEQUENCES}, so only the first ${MAX_STOP_SEQUENCES} were sent.`,
  });
  return sequences.slice(0, MAX_STOP_SEQUENCES);
}
