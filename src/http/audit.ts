// Audit events: imports, analyses, decisions and token changes are written to the log with who
// did them (the token's id and name) — one line each, `audit: true`, so a log query finds them.
import type { Request } from "express";

export type AuditAction = "import" | "import.dry-run" | "import.undo" | "analysis.start" | "decision" | "token.create" | "token.revoke" | "run.delete"
  | "partner.merge" | "partner.unmerge";

export function audit(req: Request, action: AuditAction, details: Record<string, unknown>): void {
  req.log?.info({ audit: true, action, by: { tokenId: req.caller?.tokenId, name: req.caller?.tokenName, role: req.caller?.role }, ...details }, `audit: ${action}`);
}
