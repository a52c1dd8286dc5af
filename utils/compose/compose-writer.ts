import type { TranslateResult } from '../messaging/protocol';
import { describeFailure } from '../page/describe-failure';
import type { ChineseScript } from '../settings/schema';
import { composeFieldOf, type ComposeField } from './compose-field';
import { ComposePanel } from './compose-panel';
import { matchesShortcut, parseShortcut } from './shortcut';

export interface ComposeWriterOptions {
  doc: Document;
  /** One text through the background, in `direction`, as a draft (no cache, chosen translator). */
  translate: (text: string, direction: { from: string; to: string }) => Promise<TranslateResult>;
  /** Read at each key press, so a change on the options page applies at once. */
  settings: () => { shortcut: string; chinese: ChineseScript; readerLanguage: string };
  signal: AbortSignal;
}

export interface ComposeWriter {
  /** The context menu's "Translate what I wrote into Chinese", for the focused field. */
  writeFocused(): void;
}

interface Draft {
  field: ComposeField;
  /** What the reader wrote, put back by Revert. */
  original: string;
  panel: ComposePanel;
  /** Bumped by each new attempt, so a late reply for an older one changes nothing. */
  attempt: number;
}

/**
 * Writing back: in a field the reader is typing in, the shortcut (Alt+Enter by default) or the
 * context menu turns what they wrote into Chinese, inserted as typing so the page's app sees it
 * and one undo restores it, with a panel showing the back-translation. Until asked, Ferry adds
 * nothing to the field and reads nothing of it; it never acts on a password field.
 */
export function watchCompose(options: ComposeWriterOptions): ComposeWriter {
  const { doc, signal } = options;
  let draft: Draft | undefined;

  const start = (field: ComposeField) => {
    const original = field.read();
    if (original.trim() === '') return;
    draft?.panel.close();
    const current: Draft = {
      field,
      original,
      attempt: 0,
      panel: new ComposePanel(
        field.element,
        {
          onRevert: () => {
            field.replace(current.original);
            current.panel.close();
          },
          onRetry: () => void write(current),
        },
        options.settings().readerLanguage,
      ),
    };
    draft = current;
    void write(current);
  };

  const write = async (current: Draft) => {
    const attempt = ++current.attempt;
    const stillCurrent = () => draft === current && current.attempt === attempt && current.panel.isOpen;
    const { chinese, readerLanguage } = options.settings();
    current.panel.showPending();
    const result = await options.translate(current.original.trim(), { from: 'auto', to: chinese }).catch(() => undefined);
    if (!stillCurrent()) return;
    if (!result?.ok || result.text.trim() === '') {
      current.panel.showError(result?.ok === false ? describeFailure(result.error.kind) : 'Could not reach the translator');
      return;
    }
    // The reader kept typing while it was translated: their text wins.
    if (current.field.read() !== current.original) {
      current.panel.showError('You changed the text meanwhile');
      return;
    }
    current.field.replace(result.text);
    const back = await options.translate(result.text, { from: chinese, to: readerLanguage }).catch(() => undefined);
    if (!stillCurrent()) return;
    current.panel.showDone(back?.ok && back.text.trim() ? back.text : undefined);
  };

  doc.defaultView?.addEventListener(
    'keydown',
    (event) => {
      const shortcut = parseShortcut(options.settings().shortcut);
      if (!shortcut || event.repeat || event.isComposing || !matchesShortcut(event, shortcut)) return;
      const field = composeFieldOf(event.composedPath()[0] ?? event.target);
      if (!field) return;
      // The page must not also act on it (a chat box that sends on Enter, a mention menu).
      event.preventDefault();
      event.stopImmediatePropagation();
      start(field);
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => draft?.panel.close());

  return {
    writeFocused() {
      const field = composeFieldOf(doc.activeElement);
      if (field) start(field);
    },
  };
}
