import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isGateWakeMessage, sendWake } from '../../../utils/gate/gate-channel';
import { PIPELINE_LOADED_FLAG } from '../../../utils/messaging/pipeline-files';

describe("the gate's wake-up message", () => {
  afterEach(() => vi.useRealTimers());

  it('asks again after a failure (a background starting up), and gives up after a few tries', async () => {
    vi.useFakeTimers();
    const sent: unknown[] = [];
    let failures = 2;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      if (failures-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      return undefined;
    });
    const woken = sendWake('page', { tries: 3, delayMs: 100 });
    await vi.runAllTimersAsync();
    await expect(woken).resolves.toBeUndefined();
    const page = { ferryGate: 'wake', reason: 'page', loaded: false };
    expect(sent).toEqual([page, page, page]);

    failures = 5;
    const refused = sendWake('compose', { tries: 2, delayMs: 100 });
    const settled = expect(refused).rejects.toThrow('Receiving end does not exist');
    await vi.runAllTimersAsync();
    await settled;
    expect(sent).toHaveLength(5);
  });

  it('says whether the pipeline runs in its frame already, as it is at each try', async () => {
    const sent: unknown[] = [];
    const world = globalThis as Record<string, unknown>;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      if (sent.length === 1) {
        world[PIPELINE_LOADED_FLAG] = true; // loaded, but the answer was lost
        throw new Error('The message port closed before a response was received.');
      }
      return undefined;
    });
    try {
      await sendWake('compose', { tries: 2, delayMs: 0 });
    } finally {
      delete world[PIPELINE_LOADED_FLAG];
    }
    expect(sent).toEqual([
      { ferryGate: 'wake', reason: 'compose', loaded: false },
      { ferryGate: 'wake', reason: 'compose', loaded: true },
    ]);
  });

  it('knows its own message and nothing else', () => {
    expect(isGateWakeMessage({ ferryGate: 'wake', reason: 'compose', loaded: true })).toBe(true);
    expect(isGateWakeMessage({ ferryGate: 'wake', reason: 'compose' })).toBe(false);
    expect(isGateWakeMessage({ ferryGate: 'wake', reason: 'other', loaded: false })).toBe(false);
    expect(isGateWakeMessage({ type: 'translate' })).toBe(false);
    expect(isGateWakeMessage(null)).toBe(false);
  });
});
