/**
 * OpenRouter's sticky routing: requests that share a `session_id` go to the upstream the first one
 * went to, whatever later preferences say, so they keep hitting one prompt cache.
 */
export class EmulatorSessions {
  private readonly upstreams = new Map<string, string>();

  /** The upstream for a request: the session's, or `chosen` (which then becomes the session's). */
  upstream(sessionId: unknown, chosen: string): string {
    if (typeof sessionId !== 'string' || sessionId === '') return chosen;
    const sticky = this.upstreams.get(sessionId);
    if (sticky !== undefined) return sticky;
    this.upstreams.set(sessionId, chosen);
    return chosen;
  }

  clear(): void {
    this.upstreams.clear();
  }
}
