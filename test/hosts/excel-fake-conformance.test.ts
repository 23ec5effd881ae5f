/**
 * The Excel fake against Office.js's declarations (@types/office-js, the Excel namespace the
 * adapter is typed with), as wps-fake-conformance.test.ts checks the WPS fake: every object the
 * fake hands out, reached from the request context, has its members as the declarations have
 * them (a method is a function, a read-only property has no setter, no member Office.js lacks,
 * no method taking more arguments than declared), answers string/number/boolean properties with
 * such values, and has every member src/hosts/excel*.ts uses on an Excel object, used as it is
 * there (called, read or set).
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
  hostProgram,
  memberUses,
} from "../helpers/host-types";
import { ExcelFake } from "../helpers/excel-fake";

const ROOT = join(__dirname, "..", "..");
const ADAPTER = readdirSync(join(ROOT, "src/hosts"))
  .filter((f) => /^excel.*\.ts$/.test(f))
  .map((f) => `src/hosts/${f}`);

/** Methods of the fake that hand out objects, how the walk calls them and what they return. */
const CALLS: Calls = {
  "WorksheetCollection.getItem": { args: ["Data"], returns: "Worksheet" },
  "WorksheetCollection.getActiveWorksheet": { args: [], returns: "Worksheet" },
  "WorksheetCollection.add": { args: ["Added"], returns: "Worksheet" },
  "Worksheet.getRange": { args: ["A1:C3"], returns: "Range" },
  "Worksheet.getRangeByIndexes": { args: [0, 0, 2, 3], returns: "Range" },
  "Worksheet.getUsedRange": { args: [], returns: "Range" },
  "Worksheet.getUsedRangeOrNullObject": { args: [true], returns: "Range" },
  "Range.getMergedAreasOrNullObject": { args: [], returns: "RangeAreas" },
  "Range.getBoundingRect": { args: [{ address: "B2:C3" }], returns: "Range" },
  "ConditionalFormatCollection.add": { args: ["Custom"], returns: "ConditionalFormat" },
  "RangeBorderCollection.getItem": { args: ["EdgeTop"], returns: "RangeBorder" },
  "WorksheetCollection.load": { args: ["items/name"], returns: "WorksheetCollection" },
  "Worksheet.load": { args: ["name"], returns: "Worksheet" },
  "Range.load": { args: ["address"], returns: "Range" },
  "RangeAreas.load": { args: ["address"], returns: "RangeAreas" },
};

describe("the Excel fake conforms to Office.js's declarations", () => {
  const program = hostProgram(ADAPTER);
  const declared = declaredMembers(
    program,
    declarationFile(program, "@types/office-js/index.d.ts"),
    "Excel"
  );
  let reached: Reached[] = [];

  beforeAll(async () => {
    const fake = new ExcelFake(["Data", "Empty"]);
    fake.sheet("Data").cells.set("1,1", { value: "项目" });
    fake.sheet("Data").merges.push("A1:B1");
    fake.sheet("Data").active = true;
    const context = await fake.run(async (c) => c);
    // An empty sheet's used range is a null object, an object of another shape.
    const empty = await fake.run(async (c) =>
      c.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true)
    );
    reached = reachFake(
      [
        { type: "RequestContext", path: "context", object: context },
        { type: "Range", path: "Empty.getUsedRangeOrNullObject()", object: empty },
      ],
      declared,
      CALLS
    );
  });

  it("reaches the objects the adapter works with", () => {
    const types = new Set(reached.map((r) => r.type));
    for (const type of [
      "RequestContext",
      "Workbook",
      "WorksheetCollection",
      "Worksheet",
      "Range",
      "RangeAreas",
      "RangeFormat",
      "RangeFont",
      "RangeBorder",
      "DataValidation",
      "ConditionalFormat",
      "ConditionalRangeFill",
      "PageLayout",
      "WorksheetFreezePanes",
    ])
      expect(types).toContain(type);
  });

  it("walks through every method that answers an object, as declared", () => {
    expect(callProblems(CALLS, declared)).toEqual([]);
    expect(unwalked(reached, declared, CALLS)).toEqual([]);
  });

  it("has every member as the declaration has it: methods as functions, read-only properties without setters", () => {
    const problems = reached.flatMap((r) =>
      conformanceProblems(r.path, r.object, declared.get(r.type)!)
    );
    expect(problems).toEqual([]);
  });

  it("answers string, number and boolean properties with such values", () => {
    expect(reached.flatMap((r) => valueProblems(r, declared.get(r.type)!))).toEqual([]);
  });

  it("has every member the adapter uses on Excel objects, of the kind the adapter uses", () => {
    const uses = memberUses(program, ADAPTER, "@types/office-js", "Excel");
    expect(uses.map((u) => u.member)).toEqual(
      expect.arrayContaining(["Range.values", "RequestContext.sync", "Worksheet.getRange"])
    );
    expect(useProblems(uses, reached)).toEqual([]);
    expect(methodsNotCalled(uses, declared)).toEqual([]);
  });
});
