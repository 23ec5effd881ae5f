/**
 * The first step of `npm test` (and so of CI): the system packages the end-to-end tests need
 * beyond npm — Chromium drives the task pane, LibreOffice Calc renders the .xlsx files, poppler
 * turns their PDFs into text and PNG, the Noto CJK fonts draw the Chinese. Each is looked for; as
 * root with apt-get (Debian and its kin) the missing ones are installed; otherwise it stops at once
 * with one message naming the packages.
 *
 *   node scripts/ensure-system.js
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

/** What the tests need: the Debian package and how to tell it is there. */
const NEEDS = [
  { pkg: "chromium", what: "Chromium", found: () => which("chromium") },
  { pkg: "libreoffice-calc-nogui", what: "LibreOffice Calc", found: () => which("soffice") },
  {
    pkg: "poppler-utils",
    what: "poppler（pdftotext、pdftoppm）",
    found: () => which("pdftotext") && which("pdftoppm"),
  },
  { pkg: "fonts-noto-cjk", what: "Noto CJK 字体", found: cjkFont },
];

/** The full path of a command on PATH, or null. */
function which(command) {
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, command);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return null;
}

/** A Noto CJK font as fontconfig lists it; without fc-list, a font file where Debian puts them. */
function cjkFont() {
  if (which("fc-list")) {
    const listed = spawnSync("fc-list", [":", "family"], { encoding: "utf8" });
    const line = (listed.stdout || "").split("\n").find((l) => /Noto (Sans|Serif) CJK/i.test(l));
    return line ? line.split(",")[0].trim() : null;
  }
  const find = (dir, depth) => {
    let names = [];
    try {
      names = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return null;
    }
    for (const entry of names) {
      const file = path.join(dir, entry.name);
      if (entry.isFile() && /^Noto(Sans|Serif)(Mono)?CJK/i.test(entry.name)) return file;
      if (entry.isDirectory() && depth > 0) {
        const found = find(file, depth - 1);
        if (found) return found;
      }
    }
    return null;
  };
  return find("/usr/share/fonts", 3);
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

function stop(message) {
  console.error(message);
  process.exit(1);
}

function main() {
  console.log("检查测试所需的系统软件包：");
  const missing = [];
  for (const need of NEEDS) {
    const where = need.found();
    if (where) console.log(`  找到 ${need.pkg}：${where}`);
    else missing.push(need);
  }
  if (missing.length === 0) return;

  const names = missing.map((n) => n.pkg).join(" ");
  const command = `apt-get update && apt-get install -y --no-install-recommends ${names}`;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root || !which("apt-get")) {
    stop(
      [
        `npm test 的端到端测试需要系统软件包：${names}（${missing.map((n) => n.what).join("、")}），本机缺少。`,
        root
          ? `本机没有 apt-get：请用系统的包管理器安装这些软件包（Debian 系的包名如上）。`
          : `请以 root 安装：sudo sh -c '${command}'，然后再运行 npm test。`,
      ].join("\n")
    );
  }
  console.log(`  缺少 ${names}，用 apt-get 安装：`);
  if (!run("apt-get", ["update", "-q"])) stop(`apt-get update 失败，未能安装 ${names}。`);
  if (
    !run("apt-get", [
      "install",
      "-y",
      "-q",
      "--no-install-recommends",
      ...missing.map((n) => n.pkg),
    ])
  )
    stop(`apt-get install 失败，未能安装 ${names}。`);
  const still = [];
  for (const need of missing) {
    const where = need.found();
    if (where) console.log(`  已安装 ${need.pkg}：${where}`);
    else still.push(need.pkg);
  }
  if (still.length > 0) stop(`安装后仍找不到：${still.join(" ")}。`);
}

main();
