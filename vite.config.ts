// Builds the browser code (src/web) into dist/web: the embeddable map page, the coordinator
// workspace and the <diagonal-map> web component. Page scripts and styles get content hashes
// (served with a year's caching); the component keeps a fixed name, since other sites link to it.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const web = (path: string) => fileURLToPath(new URL(`./src/web/${path}`, import.meta.url));

export default defineConfig({
  root: web(""),
  base: "/",
  publicDir: false,
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    rollupOptions: {
      input: { embed: web("embed.html"), workspace: web("workspace.html"), "diagonal-map": web("diagonal-map.ts") },
      output: {
        entryFileNames: (chunk) => (chunk.name === "diagonal-map" ? "diagonal-map.js" : "assets/[name]-[hash].js"),
        chunkFileNames: "assets/[name]-[hash].js",
        assetFileNames: "assets/[name]-[hash][extname]",
      },
    },
  },
});
