/**
 * After `webpack --config webpack.wps.config.js`: the offline package for WPS.
 *   node scripts/package-wps.js [dist-wps] [dist-wps-offline]
 * Writes
 *   dist-wps-offline/pt_<version>/        the add-in folder, to copy into jsaddons/
 *   dist-wps-offline/pt_<version>.7z      the same folder as the .7z that WPS offline mode installs
 *   dist-wps-offline/publish.xml          the add-in list entry for offline mode
 *   dist-wps-offline/publish-online.xml   the entry for online mode (served over http)
 */
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { path7za } = require("7zip-bin");

const root = path.resolve(__dirname, "..");
const { version } = require(path.join(root, "package.json"));
const name = "pt";
const source = path.resolve(process.argv[2] || path.join(root, "dist-wps"));
const out = path.resolve(process.argv[3] || path.join(root, "dist-wps-offline"));
const folder = `${name}_${version}`;
const onlineUrl = process.env.WPS_ADDIN_URL || "http://127.0.0.1:3889/";

if (!fs.existsSync(path.join(source, "ribbon.xml"))) {
  console.error("dist-wps/ 不完整：请先运行 webpack --config webpack.wps.config.js");
  process.exit(1);
}
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
fs.cpSync(source, path.join(out, folder), { recursive: true });
fs.writeFileSync(
  path.join(out, "publish.xml"),
  `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${name}" type="et" url="${onlineUrl}${folder}.7z" version="${version}" enable="true"/>\n</jsplugins>\n`
);
fs.writeFileSync(
  path.join(out, "publish-online.xml"),
  `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${name}" type="et" url="${onlineUrl}" enable="true"/>\n</jsplugins>\n`
);
fs.chmodSync(path7za, 0o755); // the binary ships in the npm package without its execute bit
execFileSync(path7za, ["a", "-t7z", "-bd", "-y", path.join(out, `${folder}.7z`), "."], {
  cwd: path.join(out, folder),
  stdio: "ignore",
});
console.log(
  `WPS 加载项：在线目录 dist-wps/，离线包 dist-wps-offline/${folder}.7z 与 ${folder}/，加载项列表 publish.xml`
);
