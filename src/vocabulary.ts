// The product's vocabulary, declared once: the similarity signals, the complementarity axes of the
// call and the kinds of nodes in the graph. Analysis, generator, schemas, CLI and HTTP import these
// lists instead of repeating them. Depends on nothing.

/** The pairwise similarity signals, in the order they are reported. */
export const SIGNAL_NAMES = ["themes", "partners", "text", "outcomes", "complementarity"] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];
export type SignalWeights = Record<SignalName, number>;

/** Documented default weights (each signal is 0..1, so a score is at most the sum of the weights, 1.2). */
export const DEFAULT_SIGNAL_WEIGHTS: Readonly<SignalWeights> = {
  themes: 0.25,
  partners: 0.3,
  text: 0.25,
  outcomes: 0.1,
  complementarity: 0.3,
};

/** Axes of complementarity from the theme call; each has a side X and a side Y. */
export const COMPLEMENTARITY_AXES = ["social-regular", "size", "north-south", "knowledge-practice"] as const;
export type ComplementarityAxis = (typeof COMPLEMENTARITY_AXES)[number];

/** The kinds of nodes of the graph. */
export const NODE_KINDS = ["project", "partner", "theme", "outcome"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** A partner kind in a sentence, [Dutch, English] (reports and reasons name kinds the same way). */
export const PARTNER_KIND_WORDS: Record<string, [string, string]> = {
  company: ["bedrijf", "company"],
  sme: ["kmo", "SME"],
  "social-economy": ["sociale economie", "social economy"],
  ngo: ["ngo", "NGO"],
  academic: ["kennisinstelling", "knowledge institution"],
  consultancy: ["adviesbureau", "consultancy"],
  "social-partner": ["sociale partner", "social partner"],
  government: ["overheid", "government"],
  other: ["andere", "other"],
};
