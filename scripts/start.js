/**
 * npm start: builds and serves the add-in on https://localhost:3000, then sideloads manifest.xml
 * into desktop Excel where there is one (Windows, macOS). Elsewhere it keeps serving and says how
 * to load the manifest in Excel on the web. `npm stop` removes the sideloaded manifest.
 *
 * Sideloading is what office-addin-debugging does, done here in a few lines: its current versions
 * pull in the Microsoft 365 Agents Toolkit and a native keytar build that fails on Linux.
 */
const { spawn, execFileSync } = require("child_process");
const fs = require("fs");
const https = require("https");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const manifest = path.join(root, "manifest.xml");
const port = Number(process.env.PORT || process.env.npm_package_config_dev_server_port || 3000);
const addinId = /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(manifest, "utf8"))[1];
const WIN_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";
const MAC_EXCEL = "/Applications/Microsoft Excel.app";
const MAC_WEF = path.join(
  os.homedir(),
  "Library/Containers/com.microsoft.Excel/Data/Documents/wef"
);

function run(command, args) {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Registers the manifest with desktop Excel and opens Excel; false where there is none. */
function sideload() {
  if (process.platform === "win32") {
    const hasExcel = run("reg", [
      "query",
      "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe",
    ]);
    if (!hasExcel) return false;
    return (
      run("reg", ["add", WIN_KEY, "/v", addinId, "/t", "REG_SZ", "/d", manifest, "/f"]) &&
      run("cmd", ["/c", "start", "", "excel"])
    );
  }
  if (process.platform === "darwin" && fs.existsSync(MAC_EXCEL)) {
    fs.mkdirSync(MAC_WEF, { recursive: true });
    fs.copyFileSync(manifest, path.join(MAC_WEF, `${addinId}.manifest.xml`));
    return run("open", ["-a", MAC_EXCEL]);
  }
  return false;
}

function unsideload() {
  if (process.platform === "win32") run("reg", ["delete", WIN_KEY, "/v", addinId, "/f"]);
  if (process.platform === "darwin")
    fs.rmSync(path.join(MAC_WEF, `${addinId}.manifest.xml`), { force: true });
  console.log("已移除旁加载的加载项清单。");
}

function waitForServer(url, deadline) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const request = https.get(url, { rejectUnauthorized: false }, (response) => {
        response.resume();
        if (response.statusCode === 200) resolve();
        else retry();
      });
      request.on("error", retry);
    };
    const retry = () =>
      Date.now() > deadline ? reject(new Error(`${url} 未响应`)) : setTimeout(attempt, 500);
    attempt();
  });
}

async function start() {
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const server = spawn(process.execPath, [webpack, "serve", "--mode", "development"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PORT: String(port) },
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));

  const base = `https://localhost:${port}`;
  await waitForServer(`${base}/taskpane.html`, Date.now() + 180_000);
  console.log(`\n加载项已在 ${base} 提供服务（按 Ctrl+C 停止）。`);
  if (process.env.PT_NO_SIDELOAD !== "1" && sideload()) {
    console.log("已旁加载到桌面版 Excel：在“开始”选项卡点击“绩效目标表”。");
    return;
  }
  console.log(
    [
      "未检测到桌面版 Excel，可在 Excel 网页版中加载：",
      `  1. 在浏览器打开 ${base}/taskpane.html，信任开发证书（首次使用）；`,
      "  2. 在 Excel 网页版打开工作簿：开始 → 加载项 → 更多设置 → 上传我的加载项；",
      `  3. 选择 ${manifest}。`,
    ].join("\n")
  );
}

if (process.argv.includes("--stop")) unsideload();
else
  start().catch((error) => {
    console.error(`启动失败：${error.message}`);
    process.exit(1);
  });
