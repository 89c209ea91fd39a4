// The `diagonal` command line. Each command lives in its own file and registers itself here.
import { Command, CommanderError } from "commander";
import { COMMANDS } from "./commands.ts";
import { exitWithError } from "./output.ts";

const program = new Command("diagonal")
  .description("Diagonal: the learning networks on corporate social responsibility (MVO) as a knowledge graph")
  .showHelpAfterError()
  .exitOverride();

for (const register of COMMANDS) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  exitWithError(err);
}
