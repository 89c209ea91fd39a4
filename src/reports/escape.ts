// Escaping text for HTML/SVG/XML and for Markdown: every value in a report comes from data that
// users typed, so none is written out unescaped.
export const escapeXml = (s: string | number) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Markdown text: characters that would start formatting are escaped, line breaks become spaces. */
export const escapeMarkdown = (s: string | number) => String(s).replace(/\s*\n\s*/g, " ").replace(/([\\`*_{}[\]<>#|!])/g, "\\$1");
