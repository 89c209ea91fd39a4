// Community alignment at CORDIS scale and beyond: 200k projects, every one labelled in the
// previous run. Spreading the previous labels into Math.max threw "Maximum call stack size
// exceeded" at about 125k projects.
import { describe, expect, it } from "vitest";
import { alignCommunities } from "../../src/analysis/align-communities.ts";
import type { ProjectProfiles } from "../../src/analysis/profiles.ts";

describe("alignCommunities on 200k projects", () => {
  it("keeps previous labels and gives new communities labels above the largest one", () => {
    const n = 200_000;
    const projectIds = Array.from({ length: n }, (_, i) => `p${i}`);
    const profiles = { projectIds } as unknown as ProjectProfiles;
    // Previously: 1000 communities of 200 projects, labelled 0..999.
    const previous = new Map<string, number>();
    for (let i = 0; i < n; i++) previous.set(projectIds[i]!, Math.floor(i / 200));
    // Now: the same communities under other raw numbers, plus the last 200 projects in a new split.
    const membership = new Int32Array(n);
    for (let i = 0; i < n; i++) membership[i] = 5000 - Math.floor(i / 200);
    for (let i = n - 100; i < n; i++) membership[i] = 9999;
    const labels = alignCommunities(profiles, membership, previous);
    expect(labels.length).toBe(n);
    expect(labels[0]).toBe(0);
    expect(labels[200]).toBe(1);
    expect(labels[n - 150]).toBe(999);
    // The split-off half matched nothing still free: a fresh label above the largest previous one.
    expect(labels[n - 1]).toBe(1000);
  });
});
