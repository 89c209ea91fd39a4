// What `npm start` (diagonal start) prints once the service listens: where the workspace and the
// public map are, and the command that makes the first admin token to sign in with — the next
// steps, instead of ending on a JSON log line.

export function nextSteps(url: string): string {
  return [
    "",
    "Diagonal is running.",
    `  Workspace:       ${url}/workspace`,
    `  Public map:      ${url}/embed/network`,
    `  API reference:   ${url}/api/docs`,
    "",
    "Sign in to the workspace with a token. Make the first admin token (its secret is shown once) with:",
    '  npm run diagonal -- token create --role admin --name "Beheerder"',
    "",
  ].join("\n");
}
