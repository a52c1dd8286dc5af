import { isEndpoint } from '../../utils/settings/repair';

/**
 * Why an endpoint cannot be saved, or null when it can. Applies the settings repair rule
 * (isEndpoint) so the page refuses up front, with a reason, what storage would reset.
 */
export function validateEndpoint(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return 'Enter the server’s address, or reset to the default.';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return 'Not a web address. It should look like https://example.com or http://127.0.0.1:5000.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return 'The address must start with http:// or https://.';
  }
  if (!isEndpoint(trimmed)) {
    return 'Use the server’s base address, without a ?query, #fragment or user:password@.';
  }
  return null;
}
