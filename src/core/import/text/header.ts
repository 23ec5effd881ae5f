/**
 * Reader of a 项目绩效目标表's header block: 项目编码 (codes wrapped over lines), 项目名称, 预算数 /
 * 其中：财政资金 / 其他资金, 资金用途, 累计支出资金 at the checkpoints, 绩效目标 (numbered goals).
 * It goes by the labels, wherever the extraction put them: after their value's line or before it,
 * labels in a row of their own with the values on the next line (matched by position when the text
 * keeps its layout), a label in the middle of its value's lines. It takes lines with their places,
 * so the PDF importer can call it too. What it cannot place is reported, never guessed into a field.
 */
import { parseAmount } from "../../amount";
import type { Project } from "../../model";
import type { Problem, SourcePlace } from "../../problem";
import { byPlace, joinPieces, numberedItem, Piece, PlacedLine, placedTextLines } from "./lines";

/**
 * The project's fields but its indicators; `name` is "" when the header has no 项目名称 cell (the
 * title names the project then).
 */
export interface HeaderRead extends Omit<Project, "indicators"> {
  unit: { code: string; name: string } | null;
  problems: Problem[];
}

type Field = "code" | "name" | "budget" | "fiscal" | "other" | "purpose" | "schedule" | "goals";
type AmountField = "budget" | "fiscal" | "other";

/** Labels as whole pieces, wrapped fragments included; `null` marks words that only end a label. */
const LABELS: Record<string, Field | null> = {
  项目编码: "code",
  项目名称: "name",
  预算数: "budget",
  "其中：财政资金": "fiscal",
  "其中：财政": "fiscal",
  财政资金: "fiscal",
  其他资金: "other",
  预算规模及资金用途: "purpose",
  预算规模及资金: "purpose",
  预算规模及: "purpose",
  资金用途: "purpose",
  累计支出资金: "schedule",
  累计支出资: "schedule",
  绩效目标: "goals",
  // The second halves of wrapped labels, and the indicator table's own header.
  资金: null,
  用途: null,
  金: null,
  "单位：万元": null,
  一级指标: null,
  二级指标: null,
  三级指标: null,
  绩效指标描述: null,
  指标值: null,
  指标值确定依据: null,
  指标值确定: null,
  依据: null,
};

const AMOUNT_LABEL: Record<AmountField, string> = {
  budget: "预算数",
  fiscal: "财政资金",
  other: "其他资金",
};
const UNIT_LINE = /^(\d{3,})\s+(.+?)\s*(?:单位\s*[:：]\s*万元)?$/;
const CHECKPOINT = /^(\d{1,2})\s*月底$/;
/** A project code as budget systems write it: letters and digits, mostly digits (13012323P0000021077 7A). */
const CODE_PIECE = /^[0-9A-Za-z]+$/;
const FULL_CODE = /^(?=(?:\D*\d){8})[0-9A-Za-z]{12,}$/;

/** Spaces that separate columns in text that keeps its layout. */
const LAYOUT_GAP = 2;

type Token =
  | { kind: "label"; field: Field | null; text: string; x: number }
  | { kind: "month"; month: number; x: number }
  | { kind: "amount"; value: number; text: string; x: number }
  | { kind: "text"; text: string; x: number };

const normalizeLabel = (text: string) => text.replace(/:/g, "：");

function tokens(pieces: Piece[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const { text, x } = pieces[i];
    const label = normalizeLabel(text);
    if (label in LABELS) {
      out.push({ kind: "label", field: LABELS[label], text: label, x });
      continue;
    }
    const month =
      CHECKPOINT.exec(text) ?? (pieces[i + 1]?.text === "月底" ? /^(\d{1,2})$/.exec(text) : null);
    if (month) {
      out.push({ kind: "month", month: Number(month[1]), x });
      if (!text.endsWith("月底")) i++;
      continue;
    }
    const value = parseAmount(text);
    if (value !== null) out.push({ kind: "amount", value, text, x });
    else out.push({ kind: "text", text, x });
  }
  return out;
}

/** Whether a line holds a header block's label (项目名称, 预算数, 3月底, …): header, not table. */
export function holdsHeaderLabel(line: { pieces: Piece[] }): boolean {
  return tokens(line.pieces).some(
    (t) => (t.kind === "label" && t.field !== null) || t.kind === "month"
  );
}

/** Reads a header block; `title` is the place of the table's title, for what is missing. */
export function readHeader(lines: readonly PlacedLine[], title: SourcePlace = {}): HeaderRead {
  const read: HeaderRead = {
    code: "",
    name: "",
    budget: null,
    fiscalFunds: null,
    otherFunds: null,
    purpose: "",
    schedule: [],
    goals: [],
    unit: null,
    problems: [],
  };
  const amounts: Record<AmountField, number | null> = { budget: null, fiscal: null, other: null };
  const report = (place: SourcePlace, message: string) =>
    read.problems.push({ rule: "import/header", severity: "warning", ...place, message });

  let field: Field | null = null;
  let purposeLabel = false;
  /** Labels standing in a row of their own, waiting for the line of values under them. */
  let grid: Grid | null = null;
  const months: number[] = [];
  const planned: number[] = [];
  let planPlace: SourcePlace | null = null;
  /** Text met where no field takes text: a label in the middle of its lines comes after it. */
  let held: { text: string; place: SourcePlace }[] = [];

  const appendText = (target: "name" | "purpose" | "goals", text: string) => {
    if (target === "goals") {
      const item = numberedItem(text);
      if (item || read.goals.length === 0) read.goals.push(item ? item.rest : text);
      else
        read.goals[read.goals.length - 1] = joinPieces(
          read.goals[read.goals.length - 1],
          text,
          false
        );
    } else read[target] = joinPieces(read[target], text, false);
  };

  const textLines = placedTextLines(lines);
  textLines.forEach((line, index) => {
    if (index === 0 && !read.unit) {
      const unit = UNIT_LINE.exec(line.text);
      if (unit && !/\d\s*月底/.test(line.text)) {
        read.unit = { code: unit[1], name: unit[2] };
        return;
      }
    }
    const list = tokens(line.pieces);
    const labels = list.filter((t) => t.kind === "label" && t.field !== null);
    // A row of amount labels (预算数 其中：财政资金 其他资金): the values come on the next line.
    if (labels.length >= 2 && list.every((t) => t.kind === "label")) {
      grid = {
        laidOut: isLaidOut(line.pieces),
        labels: labels
          .filter(
            (t) => t.kind === "label" && ["budget", "fiscal", "other"].includes(t.field ?? "")
          )
          .map((t) => ({ field: (t as { field: AmountField }).field, x: t.x })),
      };
      field = null;
      return;
    }
    if (list.some((t) => t.kind === "month")) {
      for (const t of list) if (t.kind === "month") months.push(t.month);
      field = "schedule";
    }
    const lineAmounts = list.filter((t) => t.kind === "amount");
    const onlyAmounts =
      lineAmounts.length > 0 && list.every((t) => t.kind !== "text" && t.kind !== "month");
    if (grid && onlyAmounts) {
      placeByColumn(grid, lineAmounts, isLaidOut(line.pieces), amounts);
      grid = null;
      return;
    }
    let sameLineLabel: AmountField | null = null;
    let lineText = "";
    const flushText = () => {
      if (lineText === "") return;
      const text = lineText;
      lineText = "";
      if (field === "code" && CODE_PIECE.test(text.replace(/ /g, ""))) {
        read.code += text.replace(/ /g, "");
      } else if (field === "name" || field === "purpose" || field === "goals") {
        appendText(field, text);
      } else if (sameLineLabel && amounts[sameLineLabel] === null) {
        report(line.place, `${AMOUNT_LABEL[sameLineLabel]}“${text}”不是金额`);
      } else if ((field === "fiscal" || field === "other" || field === "budget") && purposeLabel) {
        // The seed puts 资金用途's text after the funds row.
        field = "purpose";
        appendText("purpose", text);
      } else if (!read.code && FULL_CODE.test(text)) {
        read.code = text;
      } else held.push({ text, place: line.place });
    };
    for (const token of list) {
      if (token.kind === "label") {
        flushText();
        if (token.field === null) continue;
        field = token.field;
        if (field === "purpose") purposeLabel = true;
        if (field === "budget" || field === "fiscal" || field === "other") sameLineLabel = field;
        if ((field === "name" || field === "purpose" || field === "goals") && held.length > 0) {
          for (const h of held) appendText(field, h.text);
          held = [];
        }
      } else if (token.kind === "amount" && lineText === "") {
        if (field === "budget" || field === "fiscal" || field === "other") {
          if (amounts[field] === null) amounts[field] = token.value;
          else report(line.place, `${AMOUNT_LABEL[field]}之后多出金额“${token.text}”，已忽略`);
        } else if (field === "schedule" && months.length > 0) {
          planned.push(token.value);
          planPlace ??= line.place;
        } else if (field === "code") {
          read.code += token.text;
        } else lineText = token.text;
      } else if (token.kind === "text" || token.kind === "amount") {
        lineText = joinPieces(lineText, token.text, true);
      }
    }
    flushText();
  });

  for (const h of held) report(h.place, `无法归入项目表的内容“${h.text}”，已忽略`);
  read.budget = amounts.budget;
  read.fiscalFunds = amounts.fiscal;
  read.otherFunds = amounts.other;
  if (months.length > 0) {
    if (planned.length === 0) report(title, "累计支出资金没有金额");
    else if (planned.length !== months.length)
      report(
        planPlace ?? title,
        `累计支出资金有 ${months.length} 个检查点，但读到 ${planned.length} 个金额；按顺序填入`
      );
    read.schedule = months.map((month, i) => ({ month, amount: planned[i] ?? null }));
  }
  read.problems.sort(byPlace);
  return read;
}

interface Grid {
  /** Whether the label row keeps the page's layout (columns of spaces), so positions mean columns. */
  laidOut: boolean;
  labels: { field: AmountField; x: number }[];
}

/** Text that keeps its layout separates columns by runs of spaces (`pdftotext -layout`). */
function isLaidOut(pieces: Piece[]): boolean {
  return pieces.some((p) => p.gap >= LAYOUT_GAP);
}

/** Values under a row of labels: each to the label nearest its position, or in order without layout. */
function placeByColumn(
  grid: Grid,
  values: { value: number; x: number }[],
  laidOut: boolean,
  amounts: Record<AmountField, number | null>
) {
  const byPosition = grid.laidOut && (laidOut || values.length === 1);
  values.forEach((v, i) => {
    const label = byPosition
      ? grid.labels.reduce((best, g) => (Math.abs(g.x - v.x) < Math.abs(best.x - v.x) ? g : best))
      : grid.labels[i];
    if (label && amounts[label.field] === null) amounts[label.field] = v.value;
  });
}
