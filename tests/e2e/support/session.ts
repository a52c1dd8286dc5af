import { afterAll, beforeAll } from 'vitest';
import type { NetworkProviderId } from '../../../utils/settings/provider-catalog';
import { launchFerryBrowser, type BrowserName, type FerryBrowser, type OpenPageOptions, type PageLike } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { startTranslator, type E2eTranslator } from './translator-mock';

/**
 * One browser with the built extension, one fixture server and one mock translator, for the tests
 * of a `describe` block. A fresh profile per block, so the translation cache starts empty.
 */
export interface FerrySession {
  readonly name: BrowserName;
  readonly browser: FerryBrowser;
  readonly server: FixtureServer;
  readonly translator: E2eTranslator;
  /** Opens a page of the fixture server (`/fixtures/...`, `/shared/...` or a route). */
  open(path: string, options?: OpenPageOptions): Promise<PageLike>;
  /** Requests the mock has seen so far. */
  requestCount(): number;
}

export interface FerrySessionOptions {
  provider?: NetworkProviderId;
  /** The mock translator answers after this long (a real service's round trip). */
  delayMs?: number;
}

export function useFerrySession(name: BrowserName, options: FerrySessionOptions = {}): FerrySession {
  let browser: FerryBrowser | undefined;
  let server: FixtureServer | undefined;
  let translator: E2eTranslator | undefined;

  beforeAll(async () => {
    [server, translator] = await Promise.all([startFixtureServer(), startTranslator(options.provider, { delayMs: options.delayMs })]);
    browser = await launchFerryBrowser(name);
    await browser.setSettings(translator.settings());
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([server?.close(), translator?.close()]);
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready (beforeAll failed?)`);
    return value;
  };
  return {
    name,
    get browser() {
      return need(browser, 'browser');
    },
    get server() {
      return need(server, 'fixture server');
    },
    get translator() {
      return need(translator, 'mock translator');
    },
    open(path, openOptions) {
      return need(browser, 'browser').openPage(need(server, 'fixture server').url(path), openOptions);
    },
    requestCount() {
      return need(translator, 'mock translator').batches().length;
    },
  };
}
