import type { ProviderSettings } from '../settings/schema';
import { TranslateError, garbledReply, toTranslateError, type TranslateErrorKind } from './errors';
import type { ProviderDefinition, TranslateContext } from './provider';
import { notATranslation } from './quality-guard';
import { MAX_RETRY_AFTER_MS, retryDelay, serverPause } from './retry-delay';
import { takeBatch } from './take-batch';

/** One text for one provider, with what its request needs. */
export interface LaneItem {
  text: string;
  config: ProviderSettings;
  from: string;
  to: string;
  /** What the text is about (a page's title, the glossary): texts share a request only with their own. */
  context?: TranslateContext;
}

export interface ProviderLaneOptions {
  provider: ProviderDefinition;
  /** How long the first pending text waits for others to share its request. */
  flushDelayMs: number;
  now: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  random: () => number;
  /** Aborts every request and wait of this lane (the queue's lifetime). */
  signal: AbortSignal;
  /** Called once per HTTP attempt with the number of texts it carries. */
  onRequest: (items: number) => void;
}

interface PendingItem extends LaneItem {
  group: string;
  resolve: (text: string) => void;
  reject: (error: unknown) => void;
}

/**
 * One provider's queue: coalesces texts from every caller into requests within the provider's
 * limits, keeps at most `limits.concurrency` requests in flight, retries per the retry policy and
 * holds every request back while the provider has asked us to wait (Retry-After).
 */
export class ProviderLane {
  private pending: PendingItem[] = [];
  private active = 0;
  /** The flush window has passed for the texts now pending: send them when a slot frees. */
  private due = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Until when the server asked this provider to be left alone (Retry-After), and why. */
  private pausedUntil = 0;
  private pauseKind: TranslateErrorKind = 'rate-limit';

  constructor(private readonly options: ProviderLaneOptions) {}

  /** The translation of `item.text`; rejects with the last error once retries are spent. */
  translate(item: LaneItem): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const group = JSON.stringify([
        item.config.endpoint,
        item.config.apiKey,
        item.config.model,
        item.from,
        item.to,
        item.context ?? null,
      ]);
      this.pending.push({ ...item, group, resolve, reject });
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.due = true;
        this.pump();
      }, this.options.flushDelayMs);
      this.pump();
    });
  }

  private pump(): void {
    const { limits } = this.options.provider;
    while (this.active < limits.concurrency && this.pending.length > 0) {
      const batch = takeBatch(this.pending, limits);
      if (!batch.full && !this.due) break;
      const taken = new Set(batch.items);
      this.pending = this.pending.filter((item) => !taken.has(item));
      void this.run(batch.items);
    }
    if (this.pending.length === 0) {
      this.due = false;
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private async run(batch: PendingItem[]): Promise<void> {
    this.active += 1;
    try {
      const texts = await this.send(batch);
      batch.forEach((item, index) => {
        const text = texts[index] ?? '';
        // An answer that is no translation (blank, the Chinese back) is this provider failing
        // that text: it fails alone, so the chain tries the next provider for it.
        const wrong = notATranslation(item.text, text, item.to);
        if (wrong) item.reject(new TranslateError('bad-response', `The translator returned ${wrong}`));
        else item.resolve(text);
      });
    } catch (error) {
      for (const item of batch) item.reject(error);
    } finally {
      this.active -= 1;
      this.pump();
    }
  }

  private async send(batch: PendingItem[]): Promise<string[]> {
    const { provider, signal, now, sleep, random, onRequest } = this.options;
    const [first] = batch;
    if (!first) return [];
    const translator = provider.create(first.config);
    const texts = batch.map((item) => item.text);
    for (let attempt = 1; ; attempt += 1) {
      await this.waitOutPause();
      try {
        onRequest(texts.length);
        const translated = await translator.translate(texts, first.from, first.to, signal, first.context);
        if (translated.length !== texts.length) {
          throw garbledReply(`Got ${translated.length} of ${texts.length} translations`);
        }
        return translated;
      } catch (error) {
        if (signal.aborted) throw error;
        const failure = toTranslateError(error);
        const pause = serverPause(failure);
        // The server's wait applies to the whole provider: every request of this lane waits it
        // out, recorded even when this request gives up, so the lane's other batches still wait.
        if (pause !== undefined && now() + pause > this.pausedUntil) {
          this.pausedUntil = now() + pause;
          this.pauseKind = failure.kind;
        }
        const delay = retryDelay(failure, attempt, random);
        if (delay === undefined) throw failure;
        if (pause === undefined) await sleep(delay, signal);
      }
    }
  }

  /**
   * Sleeps until the provider's pause is over, again if another request extended it meanwhile.
   * @throws TranslateError when the pause is longer than a page waits: the chain falls back
   */
  private async waitOutPause(): Promise<void> {
    const { now, sleep, signal } = this.options;
    for (let wait = this.pausedUntil - now(); wait > 0; wait = this.pausedUntil - now()) {
      if (wait > MAX_RETRY_AFTER_MS) {
        throw new TranslateError(this.pauseKind, 'The translator asked to wait longer than Ferry waits', wait);
      }
      await sleep(wait, signal);
    }
  }
}
