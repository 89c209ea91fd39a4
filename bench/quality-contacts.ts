// Introductions between organisations on CORDIS H2020 (../shared/data/cordis-h2020) and on
// generated data: the contacts model against common neighbours, Adamic–Adar and resource
// allocation (src/evaluation/contacts-backtest.ts), Hits@10 and MRR with paired standard errors.
// --rerank also learns the two-stage reranker (src/analysis/recommend/contact-reranker.ts) on the
// history before the cutoff and scores it on the same queries, with its fit time; --ablation refits
// it without each feature.
// --learned chooses the contacts model on the history's own inner split (contact-model.ts), prints
// every variant's inner-split figures and scores the chosen one; with --ablation also without the
// walk and without the theme term.
// --served-fit first fits the model on the whole graph as the service does when none is stored (or
// the history changed by 5 %), and prints its cost and the first answers' milliseconds; then what
// the service does on a new data version: the first answer with a stored model, and with none (the
// hand score at once, answers during the background fit).
// Usage: node bin/run-ts.mjs bench/quality-contacts.ts [--source cordis|generated|both --max-queries N --seed 1 --rerank --fusion --learned --ablation]
import { parseArgs } from "node:util";
import { datasetToGraph } from "../src/analysis/graph.ts";
import { contactBacktest, formatContactBacktest } from "../src/evaluation/contacts-backtest.ts";
import { generateDataset } from "../src/generator/generate.ts";
import { formatContactModel } from "../src/analysis/recommend/contact-model.ts";
import { contactIndex } from "../src/analysis/recommend/contact-links.ts";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { ContactModel } from "../src/analysis/recommend/contact-model.ts";
import { CONTACT_REFIT_CHANGE, contactHistorySize } from "../src/analysis/recommend/contact-refit.ts";
import { variantName } from "../src/analysis/recommend/contact-variants.ts";
import { contactScorer } from "../src/analysis/recommend/contacts.ts";
import { CONTACT_MODEL_BEING_FITTED } from "../src/schemas/recommendation.ts";
import { fitInSteps, introductions, servedContacts } from "../src/services/contact-introductions.ts";
import { readCordis } from "../src/sources/cordis.ts";

const { values } = parseArgs({
  options: {
    source: { type: "string", default: "both" },
    projects: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    "max-queries": { type: "string", default: "1000" },
    "cordis-projects": { type: "string" },
    rerank: { type: "boolean", default: false },
    ablation: { type: "boolean", default: false },
    fusion: { type: "boolean", default: false },
    "inner-split": { type: "boolean", default: false },
    learned: { type: "boolean", default: false },
    "fit-queries": { type: "string" },
    "served-fit": { type: "boolean", default: false },
    "all-variants": { type: "boolean", default: false },
  },
});
const seed = Number(values.seed);
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

export async function contactsSection(name: string, graph: ReturnType<typeof datasetToGraph>) {
  console.log(`\n== contacts, ${name}`);
  if (values["served-fit"]) await servedFit(graph);
  const report = contactBacktest(graph, { seed, maxQueries: Number(values["max-queries"]), ...(values.rerank ? { rerank: { ablation: values.ablation } } : {}), ...(values.fusion ? { fusion: { ablation: values.ablation } } : {}), ...(values["inner-split"] ? { innerSplit: true } : {}), ...(values.learned ? { learned: { ablation: values.ablation, allVariants: values["all-variants"], ...(values["fit-queries"] ? { options: { maxQueries: Number(values["fit-queries"]) } } : {}) } } : {}) }, (s) => console.error(`  ${s} (${seconds()} s)`));
  console.log(formatContactBacktest(report));
  console.log(`(${report.seconds} s)`);
}

/** What the service does once per data version: the model fitted on the whole graph (its cost and choice), then the first answers. */
async function servedFit(graph: ReturnType<typeof datasetToGraph>) {
  const t0 = performance.now();
  const index = contactIndex(graph, () => true);
  const t1 = performance.now();
  const served = await servedContacts(graph, index);
  const t2 = performance.now();
  console.log(`served fit on the whole graph: index ${((t1 - t0) / 1000).toFixed(1)} s, model ${((t2 - t1) / 1000).toFixed(1)} s (${served.model.seconds.toFixed(1)} s of work)`);
  console.log(formatContactModel(served.model).join("\n"));
  const ms = [...index.partnerIds.keys()].filter((r) => index.partnerProjects[r]!.length > 0).slice(0, 200).map((r) => {
    const t = performance.now();
    introductions(served, r, 20);
    return performance.now() - t;
  }).sort((a, b) => a - b);
  console.log(`first answers (200 organisations, 20 introductions each): ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms p50, ${ms[Math.floor(ms.length * 0.99)]!.toFixed(1)} ms p99`);
  await servedWithoutWaiting(graph, index, served.model);
}

/**
 * What the service does on a new data version since the model is stored (contact-model-service.ts):
 * the refit rule's size of the graph, then the first answer at once — with the stored variant scored
 * on this graph's index, or with the hand score while the first fit runs in steps in the same
 * thread (each answer then waits for at most one step of the fit).
 */
async function servedWithoutWaiting(graph: ReturnType<typeof datasetToGraph>, index: ReturnType<typeof contactIndex>, fitted: ContactModel) {
  const organisations = [...index.partnerIds.keys()].filter((r) => index.partnerProjects[r]!.length > 0).slice(0, 200);
  const t0 = performance.now();
  const size = contactHistorySize(graph);
  const t1 = performance.now();
  const stored = { scorer: contactScorer(index), model: { ...fitted, fittedAt: new Date().toISOString() } };
  introductions(stored, organisations[0]!, 20);
  const t2 = performance.now();
  console.log(`with a stored model: the refit rule's graph size ${(t1 - t0).toFixed(0)} ms (${size.datedNetworks} dated networks, ${size.participations} participations; refit at ${CONTACT_REFIT_CHANGE * 100} % change), first answer ${(t2 - t1).toFixed(0)} ms after the stored node is read (scorer built, no fit)`);
  const hand = { scorer: contactScorer(index), model: { reason: CONTACT_MODEL_BEING_FITTED, queries: 0 } };
  const t3 = performance.now();
  introductions(hand, organisations[0]!, 20);
  const t4 = performance.now();
  // The first fit in the background, as in the recommender's thread; answers asked for meanwhile.
  let done = false;
  const fit = fitInSteps(graph).then((m) => ((done = true), m));
  const waits: number[] = [];
  for (const r of organisations) {
    if (done) break;
    const asked = performance.now();
    await nextTurn();
    introductions(hand, r, 20);
    waits.push(performance.now() - asked);
  }
  const m = await fit;
  const t5 = performance.now();
  waits.sort((a, b) => a - b);
  const q = (p: number) => waits[Math.min(waits.length - 1, Math.floor(waits.length * p))]!.toFixed(1);
  console.log(`with none stored: first answer (hand score, "${CONTACT_MODEL_BEING_FITTED}") ${(t4 - t3).toFixed(0)} ms; during the background fit (${((t5 - t4) / 1000).toFixed(1)} s wall, chose ${m.variant ? variantName(m.variant) : "hand"}) ${waits.length} answers took ${q(0.5)} ms p50, ${q(0.99)} ms p99 including the wait for the fit's step\n`);
}

if (values.source === "cordis" || values.source === "both") {
  await contactsSection("CORDIS H2020", datasetToGraph(await readCordis(values["cordis-projects"] ? { maxProjects: Number(values["cordis-projects"]) } : {})));
}
if (values.source === "generated" || values.source === "both") {
  const projects = Number(values.projects);
  await contactsSection(`generated (${projects} networks, seed ${seed})`, datasetToGraph(generateDataset({ projects, seed }).dataset));
}
