/** A notification the emulator made for a video job submitted with a `callback_url`. */
export interface VideoNotification {
  /** The job's `callback_url`, as submitted. */
  callbackUrl: string;
  /** The loopback URL it was POSTed to (from `videoCallbackTargets`); absent when none was mapped. */
  deliveredTo?: string;
  /** The JSON body sent: the job as OpenRouter describes it. */
  body: Record<string, unknown>;
  /** The receiver's HTTP status, once delivered. */
  status?: number;
  /** Why delivery failed (connection refused, ...). */
  error?: string;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Delivers job notifications the way OpenRouter does (a JSON POST to the job's callback URL), but
 * only to loopback: the emulator is offline, so a callback URL (https, as OpenRouter requires) is
 * mapped to a local receiver by `videoCallbackTargets`: by the exact URL, or by its origin with
 * the callback's path and query kept.
 */
export class VideoNotifier {
  readonly sent: VideoNotification[] = [];
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly targets: Record<string, string> = {}) {
    for (const [from, to] of Object.entries(targets)) {
      const host = parseUrl(to)?.host.replace(/:\d+$/, '');
      if (host === undefined || !LOOPBACK_HOSTS.has(host)) {
        throw new Error(
          `videoCallbackTargets["${from}"] must be a loopback http(s) URL (127.0.0.1, localhost or [::1]): the emulator sends nothing off this machine; got ${JSON.stringify(to)}.`,
        );
      }
    }
  }

  /** Records the notification and POSTs it to its mapped receiver, if any; never throws. */
  notify(callbackUrl: string, body: Record<string, unknown>): void {
    const notification: VideoNotification = { callbackUrl, body };
    this.sent.push(notification);
    const target = this.targetOf(callbackUrl);
    if (target === undefined) return;
    notification.deliveredTo = target;
    const delivery = fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(async (response) => {
        notification.status = response.status;
        await response.arrayBuffer();
      })
      .catch((error: unknown) => {
        notification.error = error instanceof Error ? error.message : String(error);
      })
      .finally(() => this.inFlight.delete(delivery));
    this.inFlight.add(delivery);
  }

  /** The exact URL's target, else its origin's with the callback's path and query kept. */
  private targetOf(callbackUrl: string): string | undefined {
    const exact = this.targets[callbackUrl];
    if (exact !== undefined) return exact;
    const url = parseUrl(callbackUrl);
    const base = url && this.targets[url.origin];
    return base === undefined || url === undefined ? undefined : new URL(`${url.pathname}${url.search}`, base).href;
  }

  /** Waits for every delivery under way (used before the emulator closes). */
  async settled(): Promise<void> {
    await Promise.all(this.inFlight);
  }

  reset(): void {
    this.sent.length = 0;
  }
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
