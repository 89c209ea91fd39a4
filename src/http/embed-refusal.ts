// An embed framed by a site that EMBED_ORIGINS does not list: the browser would refuse the frame
// (CSP frame-ancestors) and show its own error page, which tells the site's editor nothing. When
// the request says it is for a frame (Sec-Fetch-Dest: iframe) of another site (its Referer's
// origin), the service answers instead with a short page that may be framed anywhere and says
// why the map is not shown and what the operator can do. It carries no map, no data and no
// script. Without those headers (old browsers, a no-referrer policy) the frame-ancestors policy
// still refuses the frame as before.
import type { RequestHandler } from "express";

const PAGE = {
  nl: {
    title: "Kaart niet beschikbaar op deze site",
    text: (site: string) => `Deze kaart van Diagonal mag niet getoond worden op ${site}.`,
    fix: "De beheerder van Diagonal kan deze site toelaten door haar adres toe te voegen aan de instelling EMBED_ORIGINS.",
  },
  en: {
    title: "Map not available on this site",
    text: (site: string) => `This Diagonal map may not be shown on ${site}.`,
    fix: "Diagonal's operator can allow this site by adding its address to the EMBED_ORIGINS setting.",
  },
} as const;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function refusalPage(site: string, lang: "nl" | "en"): string {
  const w = PAGE[lang];
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(w.title)}</title>
<style>html,body{height:100%;background:#fff}body{font-family:system-ui,sans-serif;color:#1b1b1b;margin:0;padding:1rem 1.25rem;line-height:1.45;box-sizing:border-box}h1{font-size:1.05rem;margin:0 0 .5rem}p{margin:.3rem 0;max-width:40rem}.fix{color:#5f6368;font-size:.9rem}</style>
</head><body><main class="embed-refused"><h1>${escape(w.title)}</h1><p>${escape(w.text(site))}</p><p class="fix">${escape(w.fix)}</p></main></body></html>`;
}

/** Answers a frame request from a site not in `allowed` with the explanation page (403). */
export function refuseForeignFrames(allowed: string[]): RequestHandler {
  return (req, res, next) => {
    if (req.get("sec-fetch-dest") !== "iframe") return next();
    let site: string;
    try {
      site = new URL(req.get("referer") ?? "").origin;
    } catch {
      return next();
    }
    const own = `${req.protocol}://${req.get("host")}`;
    if (site === "null" || site === own || allowed.includes(site)) return next();
    const lang = req.query?.lang === "en" ? "en" : "nl";
    res.status(403);
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *");
    res.removeHeader("X-Frame-Options");
    res.type("html").send(refusalPage(site, lang));
  };
}
