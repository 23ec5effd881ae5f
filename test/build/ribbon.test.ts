/**
 * Excel's ribbon: the 自检 button beside 绩效目标表 in manifest.xml, its strings and icons as the
 * other button's, its ExecuteFunction action associated in the pane's page (src/taskpane/commands.ts)
 * and what the action does there: shows the pane and asks it for the self-test. The manifest still
 * passes the schemas and the checks of scripts/validate-manifest.js, which now also refuse a
 * command whose function file is not the shared runtime's page.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";
import {
  associateCommands,
  CommandOffice,
  onSelfTestRequest,
  SELF_TEST_ACTION,
  selfTestWanted,
  takeSelfTestRequest,
} from "../../src/taskpane/commands";

const { validateAddin, validateManifestSchema, checkManifest } =
  require("../../scripts/validate-manifest.js") as {
    validateAddin: (files: { manifest: string }) => Promise<string[]>;
    validateManifestSchema: (xml: string) => Promise<string[]>;
    checkManifest: (xml: string) => string[];
  };

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;
const doc = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  isArray: (name) => ["Control", "Image", "String", "Override"].includes(name),
}).parse(xml) as Node;

function find(node: unknown, name: string, found: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => find(n, name, found));
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node)) {
      if (key === name) (Array.isArray(value) ? value : [value]).forEach((v) => found.push(v));
      find(value, name, found);
    }
  return found;
}

const controls = find(doc, "Control");
const control = (id: string) => controls.find((c) => c["@id"] === id)!;
const strings = find(find(doc, "Resources")[0], "String");
/** A string resource: its default (Chinese) and its en-US override. */
function text(resid: unknown): { zh: unknown; en: unknown } {
  const entry = strings.find((s) => s["@id"] === resid);
  const override = (entry?.Override as Node[] | undefined)?.find((o) => o["@Locale"] === "en-US");
  return { zh: entry?.["@DefaultValue"], en: override?.["@Value"] };
}
const resid = (node: unknown) => (node as Node)["@resid"];
const icons = (c: Node) => ((c.Icon as Node).Image as Node[]).map((i) => [i["@size"], i["@resid"]]);

describe("the 自检 button in manifest.xml", () => {
  const pane = control("PT.TaskpaneButton");
  const selfTest = control("PT.SelfTestButton");

  it("sits in the same group as the pane's button, with the same icons", () => {
    const group = find(doc, "Group")[0];
    expect((group.Control as Node[]).map((c) => c["@id"])).toEqual([
      "PT.TaskpaneButton",
      "PT.SelfTestButton",
    ]);
    expect(selfTest["@type"]).toBe("Button");
    expect(icons(selfTest)).toEqual(icons(pane));
  });

  it("says 自检 in Chinese first and Self-test in English Excel", () => {
    expect(text(resid(selfTest.Label))).toEqual({ zh: "自检", en: "Self-test" });
    const supertip = selfTest.Supertip as Node;
    expect(resid(supertip.Title)).toBe(resid(selfTest.Label));
    const tip = text(resid(supertip.Description));
    expect(tip.zh).toMatch(/临时工作表.*报告/);
    expect(tip.en).toMatch(/temporary sheet.*report/);
  });

  it("runs a function in the shared runtime: ExecuteFunction named as the code associates it", () => {
    const action = selfTest.Action as Node;
    expect(action["@type"]).toBe("ExecuteFunction");
    expect(action.FunctionName).toBe(SELF_TEST_ACTION);
    // The function file is the page of the shared runtime, where the pane lives.
    expect(resid(find(doc, "FunctionFile")[0])).toBe(resid(find(doc, "Runtime")[0]));
  });

  it("leaves a manifest that passes the schemas and the add-in's checks", async () => {
    expect(await validateAddin({ manifest: xml })).toEqual([]);
  });
});

describe("the checks refuse a command that cannot reach the pane", () => {
  const problems = async (broken: string) =>
    [...(await validateManifestSchema(broken)), ...checkManifest(broken)].join("\n");

  it("a function file other than the shared runtime's page", async () => {
    const broken = xml
      .replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Commands.Url"/>')
      .replace(
        '<bt:Url id="Taskpane.Url"',
        '<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/><bt:Url id="Taskpane.Url"'
      );
    expect(await problems(broken)).toMatch(/FunctionFile 应为共享运行时的页面/);
  });

  it("an ExecuteFunction without a function name", async () => {
    const broken = xml.replace(
      `<FunctionName>${SELF_TEST_ACTION}</FunctionName>`,
      "<FunctionName> </FunctionName>"
    );
    expect(await problems(broken)).toMatch(/FunctionName/);
  });
});

describe("the 自检 command in the pane's page", () => {
  /** Office as the command sees it, recording what it is asked. */
  function fakeOffice(show: () => Promise<void>) {
    const actions = new Map<string, (event: { completed(): void }) => void>();
    const calls: string[] = [];
    const office: CommandOffice = {
      actions: { associate: (id, action) => void actions.set(id, action) },
      addin: {
        showAsTaskpane: () => {
          calls.push("show");
          return show();
        },
      },
    };
    return { office, actions, calls };
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  afterEach(() => void takeSelfTestRequest());

  it("is associated under the manifest's FunctionName", () => {
    const { office, actions } = fakeOffice(() => Promise.resolve());
    associateCommands(office);
    const action = (find(doc, "Action").find((a) => a["@type"] === "ExecuteFunction") ??
      {}) as Node;
    expect([...actions.keys()]).toEqual([action.FunctionName]);
  });

  it("shows the pane, asks it for the self-test once, and tells Excel it is done", async () => {
    const { office, actions, calls } = fakeOffice(() => Promise.resolve());
    associateCommands(office);
    let heard = 0;
    const stop = onSelfTestRequest(() => heard++);
    actions.get(SELF_TEST_ACTION)!({ completed: () => calls.push("completed") });
    await settle();
    stop();
    expect(calls).toEqual(["show", "completed"]);
    expect(heard).toBe(1);
    // The page that runs it takes the request; a second look finds none.
    expect(selfTestWanted()).toBe(true);
    expect(takeSelfTestRequest()).toBe(true);
    expect(takeSelfTestRequest()).toBe(false);
  });

  it("keeps a request made before the pane listens, for the pane to find when it is drawn", () => {
    const { office, actions } = fakeOffice(() => Promise.resolve());
    associateCommands(office);
    actions.get(SELF_TEST_ACTION)!({ completed: () => undefined });
    expect(selfTestWanted()).toBe(true);
  });

  it("still completes, with the request kept, when Excel cannot show the pane", async () => {
    const { office, actions, calls } = fakeOffice(() => Promise.reject(new Error("no pane")));
    associateCommands(office);
    actions.get(SELF_TEST_ACTION)!({ completed: () => calls.push("completed") });
    await settle();
    expect(calls).toEqual(["show", "completed"]);
    expect(takeSelfTestRequest()).toBe(true);
  });

  it("is associated as the pane's page loads in Excel, before Office is ready", () => {
    // index.tsx is the page's entry (it renders on import, so it is read, not run).
    const entry = readFileSync(join(root, "src", "taskpane", "index.tsx"), "utf8");
    const associated = entry.indexOf("associateCommands(Office)");
    expect(associated).toBeGreaterThan(-1);
    expect(associated).toBeLessThan(entry.indexOf("Office.onReady("));
  });
});
