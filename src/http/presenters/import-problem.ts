// An import problem as the API shows it (declared beside the import: a large upload's answer is
// encoded in a worker thread).
export { presentImportProblem } from "../../services/import-problem-answer.ts";
