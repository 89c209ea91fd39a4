// Escaping text for HTML/SVG/XML and for Markdown: every value in a report comes from data that
// users typed, so none is written out unescaped.
/** Characters XML 1.0 cannot carry (C0 but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates). */
const XML_INVALID = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const XML_INVALID_ALL = new RegExp(XML_INVALID.source, "gu");

/** The text without characters XML cannot carry: the input schemas refuse them, but data stored
 * before that rule (or written into Neo4j by other means) must never break an export. */
export const dropXmlInvalid = (s: string) => (XML_INVALID.test(s) ? s.replace(XML_INVALID_ALL, "") : s);

export const escapeXml = (s: string | number) =>
  dropXmlInvalid(String(s)).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Markdown text: characters that would start formatting are escaped, line breaks become spaces. */
export const escapeMarkdown = (s: string | number) => dropXmlInvalid(String(s)).replace(/\s*\n\s*/g, " ").replace(/([\\`*_{}[\]<>#|!])/g, "\\$1");
