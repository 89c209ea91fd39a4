// The partner name key: spellings of one organisation meet, different organisations stay apart.
import { describe, expect, it } from "vitest";
import { partnerNameKey } from "../../src/importer/partner-name-key.ts";

describe("partnerNameKey", () => {
  it("gives one key for one organisation written several ways", () => {
    const spellings = ["vzw De Kringwinkel", "De Kringwinkel vzw", "DE KRINGWINKEL V.Z.W.", "De  Kringwinkel, v.z.w", "De Kringwinkel (VZW)"];
    expect(new Set(spellings.map(partnerNameKey))).toEqual(new Set(["de kringwinkel"]));
  });

  it("strips accents, punctuation and legal forms in any position", () => {
    expect(partnerNameKey("Café Één BVBA")).toBe("cafe een");
    expect(partnerNameKey("A.S.B.L. Les Petits Riens")).toBe("les petits riens");
    expect(partnerNameKey("Umicore SA/NV")).toBe("umicore");
    expect(partnerNameKey("Jansen & Zonen Comm.V.")).toBe("jansen zonen");
    expect(partnerNameKey("Fair Trade Ltd.")).toBe("fair trade");
    expect(partnerNameKey("Brouwerij Het Anker cvba")).toBe("brouwerij het anker");
    expect(partnerNameKey("Groep Intro GmbH")).toBe("groep intro");
  });

  it("keeps words that merely contain a legal form, and different organisations apart", () => {
    expect(partnerNameKey("Savana Consult")).toBe("savana consult");
    expect(partnerNameKey("NVA Social Lab")).toBe("nva social lab");
    expect(partnerNameKey("De Kringwinkel Antwerpen")).not.toBe(partnerNameKey("De Kringwinkel Gent"));
  });

  it("is empty when a name is only a legal form, so such names never match each other", () => {
    expect(partnerNameKey("NV")).toBe("");
    expect(partnerNameKey(" v.z.w. ")).toBe("");
  });
});
