// Progress of a long report or export, reported by stage (the CLI draws it on a terminal).
export type ReportProgress = (stage: string, done: number, total: number) => void;
export const noProgress: ReportProgress = () => {};
