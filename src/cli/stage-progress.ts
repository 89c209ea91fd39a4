// Progress of a long command by stage, on standard error (standard output carries only results):
// one cli-progress bar per stage on a terminal; on a pipe or in a log, one line per stage
// ("… writing results"), or nothing when the command asks for quiet logs. Analyze, import, report
// and export all report through this one helper.
import cliProgress from "cli-progress";

export interface StageProgressOptions {
  /** Display names of the stages (the stage's own name otherwise). */
  labels?: Readonly<Record<string, string>>;
  /** Show "done/total" after the percentage. */
  counts?: boolean;
  /** Off a terminal, print one line per stage (default) or nothing. */
  lines?: boolean;
}

export interface StageProgress {
  update(stage: string, done: number, total: number): void;
  finish(): void;
}

export function stageProgress({ labels = {}, counts = false, lines = true }: StageProgressOptions = {}): StageProgress {
  const tty = process.stderr.isTTY;
  const width = Math.max(16, ...Object.values(labels).map((l) => l.length + 1));
  let stage: string | undefined;
  let bar: cliProgress.SingleBar | undefined;
  const finish = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    update(s, done, total) {
      if (s !== stage) {
        finish();
        stage = s;
        const label = labels[s] ?? s;
        if (tty) {
          bar = new cliProgress.SingleBar(
            { format: `${label.padEnd(width)} [{bar}] {percentage}%${counts ? " {value}/{total}" : ""}`, stream: process.stderr, hideCursor: true },
            cliProgress.Presets.shades_classic,
          );
          bar.start(Math.max(total, 1), done);
        } else if (lines) console.error(`… ${label}`);
      }
      bar?.setTotal(Math.max(total, 1));
      bar?.update(done);
    },
    finish,
  };
}
