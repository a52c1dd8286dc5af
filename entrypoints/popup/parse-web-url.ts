/**
 * The parsed URL when it is an http(s) page, the only kind of page Ferry runs on; undefined for
 * anything else (browser pages, stores, extension pages, files) or for no URL at all.
 */
export function parseWebUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
}
