// An import problem as the API shows it: where it is and what was expected (as stored), its message
// id and parameters (src/schemas/import-problem-messages.ts) for a client that says it in its
// reader's language, and `text`, the whole line in English as the command line prints it. Declared
// here, beside the import, because a large upload's answer is encoded in a worker thread.
import { formatProblem, type ImportProblem } from "./import-service.ts";

export const presentImportProblem = (p: ImportProblem) => ({ ...p, text: formatProblem(p) });
