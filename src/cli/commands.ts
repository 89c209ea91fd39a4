// The list of CLI commands; each file exports a function that adds its command to the program.
import type { Command } from "commander";
import { register as serve } from "./serve.ts";
import { register as token } from "./token.ts";
import { register as generate } from "./generate.ts";
import { register as importCommand } from "./import.ts";
import { register as analyze } from "./analyze.ts";
import { register as suggest } from "./suggest.ts";
import { register as opportunities } from "./opportunities.ts";
import { register as decide } from "./decide.ts";
import { register as runs } from "./runs.ts";
import { register as report } from "./report.ts";
import { register as exportCommand } from "./export.ts";

export const COMMANDS: Array<(program: Command) => void> = [
  serve,
  token,
  generate,
  importCommand,
  analyze,
  suggest,
  opportunities,
  decide,
  runs,
  report,
  exportCommand,
];
