/**
 * `npm run build` end to end: webpack writes functions.json from the JSDoc of functions.ts, its
 * English twin functions-en.json from the declarations, and a manifest whose every URL the build
 * serves, English Excel getting the English metadata.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const { validateManifest } = require("../../scripts/validate-manifest.js") as {
  validateManifest: (xml: string, options?: { distDir?: string }) => string[];
};

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string; optional?: boolean }[];
  }[];
}

const root = join(__dirname, "..", "..");
let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), "pt-build-"));
  execFileSync(
    join(root, "node_modules", ".bin", "webpack"),
    ["--mode", "production", "--output-path", dist],
    {
      cwd: root,
      stdio: "pipe",
    }
  );
}, 180_000);

afterAll(() => rmSync(dist, { recursive: true, force: true }));

const CJK = /[\u4e00-\u9fff]/;

describe("functions.json", () => {
  let metadata: Metadata;
  beforeAll(() => {
    metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8"));
  });

  it("lists PT.CHECK and PT.PROGRESS with Chinese descriptions and parameter help", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining(["CHECK", "PROGRESS", "SCHEDULE", "LIGHT", "EXPLAIN"])
    );
    for (const fn of metadata.functions) {
      expect(fn.description).toMatch(CJK);
      for (const parameter of fn.parameters) expect(parameter.description).toMatch(CJK);
    }
  });

  it("describes the parameters of CHECK and PROGRESS as the functions take them", () => {
    const byId = Object.fromEntries(metadata.functions.map((f) => [f.id, f]));
    expect(byId.CHECK.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([
      ["actual", false],
      ["target", false],
      ["indicator", true],
    ]);
    expect(byId.PROGRESS.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([
      ["spent", false],
      ["budget", false],
      ["planned", true],
      ["date", true],
      ["tolerance", true],
    ]);
  });

  it("is wired to the code: the bundle associates every id with its function", () => {
    const bundle = readFileSync(join(dist, "functions.js"), "utf8");
    for (const fn of metadata.functions)
      expect(bundle).toContain(`CustomFunctions.associate("${fn.id}"`);
  });
});

describe("functions-en.json", () => {
  it("is functions.json with English help, for English Excel", () => {
    const chinese = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as Metadata;
    const english = JSON.parse(readFileSync(join(dist, "functions-en.json"), "utf8")) as Metadata;
    const withoutHelp = (m: Metadata) =>
      JSON.stringify(m, (key, value) => (key === "description" ? undefined : value));
    expect(withoutHelp(english)).toEqual(withoutHelp(chinese));
    expect(english.functions.map((f) => f.id)).toEqual(chinese.functions.map((f) => f.id));
    for (const fn of english.functions) {
      // English prose: the Chinese help's sentences end in 。 and run on with ，；：
      expect(fn.description).toMatch(/^[A-Z]/);
      expect(fn.description).not.toMatch(/[，。；：]/);
      for (const parameter of fn.parameters)
        expect(parameter.description).toMatch(/^[A-Z][^，。；：]*$/);
    }
  });

  it("is what the manifest gives Excel in English", () => {
    const xml = readFileSync(join(dist, "manifest.xml"), "utf8");
    const url =
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="([^"]+)">\s*<bt:Override Locale="en-US" Value="([^"]+)"\s*\/>\s*<\/bt:Url>/.exec(
        xml
      );
    expect(url).not.toBeNull();
    expect(url![1].endsWith("/functions.json")).toBe(true);
    expect(url![2]).toBe(url![1].replace(/functions\.json$/, "functions-en.json"));
    expect(existsSync(join(dist, new URL(url![2]).pathname))).toBe(true);
  });
});

describe("manifest.xml", () => {
  it("passes the local check, and the build serves every URL it names", () => {
    expect(
      validateManifest(readFileSync(join(dist, "manifest.xml"), "utf8"), { distDir: dist })
    ).toEqual([]);
  });

  it("puts task pane and functions in one shared runtime under the PT namespace", () => {
    const xml = readFileSync(join(root, "manifest.xml"), "utf8");
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\s*\/>/);
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\s*\/>/);
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="PT"\s*\/>/);
  });
});

describe("the local manifest check can fail", () => {
  const good = readFileSync(join(root, "manifest.xml"), "utf8");

  it.each<[string, (xml: string) => string, RegExp]>([
    ["broken XML", (xml) => xml.replace("</OfficeApp>", ""), /XML 格式错误/],
    [
      "no shared runtime set",
      (xml) => xml.replace(/<Set Name="SharedRuntime"[^>]*>/, ""),
      /SharedRuntime/,
    ],
    [
      "a short-lived runtime",
      (xml) => xml.replace('lifetime="long"', 'lifetime="short"'),
      /共享运行时/,
    ],
    [
      "another namespace",
      (xml) => xml.replace('DefaultValue="PT"', 'DefaultValue="XX"'),
      /命名空间应为 PT/,
    ],
    [
      "a dangling resid",
      (xml) => xml.replace('resid="Functions.Metadata.Url"', 'resid="Nope"'),
      /Nope/,
    ],
    ["no Id", (xml) => xml.replace(/<Id>[^<]*<\/Id>/, "<Id>x</Id>"), /GUID/],
  ])("%s", (_name, breakIt, message) => {
    expect(validateManifest(breakIt(good)).join("\n")).toMatch(message);
  });

  it("reports a URL the build does not serve", () => {
    const xml = good.replace("assets/icon-80.png", "assets/icon-81.png");
    expect(validateManifest(xml, { distDir: dist }).join("\n")).toMatch(/icon-81.png/);
  });
});
