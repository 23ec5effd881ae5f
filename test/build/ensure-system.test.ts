/**
 * The first step of `npm test` on a fresh machine: scripts/ensure-system.js finds or installs
 * Chromium, LibreOffice Calc, poppler and the CJK fonts. Run here with a PATH of stubs — a fake
 * apt-get that records what it is asked and "installs" stub commands — never the real one.
 */
import { spawnSync, SpawnSyncOptions } from "child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const script = join(__dirname, "..", "..", "scripts", "ensure-system.js");
const PACKAGES = "chromium libreoffice-calc-nogui poppler-utils fonts-noto-cjk";
let bin: string;

function stub(name: string, body: string): void {
  writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
  chmodSync(join(bin, name), 0o755);
}

const FC_LIST = 'echo "Noto Sans CJK SC,Noto Sans CJK SC Regular"';

/** The commands a full install provides. */
function installed(): void {
  for (const command of ["chromium", "soffice", "pdftotext", "pdftoppm"]) stub(command, "exit 0");
  stub("fc-list", FC_LIST);
}

/** apt-get that logs its arguments; `install` creates the stub commands (or fails with `fail`). */
function fakeApt(fail = false): void {
  const log = join(bin, "apt.log");
  const creates = ["chromium", "soffice", "pdftotext", "pdftoppm"]
    .map(
      (c) => `printf '#!/bin/sh\\nexit 0\\n' > "${join(bin, c)}"; /bin/chmod 755 "${join(bin, c)}"`
    )
    .join("\n  ");
  stub(
    "apt-get",
    `echo "$@" >> "${log}"
if [ "$1" = "install" ]; then
  ${fail ? "exit 100" : creates}
  printf '#!/bin/sh\\n${FC_LIST.replace(/"/g, '\\"')}\\n' > "${join(bin, "fc-list")}"; /bin/chmod 755 "${join(bin, "fc-list")}"
fi
exit 0`
  );
}

function ensure(options: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, [script], {
    encoding: "utf8",
    env: { PATH: bin },
    timeout: 30_000,
    ...options,
  });
  return { code: result.status, out: String(result.stdout), err: String(result.stderr) };
}

const aptLog = () =>
  existsSync(join(bin, "apt.log")) ? readFileSync(join(bin, "apt.log"), "utf8") : "";
const root = typeof process.getuid === "function" && process.getuid() === 0;

beforeEach(() => {
  bin = mkdtempSync(join(tmpdir(), "pt-ensure-"));
  chmodSync(bin, 0o755);
  stub("fc-list", "exit 0"); // fontconfig without CJK fonts
});
afterEach(() => rmSync(bin, { recursive: true, force: true }));

it("finds everything on a machine that has it, and installs nothing", () => {
  installed();
  fakeApt();
  const { code, out } = ensure();
  expect(code).toBe(0);
  for (const pkg of PACKAGES.split(" ")) expect(out).toContain(`找到 ${pkg}`);
  expect(out).toContain("Noto Sans CJK SC");
  expect(aptLog()).toBe("");
});

(root ? it : it.skip)("as root with apt-get, installs what is missing and finds it after", () => {
  fakeApt();
  const { code, out } = ensure();
  expect(code).toBe(0);
  expect(aptLog()).toBe(`update -q\ninstall -y -q --no-install-recommends ${PACKAGES}\n`);
  for (const pkg of PACKAGES.split(" ")) expect(out).toContain(`已安装 ${pkg}`);
});

(root ? it : it.skip)("installs only what is missing", () => {
  installed();
  rmSync(join(bin, "pdftoppm"));
  fakeApt();
  const { code, out } = ensure();
  expect(code).toBe(0);
  expect(aptLog()).toContain("install -y -q --no-install-recommends poppler-utils\n");
  expect(out).toContain("找到 chromium");
  expect(out).toContain("已安装 poppler-utils");
});

it("without apt-get, stops at once with one message naming the packages", () => {
  const { code, out, err } = ensure();
  expect(code).not.toBe(0);
  expect(err).toContain(PACKAGES);
  expect(err.trim().split("\n").length).toBeLessThanOrEqual(2);
  expect(out).not.toContain("已安装");
});

(root ? it : it.skip)("as another user, stops at once and says how to install them as root", () => {
  fakeApt();
  const { code, err } = ensure({ uid: 65534, gid: 65534 });
  expect(code).not.toBe(0);
  expect(err).toContain(PACKAGES);
  expect(err).toContain("root");
  expect(aptLog()).toBe("");
});

(root ? it : it.skip)("stops when apt-get cannot install", () => {
  fakeApt(true);
  const { code, err } = ensure();
  expect(code).not.toBe(0);
  expect(err).toContain("apt-get install");
});
