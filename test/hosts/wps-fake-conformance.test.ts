/**
 * The WPS fake against Kingsoft's declarations (et-jsapi-declare's lib.et.d.ts, the Et namespace
 * the adapter is typed with). The adapter compiles against the declarations but runs in its tests
 * against the hand-written fake, so a fake that models a method as a property (Range.Address was
 * one) lets code pass that a real WPS breaks. Here every object the fake hands out, reached from
 * its Application as the declarations' property types lead (and through the few methods that
 * return objects), is checked member by member: a declared method is a function, a declared
 * property a value or getter/setter, a read-only one has no setter, a string/number/boolean reads
 * as one, and nothing is there that WPS lacks. And every member the adapter (src/hosts/wps*.ts,
 * src/wps/*.ts) uses on an Et object, as the type checker resolves it, is in the fake, used as
 * the fake has it.
 */
import { readdirSync } from "fs";
import { join } from "path";
import {
  callProblems,
  Calls,
  reachFake,
  methodsNotCalled,
  Reached,
  unwalked,
  useProblems,
  valueProblems,
} from "../helpers/fake-walk";
import {
  conformanceProblems,
  declarationFile,
  declaredMembers,
  fakeMembers,
  hostProgram,
  memberUses,
} from "../helpers/host-types";
import { WpsFake } from "../helpers/wps-fake";

const ROOT = join(__dirname, "..", "..");
const ADAPTER = [
  ...readdirSync(join(ROOT, "src/hosts"))
    .filter((f) => /^wps.*\.ts$/.test(f))
    .map((f) => `src/hosts/${f}`),
  ...readdirSync(join(ROOT, "src/wps"))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `src/wps/${f}`),
];

/** Methods of the fake that hand out objects, how the walk calls them and what they return. */
const CALLS: Calls = {
  "Sheets.Item": { args: [1], returns: "Worksheet" },
  "Sheets.Add": { args: [null, null], returns: "Worksheet" },
  "Worksheet.Range": { args: ["A1:C3"], returns: "Range" },
  "FormatConditions.Add": { args: [2, undefined, "=A1>0"], returns: "FormatCondition" },
};

/** Members the fake has that WPS does not declare, each with why. */
const ALLOWED: Record<string, Record<string, string>> = {};

describe("the WPS fake conforms to Kingsoft's declarations", () => {
  const program = hostProgram(ADAPTER);
  const declared = declaredMembers(
    program,
    declarationFile(program, "et-jsapi-declare/lib.et.d.ts"),
    "Et"
  );
  const fake = new WpsFake(["Sheet1", "Sheet2"]);
  const reached = reachFake(
    [{ type: "Application", path: "Application", object: fake.application }],
    declared,
    CALLS
  );

  it("reaches the objects the adapter works with", () => {
    const types = new Set(reached.map((r) => r.type));
    for (const type of [
      "Application",
      "Workbook",
      "Sheets",
      "Worksheet",
      "Range",
      "Font",
      "Interior",
      "Borders",
      "Validation",
      "FormatConditions",
      "FormatCondition",
      "PageSetup",
      "Window",
    ])
      expect(types).toContain(type);
  });

  it("walks through every method that answers an object, as declared", () => {
    expect(callProblems(CALLS, declared)).toEqual([]);
    expect(unwalked(reached, declared, CALLS)).toEqual([]);
  });

  it("has every member as the declaration has it: methods as functions, read-only properties without setters", () => {
    const problems = reached.flatMap((r) =>
      conformanceProblems(r.path, r.object, declared.get(r.type)!, ALLOWED[r.type])
    );
    expect(problems).toEqual([]);
  });

  it("answers string, number and boolean properties with such values", () => {
    expect(reached.flatMap((r) => valueProblems(r, declared.get(r.type)!))).toEqual([]);
  });

  it("has every member the adapter uses on Et objects, of the kind the adapter uses", () => {
    const uses = memberUses(program, ADAPTER, "et-jsapi-declare", "Et");
    // The scan sees the adapter's uses (a check that finds nothing must not pass for that reason).
    expect(uses.map((u) => u.member)).toEqual(
      expect.arrayContaining(["Range.Address", "Range.Value2", "Sheets.Item"])
    );
    expect(uses.filter((u) => u.member === "Range.Address").every((u) => u.use === "call")).toBe(
      true
    );
    expect(useProblems(uses, reached)).toEqual([]);
    expect(methodsNotCalled(uses, declared)).toEqual([]);
  });
});

describe("the checks catch a fake that is wrong", () => {
  const file = "test/fixtures/wps-member-uses.ts";
  const program = hostProgram(["src/hosts/wps-merges.ts", file]);
  const declared = declaredMembers(
    program,
    declarationFile(program, "et-jsapi-declare/lib.et.d.ts"),
    "Et"
  );
  const range = declared.get("Range")!;

  it("reports a method modelled as a property, a read-only property with a setter, a member WPS lacks, and a method taking more than WPS's", () => {
    const fake = {
      get Address() {
        return "$A$1";
      },
      set Row(_: number) {},
      Value2: 1,
      Frobnicate() {},
      Select(_a: unknown, _b: unknown) {},
    };
    expect(conformanceProblems("Range", fake, range)).toEqual([
      "Range.Address: a method in the declaration, a getter in the fake",
      "Range.Row: read-only in the declaration, settable in the fake (setter)",
      "Range.Frobnicate: the fake has it, the declaration does not",
      "Range.Select: the fake takes 2 arguments, the declaration 0",
    ]);
    expect(conformanceProblems("Range", fake, range, { Frobnicate: "test" })).toHaveLength(3);
  });

  it('sees every way code reaches a member: a.B, a["B"], const { B } = a, and a[key] as unfollowable', () => {
    const uses = memberUses(program, [file], "et-jsapi-declare", "Et").map(
      (u) => `${u.member} ${u.use}`
    );
    expect(uses.sort()).toEqual(
      [
        "Range.Row read",
        "Range.Column read",
        "Range.WrapText write",
        "Range.Address call",
        "Range.[computed] read",
        "Range.MergeArea read",
        "Range.Value2 read",
        "Range.MergeArea read",
        "Range.Address read",
      ].sort()
    );
  });

  it("reports a declared method read without a call, as String(range.MergeArea.Address) did", () => {
    const uses = memberUses(program, [file], "et-jsapi-declare", "Et");
    expect(methodsNotCalled(uses, declared)).toEqual([
      expect.stringMatching(
        /wps-member-uses\.ts:\d+: reads the method Range\.Address without calling it$/
      ),
    ]);
  });

  it("reports an adapter's call of a member the fake has as a value", () => {
    const uses = memberUses(program, ["src/hosts/wps-merges.ts"], "et-jsapi-declare", "Et").filter(
      (u) => u.member.startsWith("Range.")
    );
    const fakeRange: Reached = {
      type: "Range",
      path: "Range",
      object: {},
      members: fakeMembers({ Address: "$A$1", MergeArea: null, MergeCells: false }),
    };
    expect(useProblems(uses, [fakeRange])).toEqual([
      expect.stringMatching(
        /^src\/hosts\/wps-merges\.ts:\d+: calls Range\.Address, the fake has value$/
      ),
    ]);
  });
});
