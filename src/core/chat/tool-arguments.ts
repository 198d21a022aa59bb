/**
 * Tool-call `function.arguments` as text. OpenRouter sends a JSON string, but some upstreams
 * send the object itself: it is serialised, never dropped, so a tool never runs with input other
 * than what the model sent (a value that is no object then fails the tool's input check, loudly).
 */
export function toolArgumentsText(args: unknown): string {
  if (typeof args === 'string') return args;
  return args == null ? '' : JSON.stringify(args);
}
