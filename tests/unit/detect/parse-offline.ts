import { Window } from 'happy-dom';

/**
 * Parses a saved page into a Document without letting happy-dom fetch anything: saved pages
 * link stylesheets, scripts and iframes on the internet, and tests never reach it.
 */
export function parseOffline(html: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url: 'http://127.0.0.1/',
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ window: requester }) =>
            new requester.Response('', { status: 404 }),
        },
      },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  return {
    document: document as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}
