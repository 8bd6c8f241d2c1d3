import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A set of ids a reader chose (ticked items), kept in localStorage under a key for this page when
 * storage can be used, and for the visit when it cannot. Nothing here throws: no storage, blocked
 * storage (a sandbox, a privacy setting), a full quota or a stored value someone else wrote all
 * leave a working set for the visit.
 */
export class StoredSetController implements ReactiveController {
  readonly ids = new Set<string>();
  private key?: string;
  /** Whether the set is being saved: a key is given and storage answered the last read or write. */
  saved = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Another element may have changed the stored set while this one was away.
    this.read();
  }

  /** Keeps the set under `name` on this page (`undefined`: for the visit only), reading what is stored under it. */
  use(name: string | undefined): void {
    const key = name ? `career-widgets:${location.pathname}#${name}` : undefined;
    if (key === this.key) return;
    this.key = key;
    this.read();
  }

  set(id: string, on: boolean): void {
    if (on) this.ids.add(id);
    else this.ids.delete(id);
    this.write();
  }

  clear(): void {
    this.ids.clear();
    this.write();
  }

  /** Runs `f` on the storage under the key; anything that throws leaves the set for the visit. */
  private io(f: (storage: Storage, key: string) => void): void {
    this.saved = false;
    try {
      if (this.key) {
        f(localStorage, this.key);
        this.saved = true;
      }
    } catch {
      // No storage, or blocked: the set lasts for the visit.
    }
    this.host.requestUpdate();
  }

  private read(): void {
    this.io((storage, key) => {
      let stored: unknown;
      try {
        stored = JSON.parse(storage.getItem(key) ?? '[]');
      } catch {
        // A value that is not ours: ignored, and overwritten by the next tick.
      }
      if (!Array.isArray(stored)) return;
      this.ids.clear();
      for (const id of stored) if (typeof id === 'string') this.ids.add(id);
    });
  }

  private write(): void {
    this.io((storage, key) => {
      if (this.ids.size) storage.setItem(key, JSON.stringify([...this.ids]));
      else storage.removeItem(key);
    });
  }
}
