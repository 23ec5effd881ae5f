/**
 * The WPS install page (publish.html, served beside the online add-in): installs and uninstalls the
 * add-in through WPS's local relay, as Kingsoft's wpsjs toolkit's publish page does. The relay
 * listens on 127.0.0.1:58890 (HTTPS 58891); every request is a POST whose body is text:
 *   /version                 → the relay's version as text (an old WPS has no relay at all)
 *   /publishlist             → a JSON array of the entries WPS has, {name, addonType, url, online, …}
 *   /deployaddons/runParams  → the entry, JSON then base64 (UTF-8); "OK" or an empty 200 is success
 * WPS then asks 信任并安装 itself and writes publish.xml and authwebsite.xml. The page's data (name,
 * version, and the add-in's address when the build was given one) comes in a JSON script element;
 * without an address the add-in is the folder this page is served from.
 */

interface AddinInfo {
  name: string;
  version: string;
  /** The add-in folder's address (ends in "/"); empty: this page's folder. */
  url: string;
}

/** One entry of the relay's list, as publishlist answers it. */
interface RelayEntry {
  name?: string;
  addonType?: string;
  url?: string;
  online?: string;
  enable?: string;
}

type Tone = "success" | "warning" | "error" | "info";

const TIMEOUT_MS = 4000;

function relayBase(): string {
  // A page served over https may not call http: the relay answers https on 58891.
  return location.protocol === "https:" ? "https://127.0.0.1:58891" : "http://127.0.0.1:58890";
}

/** UTF-8, then base64, as the relay decodes it. */
export function encodeEntry(entry: Record<string, string>): string {
  const bytes = new TextEncoder().encode(JSON.stringify(entry));
  let binary = "";
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary);
}

/** A POST to the relay: the answer's status and text, or null when nothing answered. */
function post(path: string, body: string): Promise<{ status: number; text: string } | null> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", relayBase() + path);
    xhr.timeout = TIMEOUT_MS;
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => resolve(null);
    xhr.ontimeout = () => resolve(null);
    try {
      xhr.send(body);
    } catch {
      resolve(null);
    }
  });
}

function info(): AddinInfo {
  const data = JSON.parse(document.getElementById("pt-addin")!.textContent || "{}") as AddinInfo;
  const url = data.url || new URL("./", location.href).href;
  return { ...data, url: url.endsWith("/") ? url : `${url}/` };
}

function entry(addin: AddinInfo, cmd: "enable" | "disable"): Record<string, string> {
  return {
    cmd,
    name: addin.name,
    addonType: "et",
    url: addin.url,
    online: "true",
    version: addin.version,
    customDomain: "",
  };
}

const $ = (id: string) => document.getElementById(id)!;

function say(id: string, tone: Tone, html: string): void {
  const box = $(id);
  box.className = `pt-notice pt-${tone}`;
  box.innerHTML = html;
  box.hidden = false;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

const noRelay =
  () => `<b>没有连上本机的 WPS 服务</b>（${relayBase().replace(/^https?:\/\//, "")}）。可能的原因与办法：
<ul>
<li>WPS 没有运行：先打开 WPS 表格，再点“重新检测”。</li>
<li>WPS 版本太旧：个人版需 12.1.0.16910 及以上才能用本页安装（PT 函数需 12.1.0.20540 及以上）；请升级 WPS，或请信息中心用离线方式安装（<code>pt wps-install</code>）。</li>
<li>浏览器拦截了对本机地址的访问：请用单位内网服务器上的本页（不要用公网地址打开），或换用 Edge / Chrome 并在提示时选择“允许”。</li>
</ul>`;

function showState(addin: AddinInfo, list: RelayEntry[]): void {
  const ours = list.filter((e) => e.name === addin.name && e.addonType === "et");
  const here = ours.find((e) => e.url === addin.url);
  const state = $("pt-state");
  if (here && here.enable !== "disable" && here.enable !== "false") {
    state.textContent = "已安装";
    state.className = "pt-badge pt-success";
  } else if (ours.length > 0) {
    state.textContent = `已安装其他地址的版本：${ours.map((e) => e.url ?? "").join("、")}`;
    state.className = "pt-badge pt-warning";
  } else {
    state.textContent = "未安装";
    state.className = "pt-badge pt-info";
  }
}

/** Asks the relay what is installed; says so when it does not answer. */
async function refresh(addin: AddinInfo): Promise<boolean> {
  $("pt-state").textContent = "正在检测…";
  $("pt-state").className = "pt-badge pt-info";
  const version = await post("/version", "{}");
  if (!version || version.status !== 200) {
    $("pt-state").textContent = "无法检测";
    say("pt-relay", "error", noRelay());
    return false;
  }
  say("pt-relay", "success", `已连上本机的 WPS 服务（版本 ${escapeHtml(version.text.trim())}）。`);
  const listed = await post("/publishlist", "");
  let list: RelayEntry[] = [];
  try {
    list = listed && listed.status === 200 ? (JSON.parse(listed.text || "[]") as RelayEntry[]) : [];
  } catch {
    list = [];
  }
  showState(addin, Array.isArray(list) ? list : []);
  return true;
}

async function run(addin: AddinInfo, cmd: "enable" | "disable"): Promise<void> {
  const answer = await post("/deployaddons/runParams", encodeEntry(entry(addin, cmd)));
  const ok = answer && answer.status === 200 && ["", "OK"].includes(answer.text.trim());
  if (!answer) say("pt-result", "error", noRelay());
  else if (!ok)
    say(
      "pt-result",
      "error",
      `WPS 没有完成${cmd === "enable" ? "安装" : "卸载"}，它的回答是：<code>${escapeHtml(
        answer.text.trim() || `HTTP ${answer.status}`
      )}</code>`
    );
  else if (cmd === "enable")
    say(
      "pt-result",
      "success",
      "已交给 WPS。WPS 弹出提示时请选<b>信任并安装</b>，然后<b>关闭并重新打开 WPS 表格</b>，功能区出现“绩效目标”选项卡即装好了；可先点其中的“自检”。"
    );
  else say("pt-result", "success", "已卸载。关闭并重新打开 WPS 表格后，“绩效目标”选项卡不再出现。");
  if (answer) await refresh(addin);
}

function start(): void {
  const addin = info();
  $("pt-url").textContent = addin.url;
  $("pt-version").textContent = addin.version;
  $("pt-install").addEventListener("click", () => void run(addin, "enable"));
  $("pt-uninstall").addEventListener("click", () => void run(addin, "disable"));
  $("pt-retry").addEventListener("click", () => void refresh(addin));
  void refresh(addin);
}

if (typeof document !== "undefined" && document.getElementById("pt-addin")) start();
