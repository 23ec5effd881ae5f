/**
 * `pt wps-install`: installs the WPS add-in for the current user in one step, the way the wpsjs
 * toolkit lays out an add-in copied by hand. Offline: the built folder pt_<version> goes into the
 * jsaddons folder (%APPDATA%\kingsoft\wps\jsaddons on Windows, ~/.local/share/Kingsoft/wps/jsaddons
 * on Linux) and our lines go into publish.xml, jsplugins.xml and authwebsite.xml there. Online
 * (`--url`): the same lines name the server instead and nothing is copied. Other add-ins' lines
 * are kept byte for byte; a file holding anything of theirs is backed up before it changes;
 * running it twice changes nothing; `--uninstall` takes out only what is ours.
 */
import { spawnSync } from "child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "fs";
import { homedir } from "os";
import { join } from "path";
import { emptyList, Entry, readList, updateList, XmlListError } from "./xml-list";
import { CliError, Command, flag, stringOption } from "./command";
import { PACKAGE_ROOT } from "./root";

export const ADDIN_NAME = "pt";
const ROOT_DIR = PACKAGE_ROOT;

export function addinVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT_DIR, "package.json"), "utf8")) as { version: string })
    .version;
}

/** The folder name of an add-in copied by hand: name_version (the toolkit's convention). */
export const addinFolder = (version: string) => `${ADDIN_NAME}_${version}`;

/** The three list files, their root elements, and our lines in each. */
export const LISTS = ["publish.xml", "jsplugins.xml", "authwebsite.xml"] as const;
export type ListFile = (typeof LISTS)[number];
const ROOTS: Record<ListFile, string> = {
  "publish.xml": "jsplugins",
  "jsplugins.xml": "jsplugins",
  "authwebsite.xml": "websites",
};

/** Our lines for a folder copied into jsaddons (offline) or a server URL (online). */
export function entriesFor(version: string, url?: string): Record<ListFile, Entry[]> {
  const base = { name: ADDIN_NAME, type: "et" };
  if (url) {
    return {
      "publish.xml": [
        {
          tag: "jspluginonline",
          attributes: { ...base, url, enable: "enable_dev", install: "null", customDomain: "" },
        },
      ],
      "jsplugins.xml": [{ tag: "jspluginonline", attributes: { ...base, url } }],
      "authwebsite.xml": [
        {
          tag: "website",
          attributes: { origin: new URL(url).origin, name: ADDIN_NAME, status: "enable" },
        },
      ],
    };
  }
  const url0 = addinFolder(version);
  return {
    "publish.xml": [
      {
        tag: "jsplugin",
        attributes: {
          ...base,
          url: url0,
          version,
          enable: "enable_dev",
          install: "null",
          customDomain: "",
        },
      },
    ],
    "jsplugins.xml": [{ tag: "jsplugin", attributes: { ...base, url: url0, version } }],
    "authwebsite.xml": [
      { tag: "website", attributes: { origin: "null", name: ADDIN_NAME, status: "enable" } },
    ],
  };
}

const ours = (entry: Entry) => entry.attributes.name === ADDIN_NAME;

/** Where WPS looks for add-ins of the current user. */
export function jsaddonsDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env
): string {
  if (platform === "win32") {
    if (!env.APPDATA) throw new XmlListError("找不到 %APPDATA%，无法确定 WPS 加载项目录");
    return join(env.APPDATA, "kingsoft", "wps", "jsaddons");
  }
  if (platform === "linux")
    return join(env.HOME || homedir(), ".local", "share", "Kingsoft", "wps", "jsaddons");
  throw new XmlListError(`暂不支持在 ${platform} 上安装 WPS 加载项（支持 Windows 与 Linux）`);
}

export interface InstallOptions {
  /** The jsaddons folder; by default the current user's. */
  dir?: string;
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** The built add-in folder to copy (offline mode). */
  source?: string;
  /** Server URL of the add-in (online mode): nothing is copied. */
  url?: string;
  uninstall?: boolean;
  version?: string;
  now?: Date;
}

export interface InstallReport {
  dir: string;
  /** What was done, one line each, in Chinese. */
  lines: string[];
  backups: string[];
  changed: boolean;
}

function stamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
}

function backup(file: string, now: Date): string {
  let name = `${file}.${stamp(now)}.bak`;
  for (let n = 2; existsSync(name); n++) name = `${file}.${stamp(now)}-${n}.bak`;
  copyFileSync(file, name);
  return name;
}

/** Whether two folders hold the same files with the same bytes. */
function sameTree(a: string, b: string): boolean {
  if (!existsSync(a) || !existsSync(b)) return false;
  const names = (d: string) => readdirSync(d).sort();
  const [x, y] = [names(a), names(b)];
  if (x.join("\n") !== y.join("\n")) return false;
  return x.every((name) => {
    const [p, q] = [join(a, name), join(b, name)];
    if (statSync(p).isDirectory() !== statSync(q).isDirectory()) return false;
    return statSync(p).isDirectory() ? sameTree(p, q) : readFileSync(p).equals(readFileSync(q));
  });
}

/** Folders of ours named in a list: pt_<version>, nothing outside jsaddons. */
function ourFolders(entries: Entry[]): string[] {
  return entries
    .filter(ours)
    .map((e) => e.attributes.url ?? "")
    .filter((url) => new RegExp(`^${ADDIN_NAME}_[\\w.-]+$`).test(url));
}

/** Installs (or with `uninstall`, removes) the add-in; throws XmlListError on a file it cannot read. */
export function installWps(options: InstallOptions = {}): InstallReport {
  const dir = options.dir ?? jsaddonsDir(options.platform, options.env);
  const version = options.version ?? addinVersion();
  const now = options.now ?? new Date();
  const report: InstallReport = { dir, lines: [], backups: [], changed: false };
  const wanted = options.uninstall ? null : entriesFor(version, options.url);
  const folder = addinFolder(version);
  if (wanted && !options.url) {
    if (!options.source || !existsSync(join(options.source, "ribbon.xml")))
      throw new XmlListError(`离线加载项目录不完整：${options.source ?? "（未给出）"}`);
  }

  // Read every list first, so that a file we cannot read stops us before anything changes.
  const lists = LISTS.map((file) => {
    const path = join(dir, file);
    const text = existsSync(path) ? readFileSync(path, "utf8") : null;
    try {
      const entries = text === null ? [] : readList(text, ROOTS[file]);
      return { file, path, text, entries };
    } catch (error) {
      throw new XmlListError(`${path}：${(error as Error).message}；未做任何改动`);
    }
  });
  const old = new Set(lists.flatMap((l) => ourFolders(l.entries)));

  mkdirSync(dir, { recursive: true });
  if (wanted && !options.url) {
    const target = join(dir, folder);
    if (sameTree(options.source!, target)) report.lines.push(`${target} 已是这一版本`);
    else {
      rmSync(target, { recursive: true, force: true });
      cpSync(options.source!, target, { recursive: true });
      report.lines.push(`已复制加载项到 ${target}`);
      report.changed = true;
    }
  }
  // Folders of ours no longer named: an older version, or all of them when uninstalling.
  const keep = wanted && !options.url ? folder : null;
  if (!wanted) old.add(folder);
  for (const name of old) {
    const path = join(dir, name);
    if (name !== keep && existsSync(path)) {
      rmSync(path, { recursive: true, force: true });
      report.lines.push(`已删除 ${path}`);
      report.changed = true;
    }
  }

  for (const { file, path, text } of lists) {
    const root = ROOTS[file];
    const before = text ?? emptyList(root);
    const after = updateList(before, root, ours, wanted ? wanted[file] : []);
    const emptied = after === emptyList(root);
    if (text === null ? emptied : after === text) continue;
    // Back up what holds anything besides ours; a list that holds nothing goes away.
    if (text !== null && updateList(text, root, ours, []) !== emptyList(root))
      report.backups.push(backup(path, now));
    if (emptied) {
      unlinkSync(path);
      report.lines.push(`已删除 ${path}（其中只有本加载项）`);
    } else {
      writeFileSync(path, after);
      report.lines.push(`${wanted ? "已写入" : "已移除"}本加载项在 ${path} 中的条目`);
    }
    report.changed = true;
  }
  if (!report.changed) report.lines.push("没有需要改动的内容");
  return report;
}

/** `pt wps-install`: builds the offline add-in when it is missing, installs or removes it, reports. */
export const wpsInstall: Command = {
  name: "wps-install",
  usage: `  pt wps-install [--url 服务器地址] [--uninstall] [--from 目录] [--dir 目录]
      把 WPS 加载项装入当前用户的 WPS（Windows 与 Linux），然后重启 WPS 表格即可。
      默认离线安装：复制 dist-wps-offline/pt_<版本>（没有就先构建），写入加载项目录的
      publish.xml、jsplugins.xml、authwebsite.xml；其他加载项的条目原样保留，改动前备份。
      --url：在线模式，加载项由该地址提供（先把 dist-wps/ 放到服务器上），不复制文件。
      --uninstall：移除本加载项的文件和条目。 --dir：加载项目录不在默认位置时指定。`,
  options: {
    url: { type: "string" },
    from: { type: "string" },
    dir: { type: "string" },
    uninstall: { type: "boolean" },
  },
  async run(args, io) {
    if (args.positionals.length > 0)
      throw new CliError(`pt wps-install 不接受文件参数：${args.positionals.join(" ")}`, 2);
    const uninstall = flag(args, "uninstall");
    let url = stringOption(args, "url");
    if (url !== undefined) {
      if (!/^https?:\/\/[^/]/.test(url))
        throw new CliError(`--url 应为 http:// 或 https:// 地址：${url}`, 2);
      if (!url.endsWith("/")) url += "/";
    }
    const version = addinVersion();
    let source = stringOption(args, "from");
    if (!uninstall && !url && !source) {
      source = join(ROOT_DIR, "dist-wps-offline", addinFolder(version));
      if (!existsSync(join(source, "ribbon.xml"))) {
        io.out("尚未构建 WPS 加载项，先运行 npm run build:wps …\n");
        const npm = process.platform === "win32" ? "npm.cmd" : "npm";
        const built = spawnSync(npm, ["run", "build:wps"], {
          cwd: ROOT_DIR,
          stdio: "inherit",
          shell: process.platform === "win32",
        });
        if (built.status !== 0) throw new CliError("构建 WPS 加载项失败（npm run build:wps）");
      }
    }
    let report;
    try {
      report = installWps({ dir: stringOption(args, "dir"), source, url, uninstall, version });
    } catch (error) {
      if (error instanceof XmlListError) throw new CliError(error.message, 2);
      throw error;
    }
    io.out(`WPS 加载项目录：${report.dir}\n`);
    for (const line of report.lines) io.out(`  ${line}\n`);
    for (const file of report.backups) io.out(`  改动前的备份：${file}\n`);
    io.out(
      uninstall
        ? "已卸载。请重启 WPS 表格。\n"
        : "请重启 WPS 表格。首次加载时 WPS 会询问是否信任该加载项，选择“信任”；之后功能区出现“绩效目标”选项卡。\n"
    );
    return 0;
  },
};
