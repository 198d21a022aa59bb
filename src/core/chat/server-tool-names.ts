import { SERVER_TOOL_TYPE_PREFIX } from '../server-tools/server-tool-catalog';

/**
 * Which name the call gave each server tool (`tools: { search: router.tools.webSearch() }` calls
 * `openrouter:web_search` "search"). The AI SDK matches tool calls to tools by that name, so a
 * server tool call is reported under it.
 */
export class ServerToolNames {
  private readonly byType = new Map<string, string>();
  private readonly byName = new Map<string, string>();

  add(wireType: string, toolName: string): void {
    if (!this.byType.has(wireType)) this.byType.set(wireType, toolName);
    this.byName.set(toolName, wireType);
  }

  get isEmpty(): boolean {
    return this.byType.size === 0;
  }

  /** The wire type of the server tool the call named `toolName`, if it is one. */
  typeOf(toolName: string): string | undefined {
    return this.byName.get(toolName);
  }

  /** The call's name for a tool OpenRouter reports as `openrouter:web_search` (or `web_search`). */
  nameOf(reportedName: unknown): string | undefined {
    if (typeof reportedName !== 'string') return undefined;
    return this.byType.get(reportedName) ?? this.byType.get(`${SERVER_TOOL_TYPE_PREFIX}${reportedName}`);
  }
}
