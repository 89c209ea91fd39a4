// How the CLI ends on an error: one clear message on stderr (no stack unless DIAGONAL_DEBUG=1), exit 1.
export function exitWithError(err: unknown): never {
  const e = err as Error;
  if (process.env.DIAGONAL_DEBUG === "1") console.error(e?.stack ?? e);
  else console.error(`diagonal: ${e?.message ?? String(err)}`);
  process.exit(typeof (e as { exitCode?: number })?.exitCode === "number" ? (e as { exitCode: number }).exitCode : 1);
}
