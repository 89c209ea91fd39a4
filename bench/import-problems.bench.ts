// What naming every import problem by a message id costs: a CSV of 100 000 project rows, each
// with a date that does not exist and a status that is not one of the values (200 000 problems),
// validated as the importer does; then the message ids alone, and the Dutch lines of all problems.
// Prints figures; asserts nothing. Run: npm run bench:import-problems
import { readSources } from "../src/importer/read-sources.ts";
import { validateTables } from "../src/importer/validate-tables.ts";
import { importProblemMessage, importProblemText } from "../src/schemas/import-problem-messages.ts";

const ROWS = Number(process.env.ROWS ?? 100_000);
const lines = ["id,name,status,start"];
for (let i = 0; i < ROWS; i++) lines.push(`p${i},Netwerk ${i},bezig-${i % 7},2024-13-${String((i % 28) + 1).padStart(2, "0")}`);
const data = Buffer.from(lines.join("\n"), "utf8");

const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;
let t = performance.now();
const read = await readSources([{ name: "projects.csv", data }]);
console.log(`read ${ROWS} rows: ${ms(t)}`);
t = performance.now();
const { problems } = validateTables(read.tables);
const validated = performance.now() - t;
console.log(`validate: ${problems.length} problems in ${validated.toFixed(0)} ms (${((validated * 1000) / problems.length).toFixed(1)} µs a problem, message ids included)`);
t = performance.now();
for (const p of problems) importProblemMessage(p, p.expected, p.params?.received as string | undefined);
const naming = performance.now() - t;
console.log(`message ids alone: ${naming.toFixed(0)} ms (${((naming * 1000) / problems.length).toFixed(2)} µs a problem)`);
t = performance.now();
let chars = 0;
for (const p of problems) chars += importProblemText("nl", p.messageId!, p.params!)!.length;
console.log(`Dutch lines of all problems: ${ms(t)} (${chars} characters)`);
