/**
 * The 项目支出绩效自评表 sheet (DESIGN §4), cell for cell the budget system's form: 项目名称, 主管部门,
 * 实施单位; the funds block with 执行率 and its score; 年度总体目标; the indicator table with 分值 and
 * 得分 (selfeval-table.ts); 总分 and 评价等级. Outside the print area: a check column and the sheet's
 * settings. Read back in selfeval-read.ts.
 */
import { SelfEvaluation } from "../model";
import {
  CHECK_MESSAGES,
  executionCheck,
  fundsExecutionRate,
  EXECUTION_MIN_RATE,
  ruleExecutionScore,
} from "../selfeval";
import { quoted } from "./formulas";
import { combine, fx, Part } from "./parts";
import { MONEY_FORMAT, PlanCell, SheetPlan, TEXT_FORMAT } from "./plan";
import { estimateHeight, numbered } from "./project";
import {
  FORM_COLUMNS,
  FUND_HEADERS,
  HEADER_FILL,
  LIVE_FILL,
  RED_FILL,
  RED_FONT,
  SELFEVAL_LABELS,
  SELFEVAL_TITLE,
  SELFEVAL_WIDTHS,
  selfEvalRows,
  SelfEvalRows,
} from "./selfeval-form";
import { presetCell, settingsPart, sheetScoring, tablePart } from "./selfeval-table";

const width = (from: number, to: number) =>
  SELFEVAL_WIDTHS.slice(from, to).reduce((a, b) => a + b, 0);

/** Title, 项目名称 / 项目编码, 主管部门 / 实施单位. */
function headerPart(evaluation: SelfEvaluation): Part {
  const L = SELFEVAL_LABELS;
  const { project } = evaluation;
  const title = [SELFEVAL_TITLE, ...Array<PlanCell>(FORM_COLUMNS - 1).fill(null)];
  const year = [
    evaluation.year ? `（${evaluation.year}年度）` : "（    年度）",
    ...Array<PlanCell>(FORM_COLUMNS - 1).fill(null),
  ];
  return {
    blocks: [
      {
        at: "A1",
        rows: [
          title,
          year,
          [L.name, project.name, null, null, null, L.code, project.code, null],
          [L.department, evaluation.department, null, null, null, L.unit, evaluation.unit, null],
        ],
      },
    ],
    merges: ["A1:H1", "A2:H2", "B3:E3", "G3:H3", "B4:E4", "G4:H4"],
    styles: [
      { range: "A1", style: { bold: true, fontSize: 16 } },
      { range: "B3:E4", style: { numberFormat: TEXT_FORMAT } },
      { range: "G3:H4", style: { numberFormat: TEXT_FORMAT } },
    ],
    rowHeights: { 1: 30, 2: 18 },
  };
}

/** 项目资金: one line per fund line; the total carries 分值, 执行率 and 得分; then 执行偏差原因. */
function fundsPart(evaluation: SelfEvaluation, R: SelfEvalRows): Part {
  const L = SELFEVAL_LABELS;
  const t = R.fundsFirst;
  const rows: PlanCell[][] = [[L.funds, null, ...FUND_HEADERS]];
  evaluation.funds.forEach((line, i) => {
    const row: PlanCell[] = [
      null,
      line.label,
      line.initial,
      line.adjusted,
      line.spent,
      null,
      null,
      null,
    ];
    if (i === 0) {
      const rate = `IF(OR(N(D${t})=0,E${t}=""),"",E${t}/D${t})`;
      // min(执行率, 1) × 分值, rounded as the preset's rows; the built-in twin for the preset as planned.
      const rounding = sheetScoring(evaluation).rounding;
      const twin = `IF(G${t}="","",${rounding.formula(`F${t}*MIN(G${t},1)`, `F${t}`)})`;
      const preset = presetCell(evaluation.split.groups.length);
      const score = `IF(G${t}="","",PT.BUDGETSCORE(G${t},F${t},"",${preset}))`;
      row[5] = evaluation.execution.weight;
      row[6] = fx(rate, fundsExecutionRate(evaluation) ?? "");
      row[7] = evaluation.execution.score ?? fx(score, ruleExecutionScore(evaluation) ?? "", twin);
    }
    rows.push(row);
  });
  rows.push([null, L.executionReason, evaluation.execution.reason, null, null, null, null, null]);
  const check = `IF(AND(ISNUMBER(G${t}),G${t}<${EXECUTION_MIN_RATE},C${R.reason}=""),${quoted(CHECK_MESSAGES.execution)},"")`;
  const money = `C${t}:E${R.reason - 1}`;
  return {
    blocks: [
      { at: `A${R.fundsHeader}`, rows },
      { at: `I${t}`, rows: [[fx(check, executionCheck(evaluation))]] },
    ],
    merges: [`A${R.fundsHeader}:A${R.reason}`, `C${R.reason}:H${R.reason}`],
    styles: [
      { range: `A${R.fundsHeader}:H${R.fundsHeader}`, style: { bold: true, fill: HEADER_FILL } },
      { range: money, style: { numberFormat: MONEY_FORMAT, fill: LIVE_FILL } },
      { range: `G${t}`, style: { numberFormat: "0.00%" } },
      { range: `H${t}`, style: { numberFormat: MONEY_FORMAT } },
      { range: `C${R.reason}`, style: { hAlign: "left", numberFormat: TEXT_FORMAT } },
      { range: `I${t}`, style: { wrap: true, fontColor: RED_FONT } },
    ],
    validations: [
      {
        range: money,
        kind: "decimal",
        min: 0,
        prompt: "金额（万元），不能为负数",
        error: "请输入不小于0的金额（万元）",
      },
    ],
    conditionalFormats: [
      {
        range: `G${t}`,
        formula: `AND(ISNUMBER($G$${t}),$G$${t}<${EXECUTION_MIN_RATE})`,
        fill: RED_FILL,
        fontColor: RED_FONT,
      },
    ],
    rowHeights: {
      ...Object.fromEntries(
        evaluation.funds.map((line, i) => [t + i, estimateHeight(line.label, width(1, 2))])
      ),
      [R.reason]: estimateHeight(evaluation.execution.reason, width(2, 8)),
    },
  };
}

/** 年度总体目标: 预期目标 (the project's goals) beside 实际完成情况. */
function goalsPart(evaluation: SelfEvaluation, R: SelfEvalRows): Part {
  const L = SELFEVAL_LABELS;
  const goals = numbered(evaluation.project.goals);
  return {
    blocks: [
      {
        at: `A${R.goalsHeader}`,
        rows: [
          [L.goals, L.expected, null, null, null, L.achieved, null, null],
          [null, goals, null, null, null, evaluation.achieved, null, null],
        ],
      },
    ],
    merges: [
      `A${R.goalsHeader}:A${R.goals}`,
      `B${R.goalsHeader}:E${R.goalsHeader}`,
      `F${R.goalsHeader}:H${R.goalsHeader}`,
      `B${R.goals}:E${R.goals}`,
      `F${R.goals}:H${R.goals}`,
    ],
    styles: [
      { range: `A${R.goalsHeader}:H${R.goalsHeader}`, style: { bold: true } },
      {
        range: `B${R.goals}:H${R.goals}`,
        style: { hAlign: "left", vAlign: "top", numberFormat: TEXT_FORMAT },
      },
    ],
    rowHeights: {
      [R.goals]: Math.max(
        estimateHeight(goals, width(1, 5)),
        estimateHeight(evaluation.achieved, width(5, 8))
      ),
    },
  };
}

/** The plan of one 自评表. */
export function planSelfEval(evaluation: SelfEvaluation, sheetName: string): SheetPlan {
  const R = selfEvalRows(evaluation.funds.length, evaluation.project.indicators.length);
  const frame: Part = {
    styles: [
      { range: `A1:H${R.grade}`, style: { vAlign: "middle", hAlign: "center", wrap: true } },
      { range: `A3:H${R.grade}`, style: { border: true } },
    ],
  };
  const parts = combine([
    frame,
    headerPart(evaluation),
    fundsPart(evaluation, R),
    goalsPart(evaluation, R),
    tablePart(evaluation, R),
    settingsPart(evaluation, R),
  ]);
  return {
    name: sheetName,
    kind: "selfeval",
    columnWidths: SELFEVAL_WIDTHS,
    ...parts,
    print: { area: `A1:H${R.grade}`, orientation: "portrait" },
    font: { name: "宋体", size: 10.5 },
  };
}
