/**
 * The translations this page has received, by source text: a card that a recycling list fills
 * with a note seen before shows its translation at once, with no message and no request. Bounded
 * (oldest dropped first); emptied when the translator or the target language changes.
 */
/** A translation as remembered: its text and the translator that made it. */
export interface Remembered {
  text: string;
  provider?: string;
}

export class TranslationMemo {
  private readonly entries = new Map<string, Remembered>();
  /** Bumped by `clear()`: a reply asked for before it belongs to the old translator or language. */
  private cleared = 0;

  constructor(private readonly max = 4000) {}

  get(text: string): Remembered | undefined {
    const translation = this.entries.get(text);
    if (translation !== undefined) {
      this.entries.delete(text);
      this.entries.set(text, translation);
    }
    return translation;
  }

  set(text: string, translation: Remembered): void {
    this.entries.delete(text);
    this.entries.set(text, translation);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
    this.cleared += 1;
  }

  get generation(): number {
    return this.cleared;
  }
}
