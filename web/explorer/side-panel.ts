/**
 * The side panel: one thing at a time (a person, a topic, a path…), with visible loading and
 * error states. A newer request aborts the older one, so answers never arrive out of order.
 * Focus moves into the panel when it opens and back where it was when it closes.
 */
import { h, replaceChildren } from '../shared/dom';
import { isAbort } from '../shared/graphql-client';

export class SidePanel {
  private controller: AbortController | undefined;
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly body: HTMLElement,
    closeButton: HTMLElement,
    private readonly onClose: () => void,
  ) {
    closeButton.addEventListener('click', () => this.close());
  }

  isOpen(): boolean {
    return !this.root.hidden;
  }

  /** Opens the panel showing "Loading…", then what `render` returns, or the error. */
  async load(kind: string, render: (signal: AbortSignal) => Promise<HTMLElement>): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    if (!this.isOpen()) this.returnFocus = document.activeElement as HTMLElement | null;
    this.root.hidden = false;
    this.root.dataset.kind = kind;
    this.root.dataset.state = 'loading';
    this.root.setAttribute('aria-busy', 'true');
    replaceChildren(this.body, h('p', { class: 'loading', text: 'Loading…' }));
    try {
      const content = await render(controller.signal);
      if (controller !== this.controller) return;
      replaceChildren(this.body, content);
      this.root.dataset.state = 'ready';
    } catch (error) {
      if (isAbort(error) || controller !== this.controller) return;
      replaceChildren(this.body, h('p', { class: 'error', attrs: { role: 'alert' }, text: `Could not load this: ${(error as Error).message}` }));
      this.root.dataset.state = 'error';
    } finally {
      if (controller === this.controller) this.root.removeAttribute('aria-busy');
    }
    this.root.focus({ preventScroll: true });
  }

  close(): void {
    this.controller?.abort();
    this.root.hidden = true;
    this.root.dataset.state = 'closed';
    replaceChildren(this.body);
    this.onClose();
    this.returnFocus?.focus?.();
    this.returnFocus = null;
  }
}
