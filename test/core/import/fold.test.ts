/**
 * Look-alike characters folded at the import edge (fold.ts): the rules as data, what stays as
 * written, and the one note per document that quotes the originals; through importSheets and
 * importText the seed with radicals in it reads as the seed.
 */
import { importSheets, importText } from "../../../src/core/import";
import { Folds, foldNote, foldText } from "../../../src/core/import/fold";
import { planDepartment, planGrid } from "../../../src/core/layout";
import { SheetValues } from "../../../src/core/layout/workbook";
import { SEED_DEPARTMENT } from "../../fixtures/seed-department";

const cp = (...codes: number[]) => String.fromCodePoint(...codes);

/** [what a producer wrote, what was meant]: built from code points so that the source shows no look-alikes. */
const FOLDED: [string, string, string][] = [
  ["Kangxi ⽂ U+2F42", cp(0x2f42), "文"],
  ["Kangxi ⽬ U+2F6C", cp(0x2f6c), "目"],
  ["Kangxi ⼈ U+2F08", cp(0x2f08), "人"],
  ["Kangxi ⾏ U+2F8F", cp(0x2f8f), "行"],
  ["Kangxi ⽉ U+2F49", cp(0x2f49), "月"],
  ["Kangxi ⼯ U+2F2F", cp(0x2f2f), "工"],
  ["supplement ⺠ U+2EA0", cp(0x2ea0), "民"],
  ["supplement ⻓ U+2ED3", cp(0x2ed3), "长"],
  ["supplement ⻔ U+2ED4", cp(0x2ed4), "门"],
  ["supplement ⻢ U+2EE2", cp(0x2ee2), "马"],
  ["supplement ⻅ U+2EC5", cp(0x2ec5), "见"],
  ["supplement ⻜ U+2EDC", cp(0x2edc), "飞"],
  ["compatibility 金 U+F90A", cp(0xf90a), "金"],
  ["compatibility 樂 U+F914", cp(0xf914), "樂"],
  ["full-width digits", "９５", "95"],
  ["full-width letters", "ＡＢｃ", "ABc"],
];

/** Written as it stands: the grammar and the reader take these as they are. */
const KEPT = [
  "≥95%",
  "≧",
  "％",
  "（行业标准）",
  "项目：",
  "㎡",
  "①",
  "．",
  "＋",
  "\u3000",
  cp(0xfa0e),
];

describe("foldText", () => {
  it.each(FOLDED)("folds %s", (_, from, to) => {
    expect(foldText(`指标${from}值`)).toBe(`指标${to}值`);
  });

  it.each(KEPT)("keeps %s as written", (text) => {
    expect(foldText(text)).toBe(text);
  });

  it("counts what it folded, and the note quotes the originals", () => {
    const folds: Folds = new Map();
    foldText(`${cp(0x2f42)}件${cp(0x2f42)}化 ${cp(0x2ed3)}期 ９`, folds);
    expect(folds.get(cp(0x2f42))).toEqual({ to: "文", count: 2 });
    const [note] = foldNote(folds);
    expect(note).toMatchObject({ rule: "import/folded", severity: "info" });
    expect(note.message).toContain(`“${cp(0x2f42)}”(U+2F42)→“文” 2 处`);
    expect(note.message).toContain(`“${cp(0x2ed3)}”(U+2ED3)→“长”`);
    expect(note.message).toContain("4 个字符");
    expect(foldNote(new Map())).toEqual([]);
  });
});

/** The seed's sheets with 文 目 人 行 月 written as Kangxi radicals everywhere. */
const RADICALS: Record<string, string> = {
  文: cp(0x2f42),
  目: cp(0x2f6c),
  人: cp(0x2f08),
  行: cp(0x2f8f),
  月: cp(0x2f49),
};
const withRadicals = (text: string) => text.replace(/[文目人行月]/g, (ch) => RADICALS[ch]);

describe("at the import entries", () => {
  const sheets: SheetValues[] = planDepartment(SEED_DEPARTMENT).map((plan) => ({
    name: plan.name,
    grid: planGrid(plan).map((row) =>
      row.map((v) => (typeof v === "string" ? withRadicals(v) : v))
    ),
    merges: plan.merges,
  }));

  it("importSheets reads the seed written with radicals as the seed, with one note", () => {
    expect(JSON.stringify(sheets)).toContain(cp(0x2f6c));
    const read = importSheets(sheets, "x");
    expect(read.department).toEqual(SEED_DEPARTMENT);
    const notes = read.diagnostics.filter((d) => d.rule === "import/folded");
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain(`“${cp(0x2f6c)}”(U+2F6C)→“目”`);
  });

  it("importText folds a pasted table and a published text; JSON stays as written", () => {
    const tsv = withRadicals(
      "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人次\t≥１２０人次\n"
    );
    const read = importText(tsv, "项目");
    expect(read.department.projects[0].indicators[0]).toMatchObject({
      level3: "培训人次",
      value: "≥120人次",
    });
    expect(read.diagnostics.filter((d) => d.rule === "import/folded")).toHaveLength(1);
    const json = JSON.stringify({ ...SEED_DEPARTMENT, unitName: withRadicals("某行") });
    expect(importText(json, "x").department.unitName).toBe(withRadicals("某行"));
  });
});
