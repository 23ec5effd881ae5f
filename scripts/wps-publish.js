/**
 * Writes the WPS install page and the enterprise list beside the online add-in:
 *   node scripts/wps-publish.js [dist-wps]
 *   publish.html   our install page (src/wps/publish.ts in src/wps/publish.html), speaking to WPS's
 *                  local relay; it installs the add-in from ADDIN_URL when the build was given one,
 *                  else from the folder it is served from
 *   jsplugins.xml  for enterprise builds whose oem.ini names it (JSPluginsServer=…/jsplugins.xml);
 *                  only with ADDIN_URL, as it must name the server
 * ADDIN_URL is the variable the Excel intranet build reads (https://host/pt/).
 */
const fs = require("fs");
const path = require("path");
const { buildSync } = require("esbuild");

require("tsx/cjs/api").register();
const { ADDIN_NAME, addinVersion } = require("../src/cli/wps-install.ts");
const { emptyList, updateList } = require("../src/cli/xml-list.ts");

const root = path.resolve(__dirname, "..");

/** The add-in's address from ADDIN_URL, ending in "/", or "" for none. */
function addinUrl(env = process.env) {
  const url = (env.ADDIN_URL || "").trim();
  return url ? url.replace(/\/?$/, "/") : "";
}

/** The page's script, for WPS-era browsers too: ES2017, one inline bundle. */
function pageScript() {
  const { outputFiles } = buildSync({
    entryPoints: [path.join(root, "src/wps/publish.ts")],
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    target: "es2017",
  });
  // Inside <script>: "</" would end the element early.
  return outputFiles[0].text.replace(/<\//g, "<\\/");
}

function publishPage(url, version) {
  const data = JSON.stringify({ name: ADDIN_NAME, version, url }).replace(/</g, "\\u003c");
  return fs
    .readFileSync(path.join(root, "src/wps/publish.html"), "utf8")
    .replace("__PT_ADDIN__", () => data)
    .replace("__PT_SCRIPT__", () => pageScript());
}

/** The enterprise list: one online entry naming the server. */
function jspluginsList(url, version) {
  const entry = {
    tag: "jspluginonline",
    attributes: { name: ADDIN_NAME, type: "et", url, version },
  };
  return updateList(emptyList("jsplugins"), "jsplugins", () => false, [entry]);
}

function writePublish(dir, env = process.env) {
  const url = addinUrl(env);
  const version = addinVersion();
  fs.writeFileSync(path.join(dir, "publish.html"), publishPage(url, version));
  const list = path.join(dir, "jsplugins.xml");
  if (url) fs.writeFileSync(list, jspluginsList(url, version));
  else fs.rmSync(list, { force: true });
  return { url, version };
}

module.exports = { writePublish, addinUrl };

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || path.join(root, "dist-wps"));
  const { url } = writePublish(dir);
  console.log(
    url
      ? `WPS 安装页：${url}publish.html；企业部署清单：${url}jsplugins.xml`
      : "WPS 安装页：dist-wps/publish.html（按所在目录安装）；设 ADDIN_URL 时另写企业部署清单 jsplugins.xml"
  );
}
