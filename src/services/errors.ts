// Domain errors that services throw and every entry point understands: the CLI prints the
// message, the HTTP API maps `status` and `code` to a problem document.
export class DomainError extends Error {
  constructor(message: string, readonly code: string, readonly status: number, readonly details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
  }
}

/** Something named by id does not exist. */
export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super(`${what} "${id}" not found`, "not_found", 404, { what, id });
  }
}

/** The input is well-formed but not acceptable (e.g. it refers to something missing). */
export class ValidationError extends DomainError {
  constructor(message: string, readonly field?: string, readonly value?: unknown) {
    super(message, "validation_failed", 400, field ? { field, value } : undefined);
  }
}

/** The request clashes with the current state (an id in use, an analysis already running). */
export class ConflictError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, "conflict", 409, details);
  }
}
