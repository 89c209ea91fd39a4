// The list of CLI commands; each file exports a function that adds its command to the program.
import type { Command } from "commander";

export const COMMANDS: Array<(program: Command) => void> = [];
