import { CHINESE_SCRIPTS, COMPOSE_TONES, DISPLAY_STYLES, TARGET_LANGUAGES, defaultSettings } from './schema';
import type { ProviderSettings, Settings } from './schema';
import { readPageSwitches } from './page-switches';
import { PROVIDER_IDS, isProviderId } from './provider-catalog';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick<T>(value: unknown, valid: (v: unknown) => v is T, fallback: T): T {
  return valid(value) ? value : fallback;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isTarget = (v: unknown): v is Settings['targetLanguage'] =>
  typeof v === 'string' && Object.hasOwn(TARGET_LANGUAGES, v);
const isStyle = (v: unknown): v is Settings['display']['style'] =>
  DISPLAY_STYLES.includes(v as never);
const isChineseScript = (v: unknown): v is Settings['compose']['chinese'] =>
  typeof v === 'string' && Object.hasOwn(CHINESE_SCRIPTS, v);
const isTone = (v: unknown): v is Settings['compose']['tone'] => typeof v === 'string' && Object.hasOwn(COMPOSE_TONES, v);

/** Glossary limits: enough for a reader's list, small enough for every AI prompt. */
const MAX_GLOSSARY_ENTRIES = 300;
const MAX_TERM_CHARS = 24;
const MAX_RENDERING_CHARS = 120;
const HAN = /\p{Script=Han}/u;

/** Keeps the entries that are a Chinese term and a rendering, trimmed; drops the rest alone. */
function repairGlossary(value: unknown, fallback: Record<string, string>): Record<string, string> {
  if (!isObject(value)) return fallback;
  const entries = Object.entries(value)
    .map(([term, rendering]) => [term.trim(), typeof rendering === 'string' ? rendering.trim() : ''] as const)
    .filter(([term, rendering]) => HAN.test(term) && term.length <= MAX_TERM_CHARS && rendering && rendering.length <= MAX_RENDERING_CHARS)
    .slice(0, MAX_GLOSSARY_ENTRIES);
  return Object.fromEntries(entries);
}

/**
 * An endpoint is a plain http(s) base URL: anything else would send keys somewhere unexpected,
 * and a query, fragment or credentials would break the paths providers append to it.
 */
export function isEndpoint(value: unknown): value is string {
  if (typeof value !== 'string' || value !== value.trim()) return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      !url.search && !url.hash && !url.username && !url.password
    );
  } catch {
    return false;
  }
}

function repairProvider(value: unknown, fallback: ProviderSettings): ProviderSettings {
  const raw = isObject(value) ? value : {};
  const endpoint = typeof raw.endpoint === 'string' ? raw.endpoint.trim() : raw.endpoint;
  return {
    endpoint: isEndpoint(endpoint) ? endpoint.replace(/\/+$/, '') : fallback.endpoint,
    apiKey: pick(raw.apiKey, isString, fallback.apiKey).trim(),
    model: pick(raw.model, isString, fallback.model).trim(),
  };
}

/**
 * Takes anything (a stored object, an imported file) and returns valid settings. Each field is
 * checked on its own: a bad one falls back to its default and the rest is kept. Unknown fields
 * are dropped. The input must already be at the current version (see migrate()).
 */
export function repairSettings(input: unknown): Settings {
  const defaults = defaultSettings();
  const raw = isObject(input) ? input : {};
  const provider = pick(raw.provider, isProviderId, defaults.provider);
  const fallbacks = [
    ...new Set(Array.isArray(raw.fallbacks) ? raw.fallbacks.filter(isProviderId) : defaults.fallbacks),
  ].filter((id) => id !== provider);
  const rawProviders = isObject(raw.providers) ? raw.providers : {};
  const rawDisplay = isObject(raw.display) ? raw.display : {};
  const rawCompose = isObject(raw.compose) ? raw.compose : {};
  const switches = readPageSwitches(raw);
  return {
    version: defaults.version,
    enabled: switches.enabled,
    targetLanguage: pick(raw.targetLanguage, isTarget, defaults.targetLanguage),
    provider,
    fallbacks,
    providers: Object.fromEntries(
      PROVIDER_IDS.map((id) => [id, repairProvider(rawProviders[id], defaults.providers[id])]),
    ) as Settings['providers'],
    sites: switches.sites,
    display: { style: pick(rawDisplay.style, isStyle, defaults.display.style) },
    compose: {
      shortcut: switches.compose.shortcut,
      chinese: pick(rawCompose.chinese, isChineseScript, defaults.compose.chinese),
      tone: pick(rawCompose.tone, isTone, defaults.compose.tone),
    },
    glossary: repairGlossary(raw.glossary, defaults.glossary),
  };
}
