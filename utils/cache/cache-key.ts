import type { CacheKeyInput } from '../translate/cache-port';

/**
 * Hex SHA-256 of the key's fields as a JSON array. JSON keeps the field boundaries, so
 * ('a|b', 'c') and ('a', 'b|c') can never share a key the way a joined string could.
 */
export async function cacheKey(input: CacheKeyInput): Promise<string> {
  const json = JSON.stringify([input.provider, input.model, input.from, input.to, input.text]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(json));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
