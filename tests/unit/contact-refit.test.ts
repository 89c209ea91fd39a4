// The contacts model's refit rule: fitted again when the dated networks or the participations
// change by CONTACT_REFIT_CHANGE (5 %) or more since the stored fit, in either direction.
import { describe, expect, it } from "vitest";
import { CONTACT_REFIT_CHANGE, contactRefitDue } from "../../src/analysis/recommend/contact-refit.ts";

describe("contactRefitDue", () => {
  const fitted = { datedNetworks: 1000, participations: 5000 };
  it("keeps the stored model below the threshold and refits from it on", () => {
    expect(CONTACT_REFIT_CHANGE).toBe(0.05);
    expect(contactRefitDue(fitted, fitted)).toBe(false);
    expect(contactRefitDue(fitted, { datedNetworks: 1049, participations: 5249 })).toBe(false);
    expect(contactRefitDue(fitted, { datedNetworks: 951, participations: 4751 })).toBe(false);
    expect(contactRefitDue(fitted, { datedNetworks: 1050, participations: 5000 })).toBe(true);
    expect(contactRefitDue(fitted, { datedNetworks: 1000, participations: 4750 })).toBe(true);
  });
  it("refits a model stored for an empty graph once the graph has any history", () => {
    expect(contactRefitDue({ datedNetworks: 0, participations: 0 }, { datedNetworks: 0, participations: 0 })).toBe(false);
    expect(contactRefitDue({ datedNetworks: 0, participations: 0 }, { datedNetworks: 1, participations: 2 })).toBe(true);
  });
});
