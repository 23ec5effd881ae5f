/**
 * Reader of a project table's header block in a published text: 项目编码 (codes wrapped over
 * lines), 项目名称, the money labels (预算数 / 其中：财政资金 / 其他资金, or a 申报表's 年度本级预算金额 /
 * 上级资金 …, combined by funds.ts), 资金用途, 累计支出资金 at the checkpoints, 绩效目标 (numbered
 * goals), the unit. It goes by the labels of the form's one label table (header-tokens.ts), wherever
 * the extraction put them: after their value's line or before it, labels in a row of their own with
 * the values on the next line (matched by position when the text keeps its layout), a label in the
 * middle of its value's lines. It takes lines with their places, so the PDF importer can call it
 * too. What it cannot place is reported, never guessed into a field; a value the model has no place
 * for (项目支出类型, 实施期) is reported as not imported.
 */
import type { Project } from "../../model";
import type { Problem, SourcePlace } from "../../problem";
import { combineFunds, FundAmount } from "../funds";
import { moneyUnitIn, toWan } from "../labels";
import { Field, isMoney, joinWrappedLabels, LabelToken, tokens } from "./header-tokens";
import { byPlace, joinPieces, numberedItem, Piece, PlacedLine, placedTextLines } from "./lines";
import type { TextLine } from "./lines";

export { holdsHeaderLabel, joinWrappedLabels, openingLabel } from "./header-tokens";

/**
 * The project's fields but its indicators; `name` is "" when the header has no 项目名称 cell (the
 * title names the project then).
 */
export interface HeaderRead extends Omit<Project, "indicators"> {
  unit: { code: string; name: string } | null;
  /** The budget year when a line says it (（2024年度）). */
  year: number | null;
  problems: Problem[];
}

const UNIT_LINE = /^(\d{3,})\s+(.+?)\s*(?:单位\s*[:：]\s*万元)?$/;
const UNIT_CODE_AND_NAME = /^(\d{3,})\s*[-—－_]?\s*(\S.*)$/;
const MONEY_UNIT = /^(金额)?单位[:：](万元|元)$/;
const YEAR_LINE = /^[(（]?\s*(\d{4})\s*年度?\s*[)）]?$/;
const FILLED_BY = /^(?:填报|编制)单位\s*(?:[(（]盖章[)）])?\s*[:：]\s*(\S.*)$/;
/** A project code as budget systems write it: letters and digits, mostly digits (13012323P0000021077 7A). */
const CODE_PIECE = /^[0-9A-Za-z]+$/;
const FULL_CODE = /^(?=(?:\D*\d){8})[0-9A-Za-z]{12,}$/;

/** Spaces that separate columns in text that keeps its layout. */
const LAYOUT_GAP = 2;

interface Grid {
  /** Whether the label row keeps the page's layout (columns of spaces), so positions mean columns. */
  laidOut: boolean;
  labels: { amount: FundAmount; x: number }[];
}

/** A label whose value the model does not keep, with that value. */
interface Skipped {
  label: LabelToken;
  text: string;
  place: SourcePlace;
}

type TextField = "name" | "purpose" | "goals" | "periodGoals" | "unit" | "department";

class HeaderReader {
  readonly read: HeaderRead = {
    code: "",
    name: "",
    budget: null,
    fiscalFunds: null,
    otherFunds: null,
    purpose: "",
    schedule: [],
    goals: [],
    unit: null,
    year: null,
    problems: [],
  };
  readonly money: FundAmount[] = [];
  /** The money label whose amount comes next. */
  current: FundAmount | null = null;
  field: Field | null = null;
  purposeLabel = false;
  /** Labels standing in a row of their own, waiting for the line of values under them. */
  grid: Grid | null = null;
  readonly months: number[] = [];
  readonly planned: number[] = [];
  planPlace: SourcePlace | null = null;
  /** Text met where no field takes text: a label in the middle of its lines comes after it. */
  held: { text: string; place: SourcePlace }[] = [];
  readonly texts = { periodGoals: [] as string[], unit: "", department: "" };
  readonly skipped: Skipped[] = [];
  /** Text labels side by side in a laid-out row: the lines under them are cut by position. */
  columns: { field: Field; x: number }[] | null = null;
  yuan: SourcePlace | null = null;

  report(place: SourcePlace, message: string, severity: Problem["severity"] = "warning") {
    this.read.problems.push({ rule: "import/header", severity, ...place, message });
  }

  appendText(target: TextField, text: string) {
    const { read, texts } = this;
    if (target === "unit" || target === "department")
      texts[target] = joinPieces(texts[target], text, false);
    else if (target === "goals" || target === "periodGoals") {
      const list = target === "goals" ? read.goals : texts.periodGoals;
      const item = numberedItem(text);
      if (item || list.length === 0) list.push(item ? item.rest : text);
      else list[list.length - 1] = joinPieces(list[list.length - 1], text, false);
    } else read[target] = joinPieces(read[target], text, false);
  }

  /** A line that is the preamble of a 申报表 (year, 填报单位, 单位：元): taken, or false. */
  preamble(line: TextLine, index: number): TextLine | null {
    const money = moneyUnitIn(line.text);
    if (money) {
      if (money.unit === "元") this.yuan ??= line.place;
      // The pieces of 单位：万元 at the line's end go; the others keep their positions.
      let k = line.pieces.length;
      while (
        k > 0 &&
        !MONEY_UNIT.test(
          line.pieces
            .slice(k - 1)
            .map((p) => p.text)
            .join("")
        )
      )
        k--;
      if (k === 1) return null;
      if (k > 1) {
        const pieces = line.pieces.slice(0, k - 1);
        line = { ...line, pieces, text: pieces.map((p) => p.text).join(" ") };
      }
    }
    const year = YEAR_LINE.exec(line.text);
    if (year) {
      this.read.year ??= Number(year[1]);
      return null;
    }
    const filledBy = FILLED_BY.exec(line.text);
    if (filledBy) {
      this.read.unit ??= { code: "", name: filledBy[1].trim() };
      return null;
    }
    if (index === 0 && !this.read.unit) {
      const unit = UNIT_LINE.exec(line.text);
      if (unit && !/\d\s*月底/.test(line.text)) {
        this.read.unit = { code: unit[1], name: unit[2] };
        return null;
      }
    }
    return line;
  }

  newAmount(token: LabelToken, place: SourcePlace): FundAmount {
    const amount: FundAmount = {
      kind: token.label?.kind ?? (token.field as FundAmount["kind"]),
      amount: null,
      label: token.text.replace(/[:：]$/, ""),
      part: token.label?.part ?? false,
      place,
    };
    if (token.label?.unit === "元") this.yuan ??= place;
    this.money.push(amount);
    return amount;
  }

  /** A row of labels alone: amount labels take the values of the next line. */
  labelRow(line: TextLine, labels: LabelToken[]): void {
    this.grid = {
      laidOut: isLaidOut(line.pieces),
      labels: labels
        .filter((t) => t.field !== null && isMoney(t.field))
        .map((t) => ({ amount: this.newAmount(t, line.place), x: t.x })),
    };
    // Text labels side by side (实施期绩效目标 本年度绩效目标): the lines under them are theirs by
    // position when the text keeps its layout; without, which words are whose cannot be told.
    const texts = labels.filter((t) => t.field !== null && !isMoney(t.field));
    this.field = null;
    if (texts.length === 1) this.field = texts[0].field;
    else if (texts.length > 1 && this.grid.laidOut)
      this.columns = texts.map((t) => ({ field: t.field as Field, x: t.x }));
    for (const t of texts)
      if (t.field === "skip") this.skipped.push({ label: t, text: "", place: line.place });
  }

  /** A line under side-by-side text labels: each piece to the label it stands under. */
  byColumn(line: TextLine, columns: { field: Field; x: number }[]): void {
    for (const piece of line.pieces) {
      const column = [...columns].reverse().find((c) => c.x <= piece.x + LAYOUT_GAP) ?? columns[0];
      this.field = column.field;
      this.text(piece.text, line.place, null);
    }
    this.field = null;
  }

  line(raw: TextLine, index: number): void {
    const line = this.preamble(raw, index);
    if (!line) return;
    const list = tokens(line.pieces);
    const labels = list.filter((t): t is LabelToken => t.kind === "label" && t.field !== null);
    if (this.columns && labels.length === 0 && list.every((t) => t.kind !== "month")) {
      this.byColumn(line, this.columns);
      return;
    }
    this.columns = null;
    if (labels.length >= 2 && list.every((t) => t.kind === "label")) {
      this.labelRow(line, labels);
      return;
    }
    if (list.some((t) => t.kind === "month")) {
      for (const t of list) if (t.kind === "month") this.months.push(t.month);
      this.field = "schedule";
    }
    const lineAmounts = list.filter((t) => t.kind === "amount");
    const onlyAmounts =
      lineAmounts.length > 0 && list.every((t) => t.kind !== "text" && t.kind !== "month");
    if (this.grid && this.grid.labels.length > 0 && onlyAmounts) {
      placeByColumn(this.grid, lineAmounts, isLaidOut(line.pieces));
      this.grid = null;
      return;
    }
    this.tokensOf(line, list);
  }

  tokensOf(line: TextLine, list: ReturnType<typeof tokens>): void {
    let sameLine: FundAmount | null = null;
    let lineText = "";
    const flush = () => {
      if (lineText !== "") this.text(lineText, line.place, sameLine);
      lineText = "";
    };
    for (const token of list) {
      if (token.kind === "label") {
        flush();
        if (token.field === null) continue;
        this.field = token.field;
        if (token.field === "purpose") this.purposeLabel = true;
        if (isMoney(token.field)) sameLine = this.current = this.newAmount(token, line.place);
        if (token.field === "skip")
          this.skipped.push({ label: token, text: "", place: line.place });
        const takesHeld = ["name", "purpose", "goals"].includes(token.field);
        if (takesHeld && this.held.length > 0) {
          for (const h of this.held) this.appendText(token.field as TextField, h.text);
          this.held = [];
        }
      } else if (token.kind === "amount" && lineText === "") this.amount(token, line.place);
      else if (token.kind === "text" || token.kind === "amount")
        lineText = joinPieces(lineText, token.text, true);
    }
    flush();
  }

  amount(token: { value: number; text: string }, place: SourcePlace): void {
    const { field, current } = this;
    if (field !== null && isMoney(field) && current) {
      if (current.amount === null) current.amount = token.value;
      else this.report(place, `${current.label}之后多出金额“${token.text}”，已忽略`);
    } else if (field === "schedule" && this.months.length > 0) {
      this.planned.push(token.value);
      this.planPlace ??= place;
    } else if (field === "code") this.read.code += token.text;
    else this.text(token.text, place, null);
  }

  text(text: string, place: SourcePlace, sameLine: FundAmount | null): void {
    const { field } = this;
    if (field === "code" && CODE_PIECE.test(text.replace(/ /g, ""))) {
      this.read.code += text.replace(/ /g, "");
    } else if (field === "skip") {
      const last = this.skipped[this.skipped.length - 1];
      last.text = joinPieces(last.text, text, false);
    } else if (
      field !== null &&
      ["name", "purpose", "goals", "periodGoals", "unit", "department"].includes(field)
    ) {
      this.appendText(field as TextField, text);
    } else if (sameLine && sameLine.amount === null) {
      this.report(place, `${sameLine.label}“${text}”不是金额`);
    } else if (field !== null && isMoney(field) && this.purposeLabel) {
      // The seed puts 资金用途's text after the funds row.
      this.field = "purpose";
      this.appendText("purpose", text);
    } else if (!this.read.code && FULL_CODE.test(text)) {
      this.read.code = text;
    } else this.held.push({ text, place });
  }
}

/** Reads a header block; `title` is the place of the table's title, for what is missing. */
export function readHeader(lines: readonly PlacedLine[], title: SourcePlace = {}): HeaderRead {
  const reader = new HeaderReader();
  // Lines already cut into pieces keep their positions (the text's layout); others are cut here.
  const pieced = lines.every((l) => Array.isArray((l as TextLine).pieces));
  const cut = pieced
    ? (lines as TextLine[]).filter((l) => l.pieces.length > 0)
    : placedTextLines(lines);
  joinWrappedLabels(cut).forEach((line, index) => reader.line(line, index));
  const { read, months, planned } = reader;
  for (const h of reader.held) reader.report(h.place, `无法归入项目表的内容“${h.text}”，已忽略`);
  if (reader.yuan) {
    for (const a of reader.money) if (a.amount !== null) a.amount = toWan(a.amount, "元");
    planned.forEach((p, i) => (planned[i] = toWan(p, "元")));
    reader.report(reader.yuan, "金额以元填写，已换算为万元（÷10000）", "info");
  }
  const funds = combineFunds(reader.money);
  [read.budget, read.fiscalFunds, read.otherFunds] = [funds.budget, funds.fiscal, funds.other];
  read.problems.push(...funds.problems);
  if (months.length > 0) {
    if (planned.length === 0) reader.report(title, "累计支出资金没有金额");
    else if (planned.length !== months.length)
      reader.report(
        reader.planPlace ?? title,
        `累计支出资金有 ${months.length} 个检查点，但读到 ${planned.length} 个金额；按顺序填入`
      );
    read.schedule = months.map((month, i) => ({ month, amount: planned[i] ?? null }));
  }
  settle(reader, title);
  read.problems.sort(byPlace);
  return read;
}

/** The unit, the implementation period's goals and the values kept out of the model, said. */
function settle(reader: HeaderReader, title: SourcePlace): void {
  const { read, texts } = reader;
  const split = (text: string) => {
    const match = UNIT_CODE_AND_NAME.exec(text);
    return match ? { code: match[1], name: match[2] } : { code: "", name: text };
  };
  if (texts.unit) read.unit = split(texts.unit);
  if (texts.department && !read.unit) {
    read.unit = split(texts.department);
    reader.report(title, `表中没有实施单位，单位取自“${texts.department}”`, "info");
  } else if (texts.department)
    reader.report(title, `主管部门“${texts.department}”不在目标表中，未导入`, "info");
  if (texts.periodGoals.length > 0 && read.goals.length === 0) {
    read.goals = texts.periodGoals;
    reader.report(
      title,
      "表中没有年度绩效目标，已把实施期（长期）绩效目标作为年度目标导入，请核对"
    );
  } else if (texts.periodGoals.length > 0)
    reader.report(
      title,
      `实施期（长期）绩效目标“${texts.periodGoals.join("；")}”不在目标表中，未导入`,
      "info"
    );
  for (const { label, text, place } of reader.skipped) {
    if (label.label?.kind === "ignored") continue;
    if (label.unknown)
      reader.report(
        place,
        `不认识的栏目“${label.text}”${text ? `，其值“${text}”` : ""}未导入：它不对应目标表中的任何一项`
      );
    else if (text)
      reader.report(
        place,
        `“${label.text.replace(/[:：]$/, "")}：${text}”不在目标表中，未导入`,
        "info"
      );
  }
}

/** Text that keeps its layout separates columns by runs of spaces (`pdftotext -layout`). */
function isLaidOut(pieces: Piece[]): boolean {
  return pieces.some((p) => p.gap >= LAYOUT_GAP);
}

/** Values under a row of labels: each to the label nearest its position, or in order without layout. */
function placeByColumn(grid: Grid, values: { value: number; x: number }[], laidOut: boolean) {
  const byPosition = grid.laidOut && (laidOut || values.length === 1);
  values.forEach((v, i) => {
    const label = byPosition
      ? grid.labels.reduce((best, g) => (Math.abs(g.x - v.x) < Math.abs(best.x - v.x) ? g : best))
      : grid.labels[i];
    if (label && label.amount.amount === null) label.amount.amount = v.value;
  });
}
