// The composition root: the one place that wires the two faces of Diagonal together. The command
// line's own commands come from src/cli; `serve` and `start` run the HTTP face (src/http). Neither
// face imports the other. Heavy modules load inside the command that needs them, so `--help` and
// `--version` start at once.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { cliProgram, runProgram } from "./cli/program.ts";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

function addHttpCommands(program: Command): void {
  program
    .command("serve")
    .description("Serve the HTTP API (port from PORT, default 3000; see docs/api.md for the settings)")
    .action(async () => {
      const { serveHttp } = await import("./http/serve.ts");
      await serveHttp();
    });

  program
    .command("start")
    .description("Import the fixtures into an empty database, analyse when the data changed since the last run, then serve the HTTP API")
    .option("--fixtures <folder>", "data imported into an empty database", "fixtures/mvo")
    .action(async (flags: { fixtures: string }) => {
      const [{ connect }, { prepareToServe }, { serveHttp }] = await Promise.all([import("./db/index.ts"), import("./services/startup.ts"), import("./http/serve.ts")]);
      const db = await connect("cli");
      try {
        const report = await prepareToServe(db, {
          fixtures: flags.fixtures,
          log: (line) => console.error(`start: ${line}`),
          onProgress: (stage, done, total) => { if (done === 0) console.error(`start: … ${stage}${total > 1 ? ` (${total})` : ""}`); },
        });
        console.error(`start: ${report.analysed ? `analysed (${report.reason}): run ${report.runId}` : `no new analysis: ${report.reason}`}`);
      } finally {
        await db.close();
      }
      const running = await serveHttp();
      const { nextSteps } = await import("./http/first-run.ts");
      console.error(nextSteps(running.url));
    });
}

const program = cliProgram(version);
addHttpCommands(program);
await runProgram(program, process.argv);
