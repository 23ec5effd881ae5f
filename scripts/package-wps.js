/**
 * After `webpack --config webpack.wps.config.js`: the offline package for WPS, laid out as the
 * wpsjs toolkit lays out an add-in.
 *   node scripts/package-wps.js [dist-wps] [dist-wps-offline]
 * Writes
 *   dist-wps-offline/pt_<version>/        the add-in folder that `npx pt wps-install` copies into jsaddons/
 *   dist-wps-offline/pt_<version>.7z      the same folder (top folder pt_<version>/ inside), for a server
 *                                         that hands out offline add-ins (publish.xml url = …/pt_<version>.7z)
 *   dist-wps-offline/publish.xml          the list entry for the copied folder (url="pt_<version>")
 *   dist-wps/publish.html, jsplugins.xml  the install page and enterprise list beside the online
 *                                         add-in (scripts/wps-publish.js; ADDIN_URL names the server)
 * The list entries come from src/cli/wps-install.ts, the one place that writes them.
 */
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { path7za } = require("7zip-bin");

require("tsx/cjs/api").register();
const { addinFolder, addinVersion, entriesFor } = require("../src/cli/wps-install.ts");
const { emptyList, updateList } = require("../src/cli/xml-list.ts");
const { writePublish } = require("./wps-publish.js");

const root = path.resolve(__dirname, "..");
const source = path.resolve(process.argv[2] || path.join(root, "dist-wps"));
const out = path.resolve(process.argv[3] || path.join(root, "dist-wps-offline"));
const version = addinVersion();
const folder = addinFolder(version);

if (!fs.existsSync(path.join(source, "ribbon.xml"))) {
  console.error("dist-wps/ 不完整：请先运行 webpack --config webpack.wps.config.js");
  process.exit(1);
}
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
fs.cpSync(source, path.join(out, folder), { recursive: true });
fs.writeFileSync(
  path.join(out, "publish.xml"),
  updateList(emptyList("jsplugins"), "jsplugins", () => false, entriesFor(version)["publish.xml"])
);
fs.chmodSync(path7za, 0o755); // the binary ships in the npm package without its execute bit
execFileSync(path7za, ["a", "-t7z", "-bd", "-y", path.join(out, `${folder}.7z`), folder], {
  cwd: out,
  stdio: "ignore",
});
// After the copy: the install page belongs to the online folder, not to the offline one.
const published = writePublish(source);
console.log(
  `WPS 加载项：在线目录 ${path.relative(root, source) || "."}/，离线目录 ${folder}/ 与 ${folder}.7z。安装：npx pt wps-install`
);
console.log(
  published.url
    ? `WPS 安装页：${published.url}publish.html；企业部署清单（oem.ini）：${published.url}jsplugins.xml`
    : `WPS 安装页：${path.relative(root, source) || "."}/publish.html（从所在目录安装；内网地址请设 ADDIN_URL）`
);
