// Announces each new version of the public maps — a newly completed analysis run, a suggestion
// decided — to whoever listens (the embeds' event stream). However many embeds are open, the
// server reads the version once every few seconds, and not at all while no one listens. The
// version is read from the latest *complete* run, so an announcement never points at a half-
// written one. An analysis finished by another process (the CLI) is seen the same way.
import { createHash } from "node:crypto";
import type { MapVersionEvent } from "../schemas/maps.ts";
import type { Db } from "./entities/store.ts";
import { mapVersion } from "./relationship-maps.ts";

export const MAP_EVENTS_DEFAULTS = {
  /** How often the version is read while anyone listens. */
  checkEveryMs: 2000,
};

type Listener = (event: MapVersionEvent) => void;

export class MapVersionWatch {
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | undefined;
  private current: MapVersionEvent | undefined;
  private checking = false;

  constructor(private readonly db: Db, private readonly checkEveryMs = MAP_EVENTS_DEFAULTS.checkEveryMs) {}

  /** Calls `listener` with the current version (as soon as it is known) and with every new one; returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.current) listener(this.current);
    if (!this.timer) {
      this.timer = setInterval(() => void this.check(), this.checkEveryMs);
      this.timer.unref();
      void this.check();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
        this.current = undefined; // the next listener gets a fresh read
      }
    };
  }

  /** Reads the version now and tells every listener when it changed. */
  async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const version = await mapVersion(this.db);
      const event: MapVersionEvent = { runId: version.runId, version: createHash("sha256").update(version.token).digest("base64url").slice(0, 22) };
      if (this.current?.version === event.version || this.listeners.size === 0) return;
      this.current = event;
      for (const listener of this.listeners) listener(event);
    } catch {
      // The database is away for a moment: the next check tries again; listeners keep what they have.
    } finally {
      this.checking = false;
    }
  }
}
