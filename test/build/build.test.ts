/**
 * `npm run build` end to end: webpack writes functions.json from the JSDoc of functions.ts, and a
 * manifest whose every URL the build serves.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
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
      expect.arrayContaining([
        "CHECK",
        "PROGRESS",
        "SCHEDULE",
        "LIGHT",
        "EXPLAIN",
        "SCORE",
        "GRADE",
      ])
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
    expect(byId.SCORE.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([
      ["actual", false],
      ["target", false],
      ["weight", false],
      ["indicator", true],
      ["method", true],
    ]);
    expect(byId.GRADE.parameters.map((p) => p.name)).toEqual(["total"]);
    expect(byId.LIGHT.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([
      ["spent", false],
      ["budget", false],
      ["date", false],
      ["rule", true],
    ]);
  });

  it("is wired to the code: the bundle associates every id with its function", () => {
    const bundle = readFileSync(join(dist, "functions.js"), "utf8");
    for (const fn of metadata.functions)
      expect(bundle).toContain(`CustomFunctions.associate("${fn.id}"`);
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
