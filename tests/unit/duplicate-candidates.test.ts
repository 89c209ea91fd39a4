// The duplicate finder: a misspelled name, one website domain and one enterprise number in two
// spellings are listed with a confidence and reasons in both languages; different organisations
// and platform domains are not; an import's focus limits the pairs to its own rows.
import { describe, expect, it } from "vitest";
import { findDuplicateCandidates, websiteDomain, type PartnerIdentity } from "../../src/importer/duplicate-candidates.ts";

const stored = (id: string, name: string, extra: Partial<PartnerIdentity> = {}): PartnerIdentity => ({ id, name, stored: true, ...extra });
const pairs = (list: ReturnType<typeof findDuplicateCandidates>) => list.map((c) => [c.a.id, c.b.id, ...c.signals].join(" "));

describe("findDuplicateCandidates", () => {
  it("finds a misspelled name, a shared domain and a reformatted enterprise number", () => {
    const found = findDuplicateCandidates([
      stored("hogeschool-leiestad", "Hogeschool Leiestad"),
      stored("hs-leiestadt", "Hogeschool Leiestadt"),
      stored("de-schakel", "Maatwerkbedrijf De Schakel", { website: "https://www.deschakel.example.org" }),
      stored("schakel-gent", "Schakel Gent", { website: "deschakel.example.org/contact" }),
      stored("vandamme-bouw", "Vandamme Bouw", { enterpriseNumber: "0476 543 281" }),
      stored("bouw-vandamme", "Bouwgroep Vandamme", { enterpriseNumber: "BE0476543281" }),
      stored("hogeschool-maasland", "Hogeschool Maasland"),
    ]);
    expect(pairs(found).sort()).toEqual([
      "de-schakel schakel-gent same-website",
      "hogeschool-leiestad hs-leiestadt similar-name",
      "vandamme-bouw bouw-vandamme same-enterprise-number",
    ].sort());
    const name = found.find((c) => c.signals.includes("similar-name"))!;
    expect(name.confidence).toBeGreaterThan(0.85);
    expect(name.reasonNl).toContain("bijna dezelfde naam");
    expect(name.reasonEn).toContain("nearly the same name");
    const number = found.find((c) => c.signals.includes("same-enterprise-number"))!;
    expect(number.reasonEn).toContain("BE0476543281, written differently");
    expect(number.reasonNl).toContain("anders geschreven");
    expect(found[0]!.confidence).toBeGreaterThanOrEqual(found[found.length - 1]!.confidence);
  });

  it("combines signals of one pair into a higher confidence", () => {
    const [one] = findDuplicateCandidates([
      stored("a", "Kringwinkel Antwerpen", { website: "https://kringwinkel-antwerpen.example.org" }),
      stored("b", "Kringwinkel Antwerpn", { website: "http://kringwinkel-antwerpen.example.org/winkels" }),
    ]);
    expect(one!.signals).toEqual(["same-website", "similar-name"]);
    const [nameOnly] = findDuplicateCandidates([stored("a", "Kringwinkel Antwerpen"), stored("b", "Kringwinkel Antwerpn")]);
    expect(one!.confidence).toBeGreaterThan(nameOnly!.confidence);
    expect(one!.reasonEn).toContain("; ");
  });

  it("keeps apart different enterprise numbers, crowded domains and unlike names", () => {
    expect(findDuplicateCandidates([
      stored("a", "Hogeschool Leiestad", { enterpriseNumber: "BE0422222291" }),
      stored("b", "Hogeschool Leiestadt", { enterpriseNumber: "BE0423232378" }),
    ])).toEqual([]);
    const crowd = ["x", "y", "z", "w"].map((id) => stored(id, `Organisatie ${id}${id}${id}${id}`, { website: "https://platform.example.org/" + id }));
    expect(findDuplicateCandidates(crowd)).toEqual([]);
    expect(findDuplicateCandidates([stored("a", "Vormingplus Gent"), stored("b", "Vormingsfonds Brussel")])).toEqual([]);
    expect(findDuplicateCandidates([stored("a", "A", { website: "https://www.facebook.com/a" }), stored("b", "B", { website: "https://facebook.com/b" })])).toEqual([]);
  });

  it("limits an import's pairs to those with one of its rows", () => {
    const list = [
      stored("s1", "Hogeschool Leiestad"),
      stored("s2", "Hogeschool Leiestadt"),
      { id: "f1", name: "Hogeschool Leiestat", stored: false },
    ];
    const found = findDuplicateCandidates(list, { focus: new Set(["f1"]) });
    expect(pairs(found).sort()).toEqual(["s1 f1 similar-name", "s2 f1 similar-name"]);
    expect(found.every((c) => c.b.stored === false)).toBe(true);
  });

  it("normalises website addresses to their domain", () => {
    expect(websiteDomain("https://WWW.Kringwinkel.be/over-ons?x=1")).toBe("kringwinkel.be");
    expect(websiteDomain("kringwinkel.be")).toBe("kringwinkel.be");
    expect(websiteDomain("http://www2.kringwinkel.be.")).toBe("kringwinkel.be");
    expect(websiteDomain("")).toBeUndefined();
    expect(websiteDomain("not a url")).toBeUndefined();
  });
});

describe("findDuplicateCandidates at scale", () => {
  it("still finds a misspelling when every trigram of the name is common", () => {
    const crowd = Array.from({ length: 600 }, (_, i) => stored(`u${i}`, `Hogeschool Leiestad ${"abcdefghij"[i % 10]}${"klmnopqrst"[Math.floor(i / 10) % 10]}${"uvwxyz"[Math.floor(i / 100)]}`));
    const found = findDuplicateCandidates([...crowd, stored("x", "Hogeschool Leiestad akuu"), stored("y", "Hogeschol Leiestad akuu")], { focus: new Set(["y"]) });
    expect(found.map((c) => c.a.id + " " + c.b.id)).toContain("x y");
  });

  it("keeps apart names that differ only in their numbers", () => {
    expect(findDuplicateCandidates([stored("a", "H2020 organisation 999993879"), stored("b", "H2020 organisation 999993878")])).toEqual([]);
  });
});
