import type { Settings } from '@/utils/settings/schema';

/** Applies a change to the stored settings; the options page reports success or failure. */
export type SaveSettings = (change: (current: Settings) => Settings) => void;

/** What every settings section of the options page receives. */
export interface SettingsSectionProps {
  settings: Settings;
  save: SaveSettings;
}
