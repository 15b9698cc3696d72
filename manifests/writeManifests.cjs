// The Office manifests for a build. The committed manifests point at the development server
// (https://localhost:3000/); a build rewrites every URL to the address it will be served from and ships the
// icons and the support page beside them, so one static folder is everything an administrator hosts.
// CommonJS so that webpack.config.js can require it and jest can load it without a transform.
const fs = require("node:fs");
const path = require("node:path");

const DEV_URL = "https://localhost:3000/";
const MANIFESTS = ["excel.xml", "word.xml"];

/** The URL the add-ins will be served from, or an error that says how to write it. */
function checkUrl(url) {
  const hint = 'Give the https address the files of dist/web are served from, ending with "/", e.g. --env url=https://host/path/';
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`The add-ins' URL ${JSON.stringify(url)} is not a URL. ${hint}`);
  }
  // Office loads add-in pages and icons only over https.
  if (parsed.protocol !== "https:") throw new Error(`The add-ins' URL ${JSON.stringify(url)} must use https. ${hint}`);
  // The manifests append page paths (excel/taskpane.html) to it.
  if (!url.endsWith("/")) throw new Error(`The add-ins' URL ${JSON.stringify(url)} must end with "/". ${hint}`);
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new Error(`The add-ins' URL ${JSON.stringify(url)} must not carry a query, fragment or credentials. ${hint}`);
  }
  // The canonical form is what Office compares, and it has no characters that would need escaping in XML.
  if (parsed.href !== url || /[&<>"']/.test(url)) throw new Error(`Write the add-ins' URL as ${JSON.stringify(parsed.href)}, not ${JSON.stringify(url)}.`);
  return url;
}

/** Every URL and resource id a manifest refers to (comments and namespace names aside), in document order. */
function manifestRefs(xml) {
  const body = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/\sxmlns(?::[\w.-]+)?\s*=\s*("[^"]*"|'[^']*')/g, "");
  return {
    urls: [...new Set(Array.from(body.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi), (m) => m[0]))],
    resids: [...new Set(Array.from(body.matchAll(/\sresid\s*=\s*["']([^"']*)["']/g), (m) => m[1]))],
  };
}

/** The manifest with the development URL replaced by `url`; refuses a result that still points elsewhere. */
function rewriteManifest(xml, url) {
  checkUrl(url);
  const rewritten = xml.split(DEV_URL).join(url);
  const stray = manifestRefs(rewritten).urls.filter((ref) => !ref.startsWith(url));
  if (stray.length > 0) throw new Error(`A manifest refers to ${stray.join(", ")}, outside ${url}: every URL must be under the add-ins' URL.`);
  return rewritten;
}

/** The files a build adds for the manifests, as paths relative to the build's root and their contents. */
function manifestFiles(url) {
  const assets = fs.readdirSync(path.join(__dirname, "assets")).filter((name) => name.endsWith(".png"));
  return [
    ...MANIFESTS.map((name) => ({ path: name, data: Buffer.from(rewriteManifest(fs.readFileSync(path.join(__dirname, name), "utf8"), url)) })),
    ...assets.map((name) => ({ path: `assets/${name}`, data: fs.readFileSync(path.join(__dirname, "assets", name)) })),
    { path: "support.html", data: fs.readFileSync(path.join(__dirname, "support.html")) },
  ];
}

/** Writes the manifests for `url`, the icons and the support page into `outDir`; returns the paths written. */
function writeManifests({ url, outDir }) {
  const files = manifestFiles(url);
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(outDir, file.path)), { recursive: true });
    fs.writeFileSync(path.join(outDir, file.path), file.data);
  }
  return files.map((file) => file.path);
}

/** Adds the same files to a webpack compilation, so `webpack serve` (in memory) and `webpack` (on disk) both serve them. */
class ManifestsPlugin {
  constructor(url) {
    this.url = checkUrl(url); // a wrong URL stops the build before anything is compiled
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ManifestsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ManifestsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const file of manifestFiles(this.url)) compilation.emitAsset(file.path, new sources.RawSource(file.data));
        // `webpack serve` re-emits after an edit to a manifest, the support page or an icon
        for (const name of [...MANIFESTS, "support.html"]) compilation.fileDependencies.add(path.join(__dirname, name));
        compilation.contextDependencies.add(path.join(__dirname, "assets"));
      });
    });
  }
}

module.exports = { DEV_URL, checkUrl, manifestRefs, rewriteManifest, manifestFiles, writeManifests, ManifestsPlugin };

// Re-points an existing build at another host without rebuilding: node manifests/writeManifests.cjs URL DIR
if (require.main === module) {
  const [url, outDir = "dist/web"] = process.argv.slice(2);
  try {
    console.log(writeManifests({ url: url ?? "", outDir }).map((file) => path.join(outDir, file)).join("\n"));
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
