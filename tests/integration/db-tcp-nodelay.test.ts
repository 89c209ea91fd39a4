// The driver's Bolt sockets have Nagle's algorithm off: every socket openDriver's driver opens to
// the real test database goes through setNoDelay(true).
import { Socket } from "node:net";
import { describe, expect, it, inject, vi } from "vitest";
import { openDriver } from "../../src/db/index.ts";

describe("Bolt sockets", () => {
  it("are opened with TCP_NODELAY", async () => {
    const spy = vi.spyOn(Socket.prototype, "setNoDelay");
    const config = inject("neo4j");
    const driver = openDriver(config, "test");
    try {
      await driver.executeQuery("RETURN 1 AS one", {}, { database: config.database });
      expect(spy.mock.calls.some(([on]) => on === true)).toBe(true);
    } finally {
      spy.mockRestore();
      await driver.close();
    }
  });
});
