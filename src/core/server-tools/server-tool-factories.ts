import { InvalidArgumentError } from '@ai-sdk/provider';
import { jsonSchema } from '@ai-sdk/provider-utils';
import { closestName } from '../util/closest-name';
import { isPlainObject } from '../util/merge-options';
import { argTypeMismatch, describeArgValue, OPEN_ARG_TYPE, SERVER_TOOL_ARG_TYPES, type ServerToolArgsByFactory, type ServerToolArgType } from './server-tool-args';
import { SERVER_TOOL_ID_PREFIX, SERVER_TOOLS, type ServerToolDefinition, type ServerToolFactoryName } from './server-tool-catalog';

/** V2 calls a provider's own tools `provider-defined`; V3 and V4 call them `provider`. */
export type ProviderToolKind = 'provider-defined' | 'provider';

type ServerToolId<Factory extends ServerToolFactoryName> = `openrouter.${(typeof SERVER_TOOLS)[Factory]['name']}`;

/**
 * A server tool as the AI SDK takes it in `tools`. OpenRouter runs it, so it has no `execute`;
 * its calls and results come back as provider-executed tool parts.
 */
export interface OpenRouterServerTool<Kind extends ProviderToolKind, Id extends string, Args> {
  readonly type: Kind;
  readonly id: Id;
  /** OpenRouter's name of the tool, e.g. `web_search`. */
  readonly name: string;
  readonly args: Args;
  /**
   * What the model passes the tool (a search query, a URL, ...), as an AI SDK schema object; the
   * AI SDK reads it, callers do not. Typed `never`: each AI SDK major brands its schema type with
   * its own unique symbol, so no one type is each major's, and `never` is assignable to all three.
   */
  readonly inputSchema: never;
  readonly isProviderExecuted: true;
}

export type OpenRouterServerTools<Kind extends ProviderToolKind> = {
  [Factory in ServerToolFactoryName]: (args?: ServerToolArgsByFactory[Factory]) => OpenRouterServerTool<Kind, ServerToolId<Factory>, ServerToolArgsByFactory[Factory]>;
};

/** Any input: the model decides what to pass, OpenRouter checks it. */
const ANY_OBJECT = { type: 'object', additionalProperties: true } as const;

/** `router.tools` for one spec: the surface passes its kind of provider tool. */
export function createServerTools<Kind extends ProviderToolKind>(kind: Kind): OpenRouterServerTools<Kind> {
  const tools: Record<string, (args?: Record<string, unknown>) => unknown> = {};
  for (const [factory, definition] of Object.entries(SERVER_TOOLS) as Array<[ServerToolFactoryName, ServerToolDefinition]>) {
    tools[factory] = (args = {}) => {
      assertKnownArguments(factory, definition, args);
      assertArgumentTypes(factory, definition, args);
      return {
        type: kind,
        id: `${SERVER_TOOL_ID_PREFIX}${definition.name}`,
        name: definition.name,
        args,
        inputSchema: jsonSchema(ANY_OBJECT),
        isProviderExecuted: true,
      };
    };
  }
  return tools as OpenRouterServerTools<Kind>;
}

/** A misspelt argument would otherwise reach OpenRouter as an unknown parameter and be ignored there. */
function assertKnownArguments(factory: string, definition: ServerToolDefinition, args: unknown): void {
  if (!isPlainObject(args)) {
    throw new InvalidArgumentError({
      argument: `tools.${factory}`,
      message: `router.tools.${factory} takes an object of arguments, e.g. router.tools.${factory}({ ... }), or none.`,
    });
  }
  if (definition.open) return;
  for (const name of Object.keys(args)) {
    if (definition.arguments.includes(name)) continue;
    const close = closestName(name, definition.arguments);
    const known = definition.arguments.length > 0 ? `It takes: ${definition.arguments.join(', ')}.` : 'It takes no arguments.';
    throw new InvalidArgumentError({
      argument: `tools.${factory}.${name}`,
      message: `router.tools.${factory} got an unknown argument "${name}"${close ? `: did you mean "${close}"?` : '.'} ${known}`,
    });
  }
}

/** A value of the wrong type would reach OpenRouter and fail the whole request there, or be ignored. */
function assertArgumentTypes(factory: ServerToolFactoryName, definition: ServerToolDefinition, args: Record<string, unknown>): void {
  const types: Readonly<Record<string, ServerToolArgType>> = SERVER_TOOL_ARG_TYPES[factory];
  for (const [name, value] of Object.entries(args)) {
    const type = Object.hasOwn(types, name) ? types[name] : definition.open ? OPEN_ARG_TYPE : undefined;
    if (value === undefined || type === undefined) continue;
    const mismatch = argTypeMismatch(value, type, name);
    if (mismatch === undefined) continue;
    const got = mismatch.path === name ? value : valueAt(value, mismatch.path.slice(name.length + 1));
    throw new InvalidArgumentError({
      argument: `tools.${factory}.${mismatch.path}`,
      message: `router.tools.${factory}: "${mismatch.path}" must be ${typeof mismatch.expected === 'string' ? mismatch.expected : 'an object'}, got ${describeArgValue(got)}.`,
    });
  }
}

function valueAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined), value);
}
