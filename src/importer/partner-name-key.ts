// The key under which one organisation is recognised across spellings: "vzw De Kringwinkel",
// "De Kringwinkel vzw" and "DE KRINGWINKEL V.Z.W." all become "de kringwinkel". Stored as
// Partner.nameKey; used by the importer's de-duplication and by partner creation elsewhere.

/** Legal-form words (Belgian, Dutch, French, German, English), removed wherever they stand in the name. */
const LEGAL_FORMS = new Set([
  "vzw", "ivzw", "asbl", "aisbl", "nv", "sa", "bv", "bvba", "ebvba", "srl", "sprl", "sprlu", "cv", "cvba", "cvso", "scrl",
  "vof", "commv", "gcv", "ngo", "inc", "ltd", "llc", "plc", "gmbh", "sarl",
]);
// Abbreviations written with dots or spaces between letters ("v.z.w.", "comm. v.") are joined first.
const DOTTED_ABBREVIATION = /(?<![\p{L}\p{N}])(?:\p{L}{1,4}\.\s?){1,3}\p{L}{0,2}\.?(?![\p{L}\p{N}])/gu;

/** The normalised name; empty when the name is nothing but legal-form words (such names never match). */
export function partnerNameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "") // accents: "Één" → "Een"
    .toLowerCase()
    .replace(DOTTED_ABBREVIATION, (m) => {
      const joined = m.replace(/[.\s]/g, "");
      return LEGAL_FORMS.has(joined) ? ` ${joined} ` : m;
    })
    .split(/[^\p{L}\p{N}]+/u) // punctuation and whitespace
    .filter((w) => w && !LEGAL_FORMS.has(w))
    .join(" ");
}
