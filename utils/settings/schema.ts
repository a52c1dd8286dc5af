import { DEFAULT_COMPOSE_SHORTCUT } from '../compose/shortcut';
import { PROVIDER_CATALOG, PROVIDER_IDS, type ProviderId } from './provider-catalog';

export const SETTINGS_VERSION = 1;

/** Languages a reader can pick as the translation target (BCP 47, as providers take them). */
export const TARGET_LANGUAGES = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  pt: 'Português',
  it: 'Italiano',
  ru: 'Русский',
  ja: '日本語',
  ko: '한국어',
  vi: 'Tiếng Việt',
  id: 'Bahasa Indonesia',
} as const;
export type TargetLanguage = keyof typeof TARGET_LANGUAGES;

export const DISPLAY_STYLES = ['soft', 'plain', 'highlight'] as const;
export type DisplayStyle = (typeof DISPLAY_STYLES)[number];

export type SiteRule = 'always' | 'never';

/** The Chinese a reply is written in: Simplified (mainland, RedNote) or Traditional (Taiwan, Hong Kong). */
export const CHINESE_SCRIPTS = { 'zh-Hans': 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese' } as const;
export type ChineseScript = keyof typeof CHINESE_SCRIPTS;

export interface ProviderSettings {
  endpoint: string;
  apiKey: string;
  model: string;
}

export interface Settings {
  version: number;
  enabled: boolean;
  targetLanguage: TargetLanguage;
  provider: ProviderId;
  fallbacks: ProviderId[];
  providers: Record<ProviderId, ProviderSettings>;
  /** Per-hostname rule; a host not listed follows `enabled` and the Chinese-page gate. */
  sites: Record<string, SiteRule>;
  display: { style: DisplayStyle };
  /** Writing back: the shortcut that turns a field's English into Chinese, and which Chinese. */
  compose: { shortcut: string; chinese: ChineseScript };
}

/** The defaults are the schema's source of truth: repair falls back to these, field by field. */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    enabled: true,
    targetLanguage: 'en',
    provider: 'microsoft',
    fallbacks: [],
    providers: Object.fromEntries(
      PROVIDER_IDS.map((id) => [
        id,
        { endpoint: PROVIDER_CATALOG[id].defaultEndpoint, apiKey: '', model: '' },
      ]),
    ) as Record<ProviderId, ProviderSettings>,
    sites: {},
    display: { style: 'soft' },
    compose: { shortcut: DEFAULT_COMPOSE_SHORTCUT, chinese: 'zh-Hans' },
  };
}
