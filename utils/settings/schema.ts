import { DEFAULT_COMPOSE_SHORTCUT } from '../compose/shortcut';
import { DEFAULT_ENABLED } from './page-switches';
import { PROVIDER_IDS, providerFacts, type ProviderId } from './provider-catalog';

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
  /** Writing back: the shortcut that turns a field's English into Chinese, which Chinese, what tone. */
  compose: { shortcut: string; chinese: ChineseScript; tone: ComposeTone };
  /**
   * The reader's glossary: a Chinese term -> how to render it. AI translators are told to use
   * it (both ways); with the others it shows on hover over a translation that holds the term.
   */
  glossary: Record<string, string>;
}

/** How a reply written with an AI translator should sound. */
export const COMPOSE_TONES = { neutral: 'Neutral', casual: 'Casual, like a comment' } as const;
export type ComposeTone = keyof typeof COMPOSE_TONES;

/** RedNote slang a newcomer meets every day; the reader edits the list on the options page. */
export const STARTER_GLOSSARY: Readonly<Record<string, string>> = {
  种草: 'recommend / make someone want to buy',
  拔草: 'talk someone out of buying',
  宝子: 'babe (friendly address)',
  姐妹: 'sis (friendly address)',
  绝绝子: 'absolutely amazing',
  蹲: 'waiting for it too (following the thread)',
  求链接: 'link please',
  避雷: 'warning: avoid this',
  干货: 'useful tips, no fluff',
  安利: 'strongly recommend',
};

/** The defaults are the schema's source of truth: repair falls back to these, field by field. */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    enabled: DEFAULT_ENABLED,
    targetLanguage: 'en',
    provider: 'microsoft',
    // The offline dictionary is the last resort: a word-by-word gloss beats an error.
    fallbacks: ['dictionary'],
    providers: Object.fromEntries(
      PROVIDER_IDS.map((id) => [
        id,
        { endpoint: providerFacts(id).defaultEndpoint, apiKey: '', model: providerFacts(id).defaultModel ?? '' },
      ]),
    ) as Record<ProviderId, ProviderSettings>,
    sites: {},
    display: { style: 'soft' },
    compose: { shortcut: DEFAULT_COMPOSE_SHORTCUT, chinese: 'zh-Hans', tone: 'casual' },
    glossary: { ...STARTER_GLOSSARY },
  };
}
