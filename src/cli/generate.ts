// `diagonal generate`: writes a seeded synthetic dataset (CSV files the importer reads, plus the
// planted ground truth as truth.json) for demos, benchmarks and quality measurements.
import type { Command } from "commander";
import { z } from "zod";
import { parseFlags } from "./flags.ts";

const positiveInt = () => z.coerce.number({ error: "expected a whole number" }).int("expected a whole number").min(1, "expected at least 1");

const generateFlagsSchema = z.object({
  projects: positiveInt().min(2, "expected at least 2").max(2_000_000, "expected at most 2,000,000"),
  seed: z.string().trim().min(1, "expected a non-empty seed"),
  groups: positiveInt().optional(),
  themes: positiveInt().optional(),
  holdOut: z.coerce.number({ error: "expected a number" }).min(0, "expected 0 to 0.99").max(0.99, "expected 0 to 0.99").optional(),
  out: z.string().trim().min(1, "expected a directory"),
});

export function register(program: Command) {
  program
    .command("generate")
    .description("Write a seeded synthetic dataset with planted groups and complementary pairs as CSV files (+ truth.json)")
    .requiredOption("--projects <n>", "number of projects (learning networks)")
    .option("--seed <seed>", "random seed (same seed, same files)", "1")
    .option("--groups <n>", "hidden groups (default: one per 40 projects)")
    .option("--themes <n>", "themes (default: one per group, at least 8)")
    .option("--hold-out <fraction>", "fraction of participations to leave out and record in truth.json")
    .requiredOption("--out <dir>", "directory to write the CSV files to")
    .action(async (raw: Record<string, unknown>) => {
      const f = parseFlags(generateFlagsSchema, raw);
      const [{ generateDataset }, { writeDatasetCsv }] = await Promise.all([import("../generator/generate.ts"), import("../generator/write-csv.ts")]);
      const seed = /^-?\d+$/.test(f.seed) ? Number(f.seed) : f.seed;
      const started = Date.now();
      const { dataset, truth } = generateDataset({ projects: f.projects, seed, groups: f.groups, themes: f.themes, holdOut: f.holdOut });
      const files = await writeDatasetCsv(f.out, dataset, truth);
      console.log(
        `generated ${dataset.projects.length} projects, ${dataset.partners.length} partners, ${dataset.participations.length} participations, ` +
          `${dataset.outcomes.length} outcomes, ${dataset.themes.length} themes in ${Date.now() - started} ms → ${files.length} files in ${f.out}`,
      );
    });
}
