// The `diagonal` command line's own commands (each in its own file, registering itself), and how the
// command line ends on an error. src/main.ts adds the commands that serve HTTP and runs the program.
import { Command, CommanderError } from "commander";
import { COMMANDS } from "./commands.ts";
import { exitWithError } from "./output.ts";

export function cliProgram(version: string): Command {
  const program = new Command("diagonal")
    .description("Diagonal: the learning networks on corporate social responsibility (MVO) as a knowledge graph")
    .version(version, "-V, --version", "print the version")
    .showHelpAfterError()
    // A command's options stay its own: `import undo <job> --dry-run` is the undo's dry run, not the import's.
    .enablePositionalOptions()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

export async function runProgram(program: Command, argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) process.exit(err.exitCode);
    exitWithError(err);
  }
}
