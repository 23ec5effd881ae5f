/**
 * `pt wps-install` into a temporary HOME (Linux layout) and a simulated %APPDATA% (Windows layout),
 * with and without another add-in's files: theirs survive byte for byte, ours appear once, a second
 * run changes nothing, --uninstall gives back what was there.
 */
import { execFileSync } from "child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { installWps, InstallOptions, LISTS } from "../../src/cli/wps-install";
import { readList, updateList, XmlListError } from "../../src/cli/xml-list";

const root = join(__dirname, "..", "..");
let work: string;
let source: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "pt-wps-install-"));
  source = join(work, "build", "pt_0.1.0");
  mkdirSync(join(source, "assets"), { recursive: true });
  writeFileSync(join(source, "ribbon.xml"), "<customUI/>");
  writeFileSync(join(source, "index.html"), "<html></html>");
  writeFileSync(join(source, "assets", "icon-32.png"), Buffer.from([137, 80, 78, 71]));
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Another add-in's files, written the way people and tools leave them: CRLF, comments, quotes. */
const THEIRS: Record<string, string> = {
  "publish.xml":
    '<?xml version="1.0" encoding="UTF-8"?>\r\n<jsplugins>\r\n\t<!-- 单位 OA -->\r\n\t<jsplugin name=\'oa\' type="wps" url="oa_2.1" version="2.1" enable="enable_dev" install="null"/>\r\n\t<jspluginonline name="sign" type="et" url="http://10.0.0.5/sign/" enable="true"></jspluginonline>\r\n</jsplugins>\r\n',
  "jsplugins.xml":
    '<jsplugins>\n    <jsplugin name="oa" type="wps" url="oa_2.1" version="2.1"/>\n</jsplugins>',
  "authwebsite.xml":
    '<?xml version="1.0" encoding="UTF-8"?>\n<websites>\n  <website origin="null" name="oa" status="enable"/>\n</websites>\n',
};

function linux(extra: Partial<InstallOptions> = {}): InstallOptions {
  return {
    platform: "linux",
    env: { HOME: join(work, "home") },
    source,
    version: "0.1.0",
    ...extra,
  };
}
const linuxDir = () => join(work, "home", ".local", "share", "Kingsoft", "wps", "jsaddons");

function files(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".xml"))
      .map((f) => [f, readFileSync(join(dir, f), "utf8")])
  );
}

const mine = (xml: string, file: string) =>
  readList(xml, file === "authwebsite.xml" ? "websites" : "jsplugins").filter(
    (e) => e.attributes.name === "pt"
  );

describe.each([
  ["Linux (HOME)", linux, linuxDir],
  [
    "Windows (%APPDATA%)",
    (extra: Partial<InstallOptions> = {}) => ({
      platform: "win32" as const,
      env: { APPDATA: join(work, "AppData", "Roaming") },
      source,
      version: "0.1.0",
      ...extra,
    }),
    () => join(work, "AppData", "Roaming", "kingsoft", "wps", "jsaddons"),
  ],
])("%s", (_name, options, dirOf) => {
  it("installs into an empty machine: the folder and one line in each list", () => {
    const report = installWps(options());
    const dir = dirOf();
    expect(report.dir).toBe(dir);
    expect(readFileSync(join(dir, "pt_0.1.0", "ribbon.xml"), "utf8")).toBe("<customUI/>");
    const lists = files(dir);
    expect(Object.keys(lists).sort()).toEqual([...LISTS].sort());
    expect(lists["publish.xml"]).toContain(
      '<jsplugin name="pt" type="et" url="pt_0.1.0" version="0.1.0" enable="enable_dev" install="null" customDomain=""/>'
    );
    expect(lists["jsplugins.xml"]).toContain(
      '<jsplugin name="pt" type="et" url="pt_0.1.0" version="0.1.0"/>'
    );
    expect(lists["authwebsite.xml"]).toContain(
      '<website origin="null" name="pt" status="enable"/>'
    );
    for (const [file, xml] of Object.entries(lists)) expect(mine(xml, file)).toHaveLength(1);
    expect(report.backups).toEqual([]);
    // And uninstalling leaves nothing of ours.
    installWps(options({ uninstall: true }));
    expect(readdirSync(dir)).toEqual([]);
  });

  it("keeps another add-in's lines byte for byte, backs its files up, and gives them back on uninstall", () => {
    const dir = dirOf();
    mkdirSync(join(dir, "oa_2.1"), { recursive: true });
    writeFileSync(join(dir, "oa_2.1", "ribbon.xml"), "<customUI/>");
    for (const [file, text] of Object.entries(THEIRS)) writeFileSync(join(dir, file), text);

    const first = installWps(options({ now: new Date(2026, 0, 2, 3, 4, 5) }));
    const installed = files(dir);
    for (const [file, text] of Object.entries(THEIRS)) {
      expect(mine(installed[file], file)).toHaveLength(1);
      // Take our line out again and the file is theirs, to the byte.
      const root = file === "authwebsite.xml" ? "websites" : "jsplugins";
      expect(updateList(installed[file], root, (e) => e.attributes.name === "pt", [])).toBe(text);
    }
    expect(installed["publish.xml"]).toContain('\r\n\t<jsplugin name="pt"');
    expect(first.backups.map((b) => readFileSync(b, "utf8")).sort()).toEqual(
      Object.values(THEIRS).sort()
    );
    expect(first.backups.every((b) => /\.20260102-030405\.bak$/.test(b))).toBe(true);

    const second = installWps(options());
    expect(second.changed).toBe(false);
    expect(second.backups).toEqual([]);
    expect(files(dir)).toEqual(installed);

    installWps(options({ uninstall: true }));
    expect(files(dir)).toEqual(THEIRS);
    expect(existsSync(join(dir, "pt_0.1.0"))).toBe(false);
    expect(readFileSync(join(dir, "oa_2.1", "ribbon.xml"), "utf8")).toBe("<customUI/>");
  });
});

it("replaces an older version's lines and folder", () => {
  const dir = linuxDir();
  mkdirSync(join(dir, "pt_0.0.9"), { recursive: true });
  writeFileSync(
    join(dir, "publish.xml"),
    '<jsplugins>\n  <jsplugin name="pt" type="et" url="pt_0.0.9" version="0.0.9" enable="enable_dev" install="null"/>\n  <jsplugin name="oa" type="wps" url="oa_2.1" version="2.1"/>\n</jsplugins>\n'
  );
  installWps(linux());
  const xml = readFileSync(join(dir, "publish.xml"), "utf8");
  expect(mine(xml, "publish.xml").map((e) => e.attributes.version)).toEqual(["0.1.0"]);
  // In place of the old line, before the other add-in's.
  expect(xml.indexOf('name="pt"')).toBeLessThan(xml.indexOf('name="oa"'));
  expect(existsSync(join(dir, "pt_0.0.9"))).toBe(false);
  expect(existsSync(join(dir, "pt_0.1.0", "ribbon.xml"))).toBe(true);
});

it("online mode names the server and copies nothing; it replaces an offline install", () => {
  installWps(linux());
  installWps(linux({ url: "http://10.1.2.3:8080/pt/", source: undefined }));
  const dir = linuxDir();
  const lists = files(dir);
  expect(lists["publish.xml"]).toContain(
    '<jspluginonline name="pt" type="et" url="http://10.1.2.3:8080/pt/" enable="enable_dev" install="null" customDomain=""/>'
  );
  expect(lists["jsplugins.xml"]).toContain(
    '<jspluginonline name="pt" type="et" url="http://10.1.2.3:8080/pt/"/>'
  );
  expect(lists["authwebsite.xml"]).toContain(
    '<website origin="http://10.1.2.3:8080" name="pt" status="enable"/>'
  );
  for (const [file, xml] of Object.entries(lists)) expect(mine(xml, file)).toHaveLength(1);
  expect(existsSync(join(dir, "pt_0.1.0"))).toBe(false);
});

it("touches nothing when a list is not valid XML, and says which file", () => {
  const dir = linuxDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "jsplugins.xml"), "<jsplugins><jsplugin name='oa'></jsplugins>");
  expect(() => installWps(linux())).toThrow(XmlListError);
  expect(() => installWps(linux())).toThrow(/jsplugins\.xml.*未做任何改动/);
  expect(readdirSync(dir)).toEqual(["jsplugins.xml"]);
});

it("refuses a folder that is not a built add-in", () => {
  expect(() => installWps(linux({ source: join(work, "nothing") }))).toThrow(/不完整/);
});

describe("list files", () => {
  const ours = (e: { attributes: Record<string, string> }) => e.attributes.name === "pt";
  const entry = { tag: "jsplugin", attributes: { name: "pt", url: "a&b" } };

  it("opens up an empty-element root and escapes attribute values", () => {
    expect(updateList('<?xml version="1.0"?>\n<jsplugins/>\n', "jsplugins", ours, [entry])).toBe(
      '<?xml version="1.0"?>\n<jsplugins>\n  <jsplugin name="pt" url="a&amp;b"/>\n</jsplugins>\n'
    );
    expect(updateList("<jsplugins></jsplugins>", "jsplugins", ours, [entry])).toBe(
      '<jsplugins>\n  <jsplugin name="pt" url="a&amp;b"/>\n</jsplugins>'
    );
  });

  it("reads elements with content and refuses another root", () => {
    const xml =
      '<jsplugins><jsplugin name="x"><!-- <jsplugin name="pt"/> --></jsplugin></jsplugins>';
    expect(readList(xml, "jsplugins").map((e) => e.attributes.name)).toEqual(["x"]);
    expect(() => readList(xml, "websites")).toThrow(/根元素/);
  });
});

it("npx pt wps-install and --uninstall work from the command line", () => {
  const home = join(work, "home");
  const run = (...args: string[]) =>
    execFileSync(process.execPath, [join(root, "bin", "pt.js"), "wps-install", ...args], {
      env: { ...process.env, HOME: home },
      encoding: "utf8",
    });
  if (process.platform !== "linux") return; // the default folder is the Linux one here
  const installed = run("--from", source);
  expect(installed).toContain(linuxDir());
  expect(installed).toContain("重启 WPS 表格");
  expect(installed).toContain("信任");
  // The command installs under the package's own version, whatever the folder it copies.
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    version: string;
  };
  expect(existsSync(join(linuxDir(), `pt_${version}`, "ribbon.xml"))).toBe(true);
  expect(run("--uninstall")).toContain("已卸载");
  expect(readdirSync(linuxDir())).toEqual([]);
}, 60_000);
