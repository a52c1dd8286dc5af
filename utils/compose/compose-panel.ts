export const COMPOSE_TAG = 'ferry-compose';

export type ComposeState = 'pending' | 'done' | 'error';

export interface ComposePanelHandlers {
  /** Puts the reader's own text back in the field. */
  onRevert: () => void;
  /** Tries the translation again after a failure. */
  onRetry: () => void;
}

/** Room kept between the field and the panel, and from the window's edges. */
const GAP_PX = 8;

/**
 * The small panel beside a field Ferry wrote Chinese into: the back-translation, so the writer
 * can check the meaning before sending, a Revert control, and on failure the reason with Retry.
 * It is `position: fixed` above the field (below when there is no room), never over the field,
 * added to the page's body (or the open dialog the field is in), never inside the field. Escape
 * or a click elsewhere closes it. Everything in it is text, never HTML.
 */
export class ComposePanel {
  readonly node: HTMLElement;
  private readonly message: HTMLElement;
  private readonly actions: HTMLElement;
  private readonly abort = new AbortController();

  constructor(
    private readonly field: HTMLElement,
    private readonly handlers: ComposePanelHandlers,
    lang: string,
  ) {
    const doc = field.ownerDocument;
    this.node = doc.createElement(COMPOSE_TAG);
    this.node.setAttribute('translate', 'no');
    this.node.setAttribute('lang', lang);
    this.node.setAttribute('role', 'status');
    this.node.className = 'notranslate';
    const title = doc.createElement('span');
    title.dataset.part = 'title';
    title.textContent = 'Ferry · 中文';
    this.message = doc.createElement('span');
    this.message.dataset.part = 'message';
    this.actions = doc.createElement('span');
    this.actions.dataset.part = 'actions';
    this.node.append(title, this.message, this.actions);
    (field.closest('dialog[open]') ?? doc.body).append(this.node);

    const { signal } = this.abort;
    const view = doc.defaultView;
    view?.addEventListener('scroll', () => this.place(), { capture: true, passive: true, signal });
    view?.addEventListener('resize', () => this.place(), { passive: true, signal });
    view?.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') this.close();
      },
      { capture: true, signal },
    );
    view?.addEventListener(
      'pointerdown',
      (event) => {
        const target = event.target instanceof Node ? event.target : null;
        if (!target || (!this.node.contains(target) && !this.field.contains(target))) this.close();
      },
      { capture: true, signal },
    );
  }

  get isOpen(): boolean {
    return this.node.isConnected;
  }

  showPending(): void {
    this.show('pending', 'Translating what you wrote into Chinese…', []);
  }

  showDone(backTranslation: string | undefined): void {
    const text =
      backTranslation === undefined
        ? 'Now in Chinese. (It could not be translated back to check.)'
        : `Now in Chinese. It reads back as: “${backTranslation}”`;
    this.show('done', text, [this.button('Revert', 'Put back what you wrote', this.handlers.onRevert)]);
  }

  showError(reason: string): void {
    this.show('error', `${reason}. What you wrote is unchanged.`, [
      this.button('Retry', 'Translate it again', this.handlers.onRetry),
    ]);
  }

  close(): void {
    this.abort.abort();
    this.node.remove();
  }

  private show(state: ComposeState, message: string, buttons: HTMLButtonElement[]): void {
    this.node.dataset.state = state;
    this.message.textContent = message;
    this.actions.replaceChildren(...buttons, this.button('×', 'Close', () => this.close()));
    this.place();
  }

  private button(label: string, title: string, onClick: () => void): HTMLButtonElement {
    const button = this.field.ownerDocument.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.title = title;
    if (label === '×') button.setAttribute('aria-label', title);
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      onClick();
    });
    return button;
  }

  /** Above the field, or below it when the window has no room above; inside the window. */
  private place(): void {
    const view = this.field.ownerDocument.defaultView;
    if (!view || !this.isOpen) return;
    const field = this.field.getBoundingClientRect();
    const panel = this.node.getBoundingClientRect();
    const above = field.top - GAP_PX - panel.height;
    const top = above >= GAP_PX ? above : Math.min(field.bottom + GAP_PX, view.innerHeight - panel.height - GAP_PX);
    const left = Math.max(GAP_PX, Math.min(field.left, view.innerWidth - panel.width - GAP_PX));
    this.node.style.setProperty('--ferry-top', `${Math.round(top)}px`);
    this.node.style.setProperty('--ferry-left', `${Math.round(left)}px`);
  }
}
