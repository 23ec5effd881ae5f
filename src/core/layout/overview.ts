/** The 部门整体绩效目标 sheet: 总体绩效目标, 分项绩效目标, 工作保障措施. */
import { Department, DepartmentOverview } from "../model";
import { PlanCell, Scalar, SheetPlan, StyledRange, TEXT_FORMAT } from "./plan";

export const OVERVIEW_TITLE = "部门整体绩效目标";
export const OVERVIEW_SECTIONS = [
  "一、总体绩效目标",
  "二、分项绩效目标",
  "三、工作保障措施",
] as const;

const CHINESE_NUMBERS = "一二三四五六七八九十";

/** （一）…（十）, then （11）. */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return `（${CHINESE_NUMBERS[n - 1]}）`;
  if (n < 20) return `（十${CHINESE_NUMBERS[n - 11]}）`;
  return `（${n}）`;
}

const WIDTH = 88;

export function planOverview(department: Department, sheetName: string): SheetPlan {
  const { overview } = department;
  const rows: PlanCell[][] = [];
  const styles: StyledRange[] = [];
  const merges: string[] = [];
  const rowHeights: Record<number, number> = { 1: 30 };
  const add = (value: string, heading = false) => {
    rows.push([value, null, null, null, null, null]);
    const r = rows.length;
    merges.push(`A${r}:F${r}`);
    if (heading) styles.push({ range: `A${r}`, style: { bold: true } });
    else rowHeights[r] = Math.max(18, Math.ceil((value.length * 2) / WIDTH) * 16);
  };
  add(`${department.unitName}${OVERVIEW_TITLE}`, true);
  add(`${department.unitCode} ${department.unitName}`.trim());
  add(OVERVIEW_SECTIONS[0], true);
  add(overview.overallGoal);
  add(OVERVIEW_SECTIONS[1], true);
  overview.itemGoals.forEach((item, i) => add(`${chineseOrdinal(i + 1)}${item}`));
  add(OVERVIEW_SECTIONS[2], true);
  overview.measures.forEach((item, i) => add(`${chineseOrdinal(i + 1)}${item}`));
  styles.unshift({
    range: `A1:F${rows.length}`,
    style: { wrap: true, vAlign: "top", hAlign: "left", numberFormat: TEXT_FORMAT },
  });
  styles.push({
    range: "A1",
    style: { bold: true, fontSize: 16, hAlign: "center", vAlign: "middle" },
  });
  return {
    name: sheetName,
    kind: "overview",
    columnWidths: [15, 15, 15, 15, 14, 14],
    rowHeights,
    styles,
    blocks: [{ at: "A1", rows }],
    merges,
    validations: [],
    conditionalFormats: [],
    print: { area: `A1:F${rows.length}`, orientation: "portrait" },
    font: { name: "宋体", size: 11 },
  };
}

/** Reads the overview sheet back (column A, sections found by their headings). */
export function readOverviewSheet(grid: Scalar[][]): DepartmentOverview | null {
  const lines = grid.map((row) =>
    row?.[0] === null || row?.[0] === undefined ? "" : String(row[0]).trim()
  );
  if (!lines[0]?.endsWith(OVERVIEW_TITLE)) return null;
  const at = OVERVIEW_SECTIONS.map((heading) => lines.indexOf(heading));
  const section = (i: number) => {
    if (at[i] < 0) return [];
    const end = at.slice(i + 1).find((n) => n > at[i]) ?? lines.length;
    return lines.slice(at[i] + 1, end).filter((l) => l !== "");
  };
  const strip = (line: string) => line.replace(/^（[一二三四五六七八九十\d]+）/, "");
  return {
    overallGoal: section(0).join(""),
    itemGoals: section(1).map(strip),
    measures: section(2).map(strip),
  };
}
