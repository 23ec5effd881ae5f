/**
 * The indicator table of the 自评表 (分值 pre-filled, 得分 by PT.SCORE or its built-in equivalent,
 * a check per row), 总分 and 评价等级; and the sheet's settings: the split of the weights with each
 * group's sum on the sheet, and the score method that the 得分 formulas read.
 */
import { LEVELS } from "../levels";
import { SelfEvaluation } from "../model";
import { DEFAULT_PRESET, practiceOf, Preset, presetNamed, PRESETS } from "../presets";
import { Scoring, SCORE_METHODS } from "../score";
import {
  CENT_TOLERANCE,
  CHECK_MESSAGES,
  FULL_MARKS,
  asksOverReason,
  rowCheck,
  ruleScore,
  totalGrade,
  totalScore,
  weightsCheck,
  weightTotal,
} from "../selfeval";
import { parseTarget } from "../target";
import { groupOf } from "../weights";
import {
  gradeFormula,
  isOneOf,
  levelTexts,
  metFormula,
  outsideBandFormula,
  overFormula,
  quoted,
  scoreFormula,
} from "./formulas";
import { fx, Part } from "./parts";
import { MONEY_FORMAT, PlanCell, TEXT_FORMAT } from "./plan";
import { estimateHeight, runs } from "./project";
import {
  FORM_COLUMNS,
  GRADE_COLOURS,
  HEADER_FILL,
  LIVE_FILL,
  RED_FILL,
  RED_FONT,
  SELFEVAL_HEADERS,
  SELFEVAL_LABELS,
  SELFEVAL_WIDTHS,
  SelfEvalRows,
} from "./selfeval-form";

export const SETTING_HEADERS = ["设定分值", "表中合计", "包含的一级指标", "无指标时并入"];

/** Rows of the settings block (columns J–N): the split, its total, the score method, the preset. */
export function settingsRows(groups: number) {
  const header = 2;
  return {
    header,
    execution: header + 1,
    firstGroup: header + 2,
    total: header + 2 + groups,
    method: header + 3 + groups,
    preset: header + 4 + groups,
  };
}

export function methodCell(groups: number): string {
  return `$K$${settingsRows(groups).method}`;
}

export function presetCell(groups: number): string {
  return `$K$${settingsRows(groups).preset}`;
}

/** The preset of a self-evaluation (the ministry's when it names none or an unknown one). */
export function presetOf(evaluation: SelfEvaluation): Preset {
  return presetNamed(evaluation.preset ?? "") ?? DEFAULT_PRESET;
}

/** How the sheet's built-in twins score: the preset's rounding and shares, in the sheet's year. */
export function sheetScoring(evaluation: SelfEvaluation): Scoring {
  return { ...practiceOf(presetOf(evaluation)), year: evaluation.year };
}

/** The year as a PT formula's last argument (`,2024`), or nothing when the sheet knows none. */
export function yearArgument(year: number | null): string {
  return year === null ? "" : `,${year}`;
}

function qualitativeTarget(text: string): boolean {
  const target = parseTarget(text);
  return target.ok && (target.value.kind === "qualitative" || target.value.kind === "reference");
}

/** The indicator rows, 总分, 评价等级, and the check column beside them. */
export function tablePart(evaluation: SelfEvaluation, R: SelfEvalRows): Part {
  const L = SELFEVAL_LABELS;
  const { indicators } = evaluation.project;
  const method = methodCell(evaluation.split.groups.length);
  const preset = presetCell(evaluation.split.groups.length);
  const scoring = sheetScoring(evaluation);
  const year = yearArgument(evaluation.year);
  const merges: string[] = [];
  // 二级指标 for the direction: the first cell of its merged run, as the cells below read empty.
  const level2Cell: string[] = [];
  for (const [start, length] of runs(indicators.map((r) => `${r.level1}\u0001${r.level2}`))) {
    if (length > 1) merges.push(`B${R.first + start}:B${R.first + start + length - 1}`);
    for (let i = 0; i < length; i++) level2Cell.push(`$B$${R.first + start}`);
  }
  for (const [start, length] of runs(indicators.map((r) => r.level1))) {
    if (length > 1) merges.push(`A${R.first + start}:A${R.first + start + length - 1}`);
  }

  const table: PlanCell[][] = [SELFEVAL_HEADERS.slice()];
  const checks: PlanCell[][] = [[L.check]];
  const rowHeights: Record<number, number> = {};
  indicators.forEach((row, i) => {
    const r = R.first + i;
    const result = evaluation.results[i];
    const rule = ruleScore(evaluation, i);
    const cells = { actual: `E${r}`, weight: `F${r}`, method };
    const score =
      result?.score ??
      fx(
        `PT.SCORE(E${r},D${r},F${r},${level2Cell[i]},${method},"",${preset}${year})`,
        rule instanceof Error ? "#VALUE!" : rule,
        scoreFormula(cells, row.value, row.level2, scoring)
      );
    const shown = [row.level1, row.level2, row.level3, row.value, result?.actual ?? null];
    table.push([...shown, result?.weight ?? null, score, result?.reason ?? ""]);
    checks.push([
      fx(
        checkFormula(r, row.value, row.level2, asksOverReason(evaluation)),
        rowCheck(evaluation, i)
      ),
    ]);
    const texts = [...shown.map((v) => String(v ?? "")), "", "", result?.reason ?? ""];
    rowHeights[r] = Math.max(...texts.map((t, k) => estimateHeight(t, SELFEVAL_WIDTHS[k])));
  });
  if (indicators.length === 0) {
    table.push(Array(FORM_COLUMNS).fill(null));
    checks.push([null]);
  }

  const t = R.fundsFirst;
  const scores = `G${R.first}:G${R.last}`;
  const total = `IF(COUNT(H${t},${scores})=0,"",ROUND(SUM(H${t},${scores}),2))`;
  const gap = `ABS(N(F${R.total})-${FULL_MARKS})>${CENT_TOLERANCE}`;
  const blank = [null, null, null, null];
  table.push(
    [
      L.total,
      ...blank,
      fx(`SUM(F${t},F${R.first}:F${R.last})`, weightTotal(evaluation)),
      fx(total, totalScore(evaluation) ?? ""),
      null,
    ],
    [
      L.grade,
      ...blank,
      fx(`PT.GRADE(G${R.total})`, totalGrade(evaluation), gradeFormula(`G${R.total}`)),
      null,
      null,
    ]
  );
  checks.push([fx(`IF(${gap},${quoted(CHECK_MESSAGES.weights)},"")`, weightsCheck(evaluation))]);
  merges.push(`A${R.total}:E${R.total}`, `A${R.grade}:E${R.grade}`, `F${R.grade}:H${R.grade}`);

  const [first, last] = [R.first, R.last];
  const red = { fill: RED_FILL, fontColor: RED_FONT };
  return {
    blocks: [
      { at: `A${R.header}`, rows: table },
      { at: `I${R.header}`, rows: checks },
    ],
    merges,
    rowHeights,
    styles: [
      { range: `A${R.header}:H${R.header}`, style: { bold: true, fill: HEADER_FILL } },
      { range: `A${first}:D${last}`, style: { numberFormat: TEXT_FORMAT } },
      { range: `C${first}:C${last}`, style: { hAlign: "left" } },
      { range: `H${first}:H${last}`, style: { hAlign: "left", numberFormat: TEXT_FORMAT } },
      { range: `E${first}:F${last}`, style: { fill: LIVE_FILL } },
      { range: `G${first}:G${R.total}`, style: { numberFormat: MONEY_FORMAT } },
      { range: `A${R.total}:H${R.grade}`, style: { bold: true } },
      {
        range: `I${R.header}:I${R.total}`,
        style: { border: true, wrap: true, fontColor: RED_FONT },
      },
      { range: `I${R.header}`, style: { bold: true, fill: LIVE_FILL, fontColor: "#000000" } },
    ],
    validations: [
      ...indicators.flatMap((row, i) =>
        qualitativeTarget(row.value)
          ? [
              {
                range: `E${R.first + i}`,
                kind: "list" as const,
                items: LEVELS.map((l) => l.text),
                prompt: "定性指标：选择评价档次，得分可在档次内调高",
              },
            ]
          : []
      ),
      {
        range: `F${first}:F${last}`,
        kind: "decimal",
        min: 0,
        title: "分值",
        prompt: "分值，不能为负数",
        error: "请输入不小于0的分值",
      },
    ],
    conditionalFormats: [
      { range: `H${first}:H${last}`, formula: `ISNUMBER(SEARCH("偏差原因",$I${first}))`, ...red },
      { range: `G${first}:G${last}`, formula: `ISNUMBER(SEARCH("档次",$I${first}))`, ...red },
      {
        range: `F${R.total}`,
        formula: `ABS(N($F$${R.total})-${FULL_MARKS})>${CENT_TOLERANCE}`,
        ...red,
      },
      ...Object.entries(GRADE_COLOURS).map(([grade, [fill, fontColor]]) => ({
        range: `F${R.grade}:H${R.grade}`,
        formula: `$F$${R.grade}="${grade}"`,
        fill,
        fontColor,
      })),
    ],
  };
}

/** What a preset does, in a line beside its cell. */
function presetSummary(preset: Preset): string {
  const { rounding, bands } = practiceOf(preset);
  return `取整：${rounding.description}；定性：${bands.名称}`;
}

/** The check of row r in built-in functions, as rowCheck says it (the 130% ask where the preset has it). */
function checkFormula(r: number, targetText: string, indicator: string, asksOver: boolean): string {
  const E = `E${r}`;
  const target = parseTarget(targetText);
  const extra = target.ok && target.value.kind === "qualitative" ? [target.value.text] : [];
  const outside = outsideBandFormula(E, `G${r}`, `F${r}`, extra);
  const lowLevel = isOneOf(
    E,
    LEVELS.slice(1).flatMap((l) => levelTexts(l))
  );
  const met = metFormula(E, targetText, indicator);
  const miss = met
    ? `IF(ISNUMBER(${E}),NOT(${met}),${lowLevel})`
    : `AND(NOT(ISNUMBER(${E})),${lowLevel})`;
  const over = asksOver ? overFormula(E, targetText, indicator) : "FALSE";
  return (
    `IF(${E}="","",IF(AND(ISNUMBER(G${r}),${outside}),${quoted(CHECK_MESSAGES.outsideBand)},` +
    `IF(H${r}<>"","",IF(${miss},${quoted(CHECK_MESSAGES.miss)},IF(${over},${quoted(CHECK_MESSAGES.over)},"")))))`
  );
}

/** J–N: 分值分配 (set weight, the sheet's sum, the 一级指标 covered, the fallback) and the method. */
export function settingsPart(evaluation: SelfEvaluation, R: SelfEvalRows): Part {
  const L = SELFEVAL_LABELS;
  const { split, project, results } = evaluation;
  const S = settingsRows(split.groups.length);
  const cellsOf = (g: number) =>
    project.indicators
      .map((row, i) => (groupOf(split, row.level1) === g ? i : -1))
      .filter((i) => i >= 0);
  const sum = (rows: number[]) =>
    Math.round(rows.reduce((a, i) => a + (results[i]?.weight ?? 0), 0) * 100) / 100;
  const groupSum = (rows: number[]) =>
    rows.length ? `SUM(${rows.map((i) => `F${R.first + i}`).join(",")})` : "0";
  const setTotal = split.execution + split.groups.reduce((a, g) => a + g.weight, 0);
  const rows: PlanCell[][] = [
    [L.settings, null, null, null, null],
    [L.split, ...SETTING_HEADERS],
    [
      L.execution,
      split.execution,
      fx(`N(F${R.fundsFirst})`, evaluation.execution.weight ?? 0),
      null,
      null,
    ],
    ...split.groups.map((group, g) => [
      group.label,
      group.weight,
      fx(groupSum(cellsOf(g)), sum(cellsOf(g))),
      group.level1.join("、"),
      group.fallback ?? "",
    ]),
    [
      L.splitTotal,
      fx(`SUM(K${S.execution}:K${S.total - 1})`, setTotal),
      fx(`N(F${R.total})`, weightTotal(evaluation)),
      null,
      null,
    ],
    [
      L.method,
      evaluation.method,
      SCORE_METHODS.map((m) => `${m.id}：${m.summary}`).join("；"),
      null,
      null,
    ],
    [L.preset, presetOf(evaluation).id, presetSummary(presetOf(evaluation)), null, null],
  ];
  return {
    blocks: [{ at: "J1", rows }],
    merges: ["J1:N1", `L${S.method}:N${S.method}`, `L${S.preset}:N${S.preset}`],
    styles: [
      { range: "J1", style: { bold: true } },
      { range: `J${S.header}:N${S.preset}`, style: { border: true, vAlign: "middle", wrap: true } },
      { range: `J${S.header}:N${S.header}`, style: { bold: true, fill: LIVE_FILL } },
      { range: `K${S.execution}:K${S.total - 1}`, style: { fill: LIVE_FILL } },
      { range: `K${S.method}:K${S.preset}`, style: { fill: LIVE_FILL } },
      { range: `M${S.execution}:N${S.total - 1}`, style: { numberFormat: TEXT_FORMAT } },
    ],
    validations: [
      {
        range: `K${S.method}`,
        kind: "list",
        items: SCORE_METHODS.map((m) => m.id),
        prompt: "反向指标超过指标值时的计分方法",
      },
      {
        range: `K${S.preset}`,
        kind: "list",
        items: PRESETS.map((p) => p.id),
        prompt: "评分方案：得分的取整方式与定性档次的得分（不加载插件时按制表时的方案计算）",
      },
    ],
    conditionalFormats: [
      {
        range: `L${S.execution}:L${S.total}`,
        formula: `ABS(N($K${S.execution})-N($L${S.execution}))>${CENT_TOLERANCE}`,
        fill: RED_FILL,
        fontColor: RED_FONT,
      },
    ],
  };
}
