// What the report and export commands share: the --out flag (their progress is stage-progress.ts).
import { dirname } from "node:path";
import { existsSync, statSync } from "node:fs";
import { z } from "zod";

export const outFlag = z
  .string()
  .trim()
  .min(1, "--out: expected a file path")
  .refine((p) => existsSync(dirname(p)) && statSync(dirname(p)).isDirectory(), "--out: the folder to write in does not exist")
  .refine((p) => !(existsSync(p) && statSync(p).isDirectory()), "--out: expected a file path, and this is a folder");
