/**
 * Chrome's on-device Translator API (Chrome 138+ on desktop, window contexts only: pages, the
 * content script, extension pages; never a service worker). What Ferry uses of it, typed here
 * because TypeScript's DOM library does not have it yet. Where it is missing (Firefox, older
 * Chrome, a worker) everything here says so and Ferry offers no on-device translator.
 */
export type OnDeviceAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface TranslatorInstance {
  translate(text: string): Promise<string>;
}

interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: Event & { loaded: number }) => void): void;
}

interface TranslatorApi {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<OnDeviceAvailability>;
  create(options: {
    sourceLanguage: string;
    targetLanguage: string;
    monitor?: (monitor: DownloadMonitor) => void;
  }): Promise<TranslatorInstance>;
}

/** Ferry's paragraphs are Chinese; the API's code for it. */
const SOURCE = 'zh';

function api(view: Window): TranslatorApi | undefined {
  return (view as unknown as { Translator?: TranslatorApi }).Translator;
}

/** 'missing' where the browser has no such API at all. */
export async function onDeviceAvailability(view: Window, to: string): Promise<OnDeviceAvailability | 'missing'> {
  const translator = api(view);
  if (!translator) return 'missing';
  try {
    return await translator.availability({ sourceLanguage: SOURCE, targetLanguage: to });
  } catch {
    return 'unavailable';
  }
}

/**
 * Downloads the model (must run from a click: Chrome asks for a user gesture), reporting progress
 * from 0 to 1. Rejects where the API is missing or the download fails.
 */
export async function downloadOnDeviceModel(view: Window, to: string, onProgress: (loaded: number) => void): Promise<void> {
  const translator = api(view);
  if (!translator) throw new Error('This browser has no on-device translator');
  await translator.create({
    sourceLanguage: SOURCE,
    targetLanguage: to,
    monitor: (monitor) => monitor.addEventListener('downloadprogress', (event) => onProgress(event.loaded)),
  });
}

/**
 * Translates with the model already on the device; rejects when it is missing, still
 * downloading, or fails, so the caller can use the other translators instead.
 */
export function createOnDeviceTranslate(view: Window): (texts: string[], to: string) => Promise<string[]> {
  const made = new Map<string, Promise<TranslatorInstance>>();
  return async (texts, to) => {
    const translator = api(view);
    if (!translator) throw new Error('No on-device translator in this browser');
    if ((await onDeviceAvailability(view, to)) !== 'available') throw new Error('The on-device model is not ready');
    let instance = made.get(to);
    if (!instance) {
      instance = translator.create({ sourceLanguage: SOURCE, targetLanguage: to });
      made.set(to, instance);
      instance.catch(() => made.delete(to));
    }
    const ready = await instance;
    return Promise.all(texts.map((text) => ready.translate(text)));
  };
}
