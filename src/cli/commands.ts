// The list of CLI commands; each file exports a function that adds its command to the program.
// `serve` and `start` belong to the HTTP face and are added by src/main.ts.
import type { Command } from "commander";
import { register as token } from "./token.ts";
import { register as generate } from "./generate.ts";
import { register as importCommand } from "./import.ts";
import { register as analyze } from "./analyze.ts";
import { register as suggest } from "./suggest.ts";
import { register as opportunities } from "./opportunities.ts";
import { register as decide } from "./decide.ts";
import { register as runs } from "./runs.ts";
import { register as communities } from "./communities.ts";
import { register as evaluate } from "./evaluate.ts";
import { register as recommend } from "./recommend.ts";
import { register as decisions } from "./decisions.ts";
import { register as report } from "./report.ts";
import { register as exportCommand } from "./export.ts";
import { register as partners } from "./partners.ts";

export const COMMANDS: Array<(program: Command) => void> = [
  token,
  generate,
  importCommand,
  analyze,
  suggest,
  opportunities,
  decide,
  runs,
  communities,
  evaluate,
  recommend,
  decisions,
  report,
  exportCommand,
  partners,
];
