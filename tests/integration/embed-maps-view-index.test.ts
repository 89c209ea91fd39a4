// The embed maps built ahead after a run start from the network and theme views: they wait for
// the graph view index of the new data version, so that those views come from memory (the index
// is read in its worker thread) and not from Neo4j, whose large answer would be decoded in the
// service's thread while /healthz waits.
import { describe, expect, it } from "vitest";
import { runAnalysis } from "../../src/services/analysis/index.ts";
import { currentDataVersion } from "../../src/services/data-version.ts";
import { builtViewIndex } from "../../src/services/view-index.ts";
import { useFixtureHarness } from "./http-harness.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;

const harness = useFixtureHarness([FIXTURES]);

describe("embed maps after a run", () => {
  it("are built from the graph view index of the run's data version", async () => {
    const h = harness();
    for (const seed of [3, 4]) {
      await runAnalysis(h.db, { seed });
      await h.app.embedMaps.idle();
      const { token } = await currentDataVersion(h.db);
      expect(builtViewIndex(h.db, token), `seed ${seed}`).toBeDefined();
      const map = await h.call("public", "GET", "/api/v1/maps/network");
      expect(map.status).toBe(200);
    }
  });
});
