/**
 * The mock translators' deterministic "translation": the target tag, then the original text.
 * Readable in screenshots and lets a test check each translation sits under its own paragraph.
 */
export function mockTranslation(text: string, to: string): string {
  return `[${to}] ${text}`;
}
