import { browser } from '#imports';
import { PIPELINE_LOADED_FLAG } from '../messaging/pipeline-files';
import { resend } from '../messaging/resend';
import { readPageSwitches, type PageSwitches } from '../settings/page-switches';

/**
 * The gate's own small channel to the extension, without the settings store's and the typed
 * protocol's code (it must stay a few kilobytes): the stored settings read raw, and one plain
 * message asking the background for the pipeline, which the typed protocol leaves alone.
 */
export type WakeReason = 'page' | 'compose';

export interface GateWakeMessage {
  ferryGate: 'wake';
  reason: WakeReason;
  /**
   * Whether the pipeline runs in this frame already (the popup loaded it): the gate shares its
   * content-script world, so the background need not ask the frame before injecting.
   */
  loaded: boolean;
}

export function isGateWakeMessage(value: unknown): value is GateWakeMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { ferryGate, reason, loaded } = value as Record<string, unknown>;
  return ferryGate === 'wake' && (reason === 'page' || reason === 'compose') && typeof loaded === 'boolean';
}

/**
 * Asks the background to load the pipeline into this frame; after a failure (a background that
 * is starting or restarting, a frame not ready to be injected) it asks again, a few times.
 */
export async function sendWake(reason: WakeReason, { tries = 3, delayMs = 500 } = {}): Promise<void> {
  const waits = Array.from({ length: tries - 1 }, (_, i) => delayMs * (i + 1));
  await resend(() => {
    // Read at each try: a try whose answer was lost may have loaded it.
    const loaded = (globalThis as Record<string, unknown>)[PIPELINE_LOADED_FLAG] === true;
    const message: GateWakeMessage = { ferryGate: 'wake', reason, loaded };
    return browser.runtime.sendMessage(message);
  }, waits);
}

const SETTINGS_KEY = 'settings';

export async function loadPageSwitches(): Promise<PageSwitches> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readPageSwitches(stored[SETTINGS_KEY]);
}

/** Calls `listener` whenever the stored settings change; returns the unsubscribe function. */
export function watchPageSwitches(listener: (switches: PageSwitches) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(readPageSwitches(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
