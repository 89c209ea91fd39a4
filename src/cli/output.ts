// How the CLI ends on an error: one clear message on stderr (no stack unless DIAGONAL_DEBUG=1).
// An error may carry its own exitCode; otherwise the exit code is 1.
export function exitWithError(err: unknown): never {
  const e = (err ?? {}) as { message?: string; stack?: string; exitCode?: unknown };
  if (process.env.DIAGONAL_DEBUG === "1") console.error(e.stack ?? err);
  else console.error(`diagonal: ${e.message ?? String(err)}`);
  process.exit(typeof e.exitCode === "number" ? e.exitCode : 1);
}
