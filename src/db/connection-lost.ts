// Whether a driver error means Neo4j went away (refused, reset, closed, unavailable) rather than a
// query that failed: the CLI then names the server and says what was left behind, instead of a
// driver message, and does not wait for retries that cannot succeed.
const CONNECTION_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

export function isConnectionLost(err: unknown): boolean {
  const e = err as { code?: string; message?: string; cause?: unknown } | undefined;
  if (!e) return false;
  if (CONNECTION_CODES.has(e.code ?? "") || /ECONNREFUSED|ECONNRESET|EPIPE|connection.*(closed|lost|reset|refused)|Pool is closed|Failed to connect/i.test(e.message ?? "")) return true;
  return e.cause !== undefined && e.cause !== err && isConnectionLost(e.cause);
}
