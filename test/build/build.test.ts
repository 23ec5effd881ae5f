/**
 * `npm run build` end to end, for an intranet server (ADDIN_URL): webpack writes functions.json from
 * the JSDoc of functions.ts and a manifest whose every URL the build serves; both files pass the
 * schemas Excel checks them against (schemas/), and the build names no localhost anywhere.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const { validateAddin, validateManifestSchema, validateFunctionsMetadata, checkManifest } =
  require("../../scripts/validate-manifest.js") as {
    validateAddin: (files: {
      manifest: string;
      functions?: unknown;
      distDir?: string;
    }) => Promise<string[]>;
    validateManifestSchema: (xml: string) => Promise<string[]>;
    validateFunctionsMetadata: (metadata: unknown) => string[];
    checkManifest: (xml: string, options?: { distDir?: string }) => string[];
  };

const ADDIN_URL = "https://intranet.example.cn/pt/";

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
    { cwd: root, stdio: "pipe", env: { ...process.env, ADDIN_URL } }
  );
}, 600_000); // minutes when the machine is busy

describe("taskpane.html", () => {
  const scripts = () =>
    [...readFileSync(join(dist, "taskpane.html"), "utf8").matchAll(/<script[^>]*src="?([^" >]+)/g)]
      .map((m) => m[1])
      .filter((src) => !/^https?:/.test(src));

  it("loads one runtime, the shared chunk and both entries, each once", () => {
    expect(scripts()).toEqual(["runtime.js", "functions.js", "shared.js", "taskpane.js"]);
    for (const file of scripts()) expect(existsSync(join(dist, file))).toBe(true);
  });

  it("carries the code both entries use once: the 指标值 grammar is in one file only", () => {
    // A message of src/core/target.ts, which the custom functions and the pane's form both use:
    // in the shared chunk, and not again in the functions' implementations loaded later.
    const holding = readdirSync(dist).filter(
      (file) =>
        file.endsWith(".js") &&
        readFileSync(join(dist, file), "utf8").includes("之后应为数值和单位")
    );
    expect(holding).toEqual(["shared.js"]);
  });

  it("leaves what the first screen does not show to chunks loaded when asked for", () => {
    const firstScreen = scripts().map((file) => readFileSync(join(dist, file), "utf8"));
    const later = (text: string) =>
      readdirSync(dist).filter(
        (file) => file.endsWith(".js") && readFileSync(join(dist, file), "utf8").includes(text)
      );
    // A review rule's message (PT.REVIEW loads its rules on the first call in Excel), the
    // pane's English text (loaded only where Office runs in English), the functions' help
    // (catalog.ts, for the functions page) and their implementations (cells.ts, loaded on the
    // first PT call), and the other pages' Chinese text (i18n-pages.ts): each in some other
    // chunk. The 指标库's review rule travels with the rules: "份公开文件" is in its message.
    const texts = [
      "满意度目标一般不低于",
      "Performance Targets",
      "这一行的审核意见",
      "审核规则尚未加载",
      "份公开文件",
      "自检：这台电脑上的",
    ];
    for (const text of texts) {
      expect(firstScreen.filter((code) => code.includes(text))).toEqual([]);
      expect(later(text).length).toBeGreaterThan(0);
    }
  });

  it("associates the ribbon's ExecuteFunction actions at start, under the manifest's names", () => {
    const firstScreen = scripts()
      .map((file) => readFileSync(join(dist, file), "utf8"))
      .join("\n");
    const names = [
      ...readFileSync(join(root, "manifest.xml"), "utf8").matchAll(
        /<FunctionName>([^<]+)<\/FunctionName>/g
      ),
    ].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    expect(firstScreen).toMatch(/\.actions\.associate\(/);
    for (const name of names) expect(firstScreen).toContain(`"${name}"`);
  });

  it("keeps the 指标库's data out of the first screen (the pane loads its search on demand)", () => {
    // A source address of the generated library: only a chunk holding the library has it.
    const source = (
      require("../../src/core/library/library.generated.json") as { tables: { source: string }[] }
    ).tables[0].source;
    const firstScreen = scripts().map((file) => readFileSync(join(dist, file), "utf8"));
    expect(firstScreen.filter((code) => code.includes(source))).toEqual([]);
  });
});

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
        "BUDGETSCORE",
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
      ["year", true],
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
      ["rounding", true],
      ["preset", true],
      ["year", true],
    ]);
    expect(byId.BUDGETSCORE.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([
      ["rate", false],
      ["weight", false],
      ["rounding", true],
      ["preset", true],
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
    expect(url![2].startsWith(ADDIN_URL)).toBe(true);
    expect(existsSync(join(dist, url![2].slice(ADDIN_URL.length)))).toBe(true);
  });
});

describe("manifest.xml and functions.json against their schemas", () => {
  const source = () => readFileSync(join(root, "manifest.xml"), "utf8");
  const metadata = () => JSON.parse(readFileSync(join(dist, "functions.json"), "utf8"));

  it("the source manifest and the built metadata pass", async () => {
    expect(await validateAddin({ manifest: source(), functions: metadata() })).toEqual([]);
  });

  it("the intranet build passes, serves every URL it names, and names no localhost anywhere", async () => {
    const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
    expect(await validateAddin({ manifest, functions: metadata(), distDir: dist })).toEqual([]);
    const urls = manifest.match(/https?:\/\/[^"<\s]+/g) ?? [];
    expect(urls.filter((u) => u.includes("intranet")).length).toBeGreaterThan(5);
    expect(urls.every((u) => u.startsWith(ADDIN_URL) || !u.includes("localhost"))).toBe(true);
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) =>
        statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]
      );
    const naming = files(dist).filter((f) => readFileSync(f).includes("localhost"));
    expect(naming).toEqual([]);
  });

  it("puts task pane and functions in one shared runtime under the PT namespace", () => {
    const xml = source();
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\s*\/>/);
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\s*\/>/);
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="PT"\s*\/>/);
  });
});

describe("the checks fail on a broken manifest or metadata", () => {
  const good = readFileSync(join(root, "manifest.xml"), "utf8");
  const problems = async (xml: string) =>
    [...(await validateManifestSchema(xml)), ...checkManifest(xml)].join("\n");

  it.each<[string, (xml: string) => string, RegExp]>([
    ["broken XML", (xml) => xml.replace("</OfficeApp>", ""), /Premature end of data/],
    ["an Id that is no GUID", (xml) => xml.replace(/<Id>[^<]*<\/Id>/, "<Id>x</Id>"), /Id.*pattern/],
    [
      "an element the schema does not know",
      (xml) => xml.replace("<Permissions>", "<Bogus/><Permissions>"),
      /Bogus.*not expected/,
    ],
    [
      "a runtime lifetime the schema does not allow",
      (xml) => xml.replace('lifetime="long"', 'lifetime="forever"'),
      /lifetime.*short.*long/,
    ],
    [
      "a short-lived runtime",
      (xml) => xml.replace('lifetime="long"', 'lifetime="short"'),
      /共享运行时/,
    ],
    [
      "no shared runtime set",
      (xml) => xml.replace(/<Set Name="SharedRuntime"[^>]*>/, ""),
      /SharedRuntime/,
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
  ])("%s", async (_name, breakIt, message) => {
    expect(await problems(breakIt(good))).toMatch(message);
  });

  it("reports a URL the build does not serve", () => {
    const xml = readFileSync(join(dist, "manifest.xml"), "utf8").replace(
      "assets/icon-80.png",
      "assets/icon-81.png"
    );
    expect(checkManifest(xml, { distDir: dist }).join("\n")).toMatch(/icon-81.png/);
  });

  it.each<[string, (m: Metadata) => void, RegExp]>([
    ["an id with a space", (m) => (m.functions[0].id = "CHECK IT"), /\/functions\/0\/id/],
    ["no name", (m) => delete (m.functions[1] as Partial<Metadata["functions"][0]>).name, /name/],
    [
      "a parameter type Excel does not know",
      (m) => ((m.functions[0].parameters[0] as { type?: string }).type = "text"),
      /parameters\/0\/type/,
    ],
    [
      "a property Excel does not know",
      (m) => ((m.functions[0] as unknown as Record<string, unknown>).colour = "red"),
      /colour/,
    ],
  ])("functions.json with %s", (_name, breakIt, message) => {
    const metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as Metadata;
    breakIt(metadata);
    expect(validateFunctionsMetadata(metadata).join("\n")).toMatch(message);
  });
});
