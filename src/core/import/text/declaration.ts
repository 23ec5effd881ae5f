/**
 * Text copied from a 申报表 (or any project form without numbered `1.…绩效目标表` titles): its
 * projects are found by their labels, the same label table the sheet form reader uses. A project
 * starts at a line that opens with its name label (项目名称, 项目支出名称 …) and has an indicator
 * table (一级指标 …) after it, taking in the title, year, unit and other label lines just above.
 * Text with no such project gets one message saying what is missing and which inputs read better.
 */
import type { Problem } from "../../problem";
import { joinWrappedLabels, openingLabel } from "./header";
import { isTableHeader } from "./indicators";
import type { TextLine } from "./lines";

/** The title of a form: 项目支出绩效目标申报表, 项目绩效目标表（2021年度）. */
const FORM_TITLE = /(申报表|目标表)\s*([(（]\s*\d{4}\s*年度?\s*[)）])?$/;
const PREAMBLE =
  /^([(（]?\s*\d{4}\s*年度?\s*[)）]?|(填报|编制)单位.*|(金额)?单位\s*[:：]\s*万?元|\d{3,}\s+\S+(\s+(金额)?单位\s*[:：]\s*万?元)?)$/;
/** Lines above a name label that may still belong to its form. */
const ABOVE = 6;

export interface LabelledStart {
  /** Index of the form's title line, when it has one. */
  title: number | null;
  /** Index of the form's first line. */
  from: number;
}

const opensTable = (line: TextLine) => line.pieces[0]?.text === "一级指标" && isTableHeader(line);

/** Where each project of a text without numbered titles starts. */
export function labelledStarts(lines: readonly TextLine[]): LabelledStart[] {
  const names = lines.flatMap((l, i) => {
    if (openingLabel(l) === "name") return [i];
    // A name label wrapped over two lines (项目支出 / 名称 …) starts on the first.
    const joined = i > 0 ? joinWrappedLabels([lines[i - 1], l]) : [];
    return joined.length === 1 && openingLabel(joined[0]) === "name" ? [i - 1] : [];
  });
  const starts: LabelledStart[] = [];
  names.forEach((at, k) => {
    const next = names[k + 1] ?? lines.length;
    if (!lines.slice(at, next).some(opensTable)) return;
    const previous = starts.length > 0 ? names[k - 1] + 1 : 0;
    // 项目编码 may stand above the name, its code wrapped over the lines between.
    const near = Math.max(previous, at - ABOVE);
    const code = lines.slice(near, at).findIndex((l) => openingLabel(l) === "code");
    let from = code >= 0 ? near + code : at;
    let title: number | null = null;
    for (let i = from - 1; i >= Math.max(previous, from - ABOVE); i--) {
      const line = lines[i];
      const kind = openingLabel(line);
      if (FORM_TITLE.test(line.text)) title = i;
      else if (!PREAMBLE.test(line.text) && (kind === null || kind === "name")) break;
      from = i;
    }
    starts.push({ title, from });
  });
  return starts;
}

/** The one message for text in which no project table was found. */
export function refusal(lines: readonly TextLine[]): Problem {
  const hasName = lines.some((l) => openingLabel(l) === "name");
  const hasTable = lines.some(opensTable);
  const missing = [
    ...(hasName ? [] : ["“项目名称”栏目"]),
    ...(hasTable ? [] : ["“一级指标 二级指标 三级指标 指标值”表头"]),
  ];
  const found =
    hasName && hasTable ? "，项目名称栏目之后也没有指标表" : `，也没有${missing.join("和")}`;
  return {
    rule: "import/text",
    severity: "error",
    line: lines[0]?.place.line ?? 1,
    message:
      `没有找到任何项目绩效目标表：文本中没有“1.某某经费绩效目标表”这样的标题${found}。` +
      "请改为导入原 PDF 文件、网页中的表格（网页另存为 .html，或在网页上选中表格复制后粘贴），" +
      "或 Excel / WPS 工作簿（.xlsx、.xls、.et）",
  };
}
