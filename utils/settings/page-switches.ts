import { DEFAULT_COMPOSE_SHORTCUT, formatShortcut, parseShortcut } from '../compose/shortcut';
import type { Settings, SiteRule } from './schema';

/**
 * The settings the gate needs on every page (whether Ferry is on, this site's rule, the
 * write-back shortcut), read from the stored object on their own. The gate cannot afford the full
 * repair (translator catalog, glossary); repairSettings reads these three fields with this module,
 * so both always agree.
 */
export interface PageSwitches {
  enabled: Settings['enabled'];
  sites: Settings['sites'];
  compose: { shortcut: Settings['compose']['shortcut'] };
}

export const DEFAULT_ENABLED = true;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isSiteRule = (v: unknown): v is SiteRule => v === 'always' || v === 'never';

/** A shortcut as the options page writes it ("alt+enter" -> "Alt+Enter"), if it is one. */
function canonicalShortcut(value: unknown): string | undefined {
  const shortcut = typeof value === 'string' ? parseShortcut(value) : undefined;
  return shortcut && formatShortcut(shortcut);
}

/** Each field checked on its own: a bad one falls back to its default, the rest is kept. */
export function readPageSwitches(input: unknown): PageSwitches {
  const raw = isObject(input) ? input : {};
  const rawSites = isObject(raw.sites) ? raw.sites : {};
  const rawCompose = isObject(raw.compose) ? raw.compose : {};
  return {
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : DEFAULT_ENABLED,
    sites: Object.fromEntries(
      Object.entries(rawSites).filter((entry): entry is [string, SiteRule] => entry[0].length > 0 && isSiteRule(entry[1])),
    ),
    compose: { shortcut: canonicalShortcut(rawCompose.shortcut) ?? DEFAULT_COMPOSE_SHORTCUT },
  };
}
