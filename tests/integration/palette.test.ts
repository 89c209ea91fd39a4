// One palette: a community keeps one colour everywhere — the public map's JSON, the health and the
// theme report's network pictures, and the GEXF's viz:color — because every one of them asks
// src/analysis/palette.ts for the colour of the community's stable label. Against the real Neo4j
// with the illustrative MVO data analysed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MapData } from "../../src/schemas/maps.ts";
import { communityColour, COMMUNITY_PALETTE, KIND_COLOURS } from "../../src/analysis/palette.ts";
import { startHarness, type Harness } from "./http-harness.ts";
import { seedAnalysedNetwork } from "../browser/browser-support.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await seedAnalysedNetwork(h);
}, 240_000);
afterAll(async () => { await h?.close(); });

/** name → fill of each network drawn in a report's network picture (<g><title>name</title><circle … fill="…">). */
function pictureFills(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<g><title>([^<]+)<\/title><circle [^>]*fill="(#[0-9A-Fa-f]{6})"/g)) out.set(m[1]!.replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, "&"), m[2]!.toLowerCase());
  return out;
}

describe("one palette", () => {
  it("the same community has the same colour in the map JSON, the health and theme reports and the GEXF", async () => {
    const map: MapData = (await h.call("public", "GET", "/api/v1/maps/network")).json;
    const networks = map.nodes.filter((n) => n.attributes.community !== undefined);
    expect(networks.length).toBeGreaterThan(5);
    for (const n of networks) expect(n.attributes.color).toBe(communityColour(n.attributes.community!));
    // The legend's swatches are the same colours.
    for (const l of map.attributes.legend) if (/^c\d+$/.test(l.group)) expect(l.color).toBe(communityColour(Number(l.group.slice(1))));

    const health = await h.call("analyst", "GET", "/api/v1/reports/health?format=html&lang=en");
    expect(health.status).toBe(200);
    const theme = await h.call("analyst", "GET", "/api/v1/reports/theme?subject=talent-development&format=html&lang=en");
    expect(theme.status).toBe(200);
    const gexf = await h.call("analyst", "GET", "/api/v1/export?format=gexf");
    expect(gexf.status).toBe(200);
    const gexfColour = new Map<string, string>();
    for (const m of gexf.text.matchAll(/<node id="([^"]+)"[^>]*>[\s\S]*?<viz:color hex="([^"]+)"\/>/g)) gexfColour.set(m[1]!, m[2]!.toLowerCase());

    let inHealth = 0, inTheme = 0;
    const healthFills = pictureFills(health.text), themeFills = pictureFills(theme.text);
    for (const n of networks) {
      const colour = n.attributes.color.toLowerCase();
      expect(gexfColour.get(n.key), n.key).toBe(colour);
      const h1 = healthFills.get(n.attributes.label);
      if (h1) { expect(h1, `health: ${n.attributes.label}`).toBe(colour); inHealth++; }
      const t1 = themeFills.get(n.attributes.label);
      if (t1) { expect(t1, `theme: ${n.attributes.label}`).toBe(colour); inTheme++; }
    }
    expect(inHealth).toBeGreaterThan(5);
    expect(inTheme).toBeGreaterThan(1);
  });

  it("node kinds never take a community's colour", () => {
    const palette = new Set(COMMUNITY_PALETTE.map((c) => c.toLowerCase()));
    for (const c of Object.values(KIND_COLOURS)) expect(palette.has(c.toLowerCase())).toBe(false);
  });
});
