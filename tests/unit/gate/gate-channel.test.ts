import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isGateWakeMessage, sendWake } from '../../../utils/gate/gate-channel';

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
    expect(sent).toEqual([{ ferryGate: 'wake', reason: 'page' }, { ferryGate: 'wake', reason: 'page' }, { ferryGate: 'wake', reason: 'page' }]);

    failures = 5;
    const refused = sendWake('compose', { tries: 2, delayMs: 100 });
    const settled = expect(refused).rejects.toThrow('Receiving end does not exist');
    await vi.runAllTimersAsync();
    await settled;
    expect(sent).toHaveLength(5);
  });

  it('knows its own message and nothing else', () => {
    expect(isGateWakeMessage({ ferryGate: 'wake', reason: 'compose' })).toBe(true);
    expect(isGateWakeMessage({ ferryGate: 'wake', reason: 'other' })).toBe(false);
    expect(isGateWakeMessage({ type: 'translate' })).toBe(false);
    expect(isGateWakeMessage(null)).toBe(false);
  });
});
