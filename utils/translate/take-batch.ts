import type { ProviderLimits } from './provider';

export interface BatchCandidate {
  text: string;
  /** Items may share a request only when their groups match (same config and languages). */
  group: string;
}

export interface Batch<T> {
  items: T[];
  /** True when a limit stopped the batch: send it now rather than wait for more texts. */
  full: boolean;
}

/**
 * The next request's items: the oldest pending item and the following ones of its group, in order,
 * within `maxItems` and `maxChars`. A text longer than `maxChars` on its own goes alone.
 */
export function takeBatch<T extends BatchCandidate>(pending: readonly T[], limits: ProviderLimits): Batch<T> {
  const first = pending[0];
  if (!first) return { items: [], full: false };
  const items: T[] = [];
  let chars = 0;
  for (const item of pending) {
    if (item.group !== first.group) continue;
    if (items.length === limits.maxItems) return { items, full: true };
    if (items.length > 0 && chars + item.text.length > limits.maxChars) return { items, full: true };
    items.push(item);
    chars += item.text.length;
  }
  return { items, full: items.length === limits.maxItems || chars >= limits.maxChars };
}
