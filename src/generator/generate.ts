// Seeded synthetic datasets with planted structure, for benchmarks and for measuring how well the
// analysis recovers what it should. Hidden groups of networks share a main theme, a partner pool
// and a coined vocabulary; planted complementary pairs share a theme but sit on opposite sides of
// one axis of the call (social × regular economy, SME × large company, south × north, knowledge
// institution × practitioner); generic partners, partners borrowed from other groups and rare
// second themes add realistic noise. Linear in the number of projects.
import seedrandom from "seedrandom";
import type { Collaboration, Dataset, Outcome, Participation, Partner, Project, ProjectTheme, Theme } from "../schemas/index.ts";
import { OUTCOME_KINDS } from "../schemas/index.ts";
import { CALL_THEMES, GENERIC_WORDS, ORG_PREFIXES, coinedWord } from "./vocabulary.ts";

import { COMPLEMENTARITY_AXES, type ComplementarityAxis } from "../vocabulary.ts";
export { COMPLEMENTARITY_AXES, type ComplementarityAxis };

export interface GenerateOptions {
  projects: number;
  seed: number | string;
  /** Hidden groups; default one per 40 projects (at least 2). */
  groups?: number;
  /** Themes; the 8 of the call plus generated sub-themes, default one per group (8 to 500). */
  themes?: number;
  /** Average partners per project. */
  partnersPerProject?: number;
  /** Average outcomes per project. */
  outcomesPerProject?: number;
  /** Planted complementary pairs per group (groups with at least 4 projects). */
  complementaryPairsPerGroup?: number;
  /** Existing collaborations, per project, inside groups. */
  collaborationsPerProject?: number;
  /** Fraction of participations removed from the dataset and returned in truth.heldOut. */
  holdOut?: number;
}

export const GENERATE_DEFAULTS = {
  partnersPerProject: 8,
  outcomesPerProject: 1.5,
  complementaryPairsPerGroup: 1,
  collaborationsPerProject: 0.05,
  holdOut: 0,
} as const;

export interface PlantedPair {
  a: string;
  b: string;
  axis: ComplementarityAxis;
  theme: string;
}

export interface GroundTruth {
  /** projectId → hidden group. */
  groupOf: Record<string, number>;
  /** Planted complementary pairs [a, b] (a < b). */
  complementaryPairs: [string, string][];
  plantedPairs: PlantedPair[];
  /** Participations removed from the dataset (holdOut > 0). */
  heldOut?: Participation[];
}

export interface GeneratedDataset {
  dataset: Dataset;
  truth: GroundTruth;
}

const REGIONS = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel"];
const COINED_PER_GROUP = 10;

/** The kinds of a group's partner pool; each project draws from its group's pool. */
const POOL: { kind: Partner["kind"]; size?: Partner["size"]; activeIn: Partner["activeIn"]; side: string[] }[] = [
  ...rep(6, { kind: "social-economy" as const, size: "medium" as const, activeIn: "north" as const, side: ["social", "practice"] }),
  ...rep(5, { kind: "sme" as const, size: "small" as const, activeIn: "north" as const, side: ["regular", "sme", "practice", "north"] }),
  ...rep(5, { kind: "company" as const, size: "large" as const, activeIn: "north" as const, side: ["regular", "large", "practice", "north"] }),
  ...rep(3, { kind: "academic" as const, activeIn: "north" as const, side: ["knowledge"] }),
  ...rep(2, { kind: "consultancy" as const, size: "small" as const, activeIn: "north" as const, side: ["knowledge"] }),
  ...rep(4, { kind: "ngo" as const, activeIn: "south" as const, side: ["south"] }),
  ...rep(2, { kind: "social-partner" as const, activeIn: "north" as const, side: [] }),
  ...rep(2, { kind: "government" as const, activeIn: "north" as const, side: [] }),
  { kind: "other", activeIn: "both", side: [] },
];
function rep<T>(n: number, v: T): T[] {
  return Array.from({ length: n }, () => v);
}

/** The pool sides a planted pair draws from: [side of a, side of b]. */
const AXIS_SIDES: Record<ComplementarityAxis, [string, string]> = {
  "social-regular": ["social", "regular"],
  size: ["sme", "large"],
  "north-south": ["south", "north"],
  "knowledge-practice": ["knowledge", "practice"],
};

function checkOptions(o: GenerateOptions) {
  const intAtLeast = (name: string, v: number | undefined, min: number) => {
    if (v !== undefined && (!Number.isInteger(v) || v < min)) throw new Error(`diagonal/generate: ${name} must be an integer ≥ ${min}, got ${v}`);
  };
  intAtLeast("projects", o.projects, 2);
  intAtLeast("groups", o.groups, 1);
  intAtLeast("themes", o.themes, 1);
  if (o.groups !== undefined && o.groups > o.projects) throw new Error(`diagonal/generate: groups (${o.groups}) must not exceed projects (${o.projects})`);
  if (o.holdOut !== undefined && !(o.holdOut >= 0 && o.holdOut < 1)) throw new Error(`diagonal/generate: holdOut must be in [0, 1), got ${o.holdOut}`);
  for (const k of ["partnersPerProject", "outcomesPerProject", "complementaryPairsPerGroup", "collaborationsPerProject"] as const) {
    const v = o[k];
    if (v !== undefined && !(Number.isFinite(v) && v >= 0)) throw new Error(`diagonal/generate: ${k} must be a number ≥ 0, got ${v}`);
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function generateDataset(options: GenerateOptions): GeneratedDataset {
  checkOptions(options);
  const rng = seedrandom(String(options.seed));
  const nProjects = options.projects;
  const nGroups = options.groups ?? Math.max(2, Math.round(nProjects / 40));
  const nThemes = options.themes ?? Math.min(500, Math.max(8, nGroups));
  const partnersPerProject = options.partnersPerProject ?? GENERATE_DEFAULTS.partnersPerProject;
  const outcomesPerProject = options.outcomesPerProject ?? GENERATE_DEFAULTS.outcomesPerProject;
  const pairsPerGroup = options.complementaryPairsPerGroup ?? GENERATE_DEFAULTS.complementaryPairsPerGroup;
  const collaborationsPerProject = options.collaborationsPerProject ?? GENERATE_DEFAULTS.collaborationsPerProject;
  const holdOut = options.holdOut ?? GENERATE_DEFAULTS.holdOut;
  const int = (n: number) => Math.floor(rng() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  /** A whole number with mean `mean`: floor plus a Bernoulli for the fraction. */
  const around = (mean: number) => Math.floor(mean) + (rng() < mean - Math.floor(mean) ? 1 : 0);

  // Themes: the call's eight, then sub-themes that borrow a parent's vocabulary.
  const themes: Theme[] = [];
  const themeWords: string[][] = [];
  for (let t = 0; t < nThemes; t++) {
    const base = CALL_THEMES[t % CALL_THEMES.length]!;
    const round = Math.floor(t / CALL_THEMES.length);
    if (round === 0) themes.push({ id: base.id, nameNl: base.nameNl, nameEn: base.nameEn, description: `${base.nameNl} / ${base.nameEn}` });
    else themes.push({ id: `${base.id}-${round + 1}`, nameNl: `${base.nameNl} (deelthema ${round + 1})`, nameEn: `${base.nameEn} (sub-theme ${round + 1})` });
    themeWords.push(round === 0 ? base.words : [...base.words.slice(0, 4), coinedWord(1_000_000 + t)]);
  }

  // Groups: a main theme, coined words and a partner pool each.
  const groupTheme = Array.from({ length: nGroups }, (_, g) => g % nThemes);
  const groupWords = Array.from({ length: nGroups }, (_, g) => Array.from({ length: COINED_PER_GROUP }, (_, i) => coinedWord(g * COINED_PER_GROUP + i)));
  const partners: Partner[] = [];
  const groupPool: number[][] = [];
  const poolSide: string[][] = [];
  const addPartner = (kind: Partner["kind"], size: Partner["size"], activeIn: Partner["activeIn"], word: string, sides: string[]) => {
    const i = partners.length;
    const prefix = pick(ORG_PREFIXES[kind] ?? ORG_PREFIXES.other!);
    const partner: Partner = { id: `ORG-${pad(i + 1, 6)}`, name: `${prefix} ${capitalise(word)}`, kind, activeIn, region: pick(REGIONS) };
    if (size) partner.size = size;
    partners.push(partner);
    poolSide.push(sides);
    return i;
  };
  for (let g = 0; g < nGroups; g++) {
    const words = groupWords[g]!;
    const pool = POOL.map((p, k) => addPartner(p.kind, p.size, p.activeIn, `${words[k % words.length]} ${k + 1}`, p.side));
    // Shuffled, because popularity inside a pool is skewed (poolPartner) and should not follow kind.
    for (let k = pool.length - 1; k > 0; k--) {
      const j = int(k + 1);
      [pool[k], pool[j]] = [pool[j]!, pool[k]!];
    }
    groupPool.push(pool);
  }
  // A group has core organisations most of its networks work with and occasional ones: the k-th
  // organisation of the (shuffled) pool is chosen with probability ∝ e^(−k/8).
  const poolPartner = (pool: number[]) => pool[Math.floor(-Math.log(1 - rng()) * 8) % pool.length]!;
  // Generic partners work with many groups (federations, large consultancies); popularity is skewed.
  const nGeneric = Math.max(10, Math.round(nGroups / 2));
  const generic = Array.from({ length: nGeneric }, (_, i) =>
    addPartner(pick(["consultancy", "social-partner", "government", "academic"] as const), undefined, "north", `${coinedWord(2_000_000 + i)}`, []),
  );
  // A few of them (umbrella federations, the programme's own knowledge centre) sit in a large share of all networks.
  const genericPartner = () => generic[Math.floor(nGeneric * rng() ** 3)]!;

  // Projects: the first 2·groups round-robin so every group has two members, the rest at random.
  const groupOf: number[] = Array.from({ length: nProjects }, (_, i) => (i < 2 * nGroups ? i % nGroups : int(nGroups)));
  const members: number[][] = Array.from({ length: nGroups }, () => []);
  groupOf.forEach((g, i) => members[g]!.push(i));
  const projectId = (i: number) => `NET-${pad(i + 1, 6)}`;

  // Planted complementary pairs: two members of a group, each drawing its partners from one side.
  const plantedSide = new Map<number, string>();
  const plantedPairs: PlantedPair[] = [];
  for (let g = 0; g < nGroups; g++) {
    const m = members[g]!;
    if (m.length < 4) continue;
    const free = m.filter((i) => !plantedSide.has(i));
    for (let k = 0; k < pairsPerGroup && free.length >= 2; k++) {
      const axis = COMPLEMENTARITY_AXES[(g + k) % COMPLEMENTARITY_AXES.length]!;
      const [sa, sb] = AXIS_SIDES[axis];
      const a = free.splice(int(free.length), 1)[0]!;
      const b = free.splice(int(free.length), 1)[0]!;
      plantedSide.set(a, sa);
      plantedSide.set(b, sb);
      const [ia, ib] = projectId(a) < projectId(b) ? [a, b] : [b, a];
      plantedPairs.push({ a: projectId(ia), b: projectId(ib), axis, theme: themes[groupTheme[g]!]!.id });
    }
  }

  const projects: Project[] = [];
  const projectThemes: ProjectTheme[] = [];
  const participations: Participation[] = [];
  const outcomes: Outcome[] = [];
  for (let i = 0; i < nProjects; i++) {
    const g = groupOf[i]!;
    const id = projectId(i);
    const words = groupWords[g]!;
    const mainTheme = groupTheme[g]!;
    const tw = themeWords[mainTheme]!;
    const nl = rng() < 0.7;
    const w = () => pick(words);
    const gw = () => pick(GENERIC_WORDS);
    const name = nl ? `Lerend netwerk ${capitalise(w())} ${pick(tw)}` : `Learning network ${capitalise(w())} ${pick(tw)}`;
    const description = nl
      ? `Dit lerend netwerk brengt ${w()} en ${w()} samen rond ${pick(tw)} en ${pick(tw)}. De partners werken aan ${w()}, ${w()} en ${w()} met aandacht voor ${gw()} en ${gw()}.`
      : `This learning network brings together ${w()} and ${w()} around ${pick(tw)} and ${pick(tw)}. The partners work on ${w()}, ${w()} and ${w()} with attention to ${gw()} and ${gw()}.`;
    const startYear = 2019 + int(6);
    const start = `${startYear}-${pad(1 + int(12), 2)}-01`;
    const end = `${startYear + 2}-${start.slice(5, 7)}-01`;
    projects.push({ id, name, description, start, end, status: end < "2026-01-01" ? "completed" : "active", region: pick(REGIONS) });

    // Themes: the group's main theme, sometimes a second one, skewed so that some themes stay rare.
    projectThemes.push({ project: id, theme: themes[mainTheme]!.id, weight: 1 });
    let second: number | undefined;
    if (rng() < 0.4 && nThemes > 1) {
      second = Math.floor(nThemes * rng() * rng());
      if (second === mainTheme) second = undefined;
      else projectThemes.push({ project: id, theme: themes[second]!.id, weight: Math.round((0.3 + 0.4 * rng()) * 100) / 100 });
    }

    // Partners: from the group pool (or from one side of it for a planted pair), plus noise.
    const chosen = new Set<number>();
    const pool = groupPool[g]!;
    const side = plantedSide.get(i);
    const target = Math.max(2, around(partnersPerProject));
    if (side) {
      const sidePool = pool.filter((p) => poolSide[p]!.includes(side));
      for (let k = 0; k < target * 3 && chosen.size < Math.min(target - 2, sidePool.length); k++) chosen.add(pick(sidePool));
    } else {
      const fromPool = Math.max(1, Math.round(target * 0.75));
      for (let k = 0; k < fromPool * 3 && chosen.size < fromPool; k++) chosen.add(poolPartner(pool));
      chosen.add(genericPartner());
      if (rng() < 0.5) chosen.add(genericPartner());
      if (rng() < 0.5) chosen.add(pick(groupPool[int(nGroups)]!));
      while (chosen.size < target) chosen.add(pick(pool));
    }
    let first = true;
    for (const p of chosen) {
      const kind = partners[p]!.kind;
      participations.push({ partner: partners[p]!.id, project: id, role: first ? "promoter" : kind === "academic" && rng() < 0.5 ? "expert" : "partner" });
      first = false;
    }

    // Outcomes: about the main theme (sometimes the second one too), worded in the group's vocabulary.
    const nOut = around(outcomesPerProject);
    for (let k = 0; k < nOut; k++) {
      const kind = pick(OUTCOME_KINDS);
      const about = [themes[mainTheme]!.id];
      if (second !== undefined && rng() < 0.5) about.push(themes[second]!.id);
      outcomes.push({
        id: `OUT-${pad(outcomes.length + 1, 7)}`,
        project: id,
        title: nl ? `${capitalise(kind)} over ${w()} en ${pick(tw)}` : `${capitalise(kind)} on ${w()} and ${pick(tw)}`,
        kind,
        summary: nl ? `Praktijkgids voor ${w()} en ${w()} in ${gw()}.` : `Practical guide to ${w()} and ${w()} in ${gw()}.`,
        themes: about,
      });
    }
  }

  // Existing collaborations inside groups (never between a planted pair: those are to be found).
  const collaborations: Collaboration[] = [];
  const seen = new Set<string>();
  const plantedKeys = new Set(plantedPairs.map((p) => `${p.a}|${p.b}`));
  const nCollab = around(nProjects * collaborationsPerProject);
  for (let k = 0; k < nCollab; k++) {
    const m = members[int(nGroups)]!;
    const x = projectId(pick(m));
    const y = projectId(pick(m));
    const key = x < y ? `${x}|${y}` : `${y}|${x}`;
    if (x === y || seen.has(key) || plantedKeys.has(key)) continue;
    seen.add(key);
    collaborations.push({ from: x, to: y, since: `${2020 + int(5)}-01-01`, source: "programme" });
  }

  // Held-out participations: a seeded sample, never a project's last one.
  let kept = participations;
  let heldOut: Participation[] | undefined;
  if (holdOut > 0) {
    const left = new Map<string, number>();
    for (const p of participations) left.set(p.project, (left.get(p.project) ?? 0) + 1);
    heldOut = [];
    kept = [];
    for (const p of participations) {
      if (rng() < holdOut && left.get(p.project)! > 1) {
        heldOut.push(p);
        left.set(p.project, left.get(p.project)! - 1);
      } else kept.push(p);
    }
  }

  const truth: GroundTruth = {
    groupOf: Object.fromEntries(groupOf.map((g, i) => [projectId(i), g])),
    complementaryPairs: plantedPairs.map((p) => [p.a, p.b]),
    plantedPairs,
  };
  if (heldOut) truth.heldOut = heldOut;
  return { dataset: { themes, projects, partners, outcomes, projectThemes, participations: kept, collaborations }, truth };
}
