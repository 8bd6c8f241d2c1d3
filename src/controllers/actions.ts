import type { ReactiveElement } from 'lit';
import { citationOf } from '../actions/cite.js';
import { csvOf } from '../actions/csv.js';
import { embedOf } from '../actions/embed.js';
import { pngOf, serialize, svgOf } from '../actions/image.js';
import { readable, type Snapshot } from '../actions/snapshot.js';
import { CwActionEvent, type ActionKind } from '../events/cw-action.js';
import type { Messages } from '../i18n/index.js';
import type { ActionId, ActionsState } from '../parts/actions.js';
import type { Issue } from '../profile/types.js';
import { RovingFocusController } from './roving-focus.js';

/** Each button's action, in the row's order: `image` gives two. */
const KIND: Record<ActionId, ActionKind> = { csv: 'data', svg: 'image', png: 'image', citation: 'citation', embed: 'embed' };

/** Saves `blob` as the file `name` through a temporary `<a download>`; its object URL is revoked after. */
function save(name: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/**
 * The reader actions (`actions="data image citation embed"`): which buttons the attribute asks for,
 * the narrow menu's state, and each action: a cancelable `cw-action` first, then the download or
 * the copy. A copy the clipboard refuses is shown selected for copying by hand; an image the page's
 * policy blocks says so. Nothing is thrown.
 */
export class ActionsController implements ActionsState {
  ids: readonly ActionId[] = [];
  open = false;
  status = '';
  manual = '';

  constructor(
    private readonly host: ReactiveElement,
    private readonly read: () => Snapshot | undefined,
  ) {
    readable(host, read);
  }

  /** Reads the attribute: a word it does not know is an issue naming `actions`. */
  parse(value = ''): Issue | undefined {
    const words = value.split(/\s+/).filter(Boolean);
    const kinds: string[] = Object.values(KIND);
    this.ids = (Object.keys(KIND) as ActionId[]).filter((id) => words.includes(KIND[id]));
    const odd = words.find((w) => !kinds.includes(w));
    return odd === undefined ? undefined : { path: 'actions', message: `actions must name any of "data", "image", "citation" and "embed" but has "${odd}"` };
  }

  /** Arrow keys between the menu's button and its items; Escape closes the menu. */
  readonly keydown = new RovingFocusController(this.host, '.act', { onEscape: () => this.close() }).keydown;

  readonly toggle = (): void => {
    this.open = !this.open;
    this.host.requestUpdate();
    if (this.open) void this.focus('.act-list > .act');
  };

  /** Closes the menu and gives focus back to its button; false when it was not open. */
  private close(): boolean {
    if (!this.open) return false;
    this.open = false;
    this.host.requestUpdate();
    void this.focus('.act[aria-expanded]');
    return true;
  }

  private async focus(selector: string): Promise<HTMLElement | null> {
    await this.host.updateComplete;
    const target = this.host.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
    return target;
  }

  private say(status: string, manual = ''): void {
    this.status = status;
    this.manual = manual;
    this.host.requestUpdate();
  }

  readonly run = (id: ActionId): void => {
    void this.act(id);
  };

  private async act(id: ActionId): Promise<void> {
    const s = this.read();
    const copy = id === 'citation' || id === 'embed';
    if (!s) return;
    const go = this.host.dispatchEvent(new CwActionEvent({ kind: KIND[id], format: copy ? 'text' : id }));
    // The menu closes either way: a site that handles the action itself gets the page back.
    this.close();
    if (!go) return;
    this.say('');
    if (copy) return this.copy(() => (id === 'embed' ? embedOf(this.host, s) : citationOf(s)), s.t);
    const name = `${this.host.localName}.${id}`;
    try {
      const svg = id === 'csv' ? undefined : svgOf(this.host);
      if (id === 'csv') save(name, new Blob([csvOf(s)], { type: 'text/csv;charset=utf-8' }));
      else if (svg) save(name, id === 'svg' ? new Blob([serialize(svg)], { type: 'image/svg+xml' }) : await pngOf(svg));
    } catch {
      this.say(id === 'png' ? s.t.actionImageFailed : s.t.actionFailed);
    }
  }

  private async copy(write: () => string, t: Messages): Promise<void> {
    let text: string;
    try {
      text = write();
    } catch {
      this.say(t.actionFailed);
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      this.say(t.actionCopied);
    } catch {
      this.say(t.actionCopyByHand, text);
      ((await this.focus('.actions textarea')) as HTMLTextAreaElement | null)?.select();
    }
  }
}
