// `diagonal generate`: writes a seeded synthetic dataset (CSV files the importer reads, plus the
// planted ground truth as truth.json) for demos, benchmarks and quality measurements.
import type { Command } from "commander";
import { z } from "zod";
import { generateDataset } from "../generator/generate.ts";
import { writeDatasetCsv } from "../generator/write-csv.ts";

const positiveInt = (flag: string) =>
  z.coerce.number({ error: `${flag}: expected a whole number` }).int(`${flag}: expected a whole number`).min(1, `${flag}: expected at least 1`);

const generateFlagsSchema = z.object({
  projects: positiveInt("--projects").min(2, "--projects: expected at least 2").max(2_000_000, "--projects: expected at most 2,000,000"),
  seed: z.string().trim().min(1, "--seed: expected a non-empty seed"),
  groups: positiveInt("--groups").optional(),
  themes: positiveInt("--themes").optional(),
  holdOut: z.coerce.number({ error: "--hold-out: expected a number" }).min(0, "--hold-out: expected 0 to 0.99").max(0.99, "--hold-out: expected 0 to 0.99").optional(),
  out: z.string().trim().min(1, "--out: expected a directory"),
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
      const parsed = generateFlagsSchema.safeParse(raw);
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
      const f = parsed.data;
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
