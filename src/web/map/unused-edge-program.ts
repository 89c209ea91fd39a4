// Sigma compiles every edge program in its settings when it starts, its default "arrow" program
// (two WebGL programs, each also in a picking variant) included. The maps draw no arrows, and in
// software WebGL each compile costs the GPU process time before the first frame: this program
// stands in for "arrow" and compiles, allocates and draws nothing.
import type { EdgeProgramType } from "sigma/rendering";

export const UnusedEdgeProgram = class {
  drawLabel = undefined;
  kill(): void {}
  reallocate(): void {}
  process(): void {}
  render(): void {}
} as unknown as EdgeProgramType;
