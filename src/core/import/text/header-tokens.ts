/**
 * The tokens of a header block's line in a published text: labels (known by the form's label table,
 * label-table.ts, over as many pieces as a viewer spread them over, or by the halves the seed's
 * extraction wraps them into), N月底 checkpoints, amounts and text. A short first piece that reads
 * as a label the table does not know is a label too, so that its value is reported, not taken.
 * Labels wrapped over two lines (年度本级 / 预算金额) are joined before the lines are read.
 */
import { parseAmount } from "../../amount";
import { FormLabel, formLabel, LabelKind, labelText, looksLikeLabel } from "../labels";
import type { Piece, TextLine } from "./lines";

/** The kinds of label whose amounts funds.ts combines. */
const MONEY_KINDS = [
  "budget",
  "local",
  "fiscal",
  "fiscalPart",
  "upper",
  "other",
  "otherPart",
  "carried",
] as const;
export type MoneyKind = (typeof MONEY_KINDS)[number];
export const isMoney = (kind: string): kind is MoneyKind =>
  (MONEY_KINDS as readonly string[]).includes(kind);

/** What the text after a label goes to; `skip`: a value kept out of the model (reported). */
export type Field =
  | "code"
  | "name"
  | "purpose"
  | "schedule"
  | "goals"
  | "periodGoals"
  | "unit"
  | "department"
  | MoneyKind
  | "skip";

/**
 * The halves of the seed's labels as `pdftotext` wraps them (the labels themselves are known by
 * the form's label table, label-table.ts); `null` marks words that only end a label, and the
 * indicator table's own header.
 */
const FRAGMENTS: Record<string, Field | null> = {
  "其中：财政": "fiscal",
  预算规模及资金: "purpose",
  预算规模及: "purpose",
  累计支出资: "schedule",
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

/** The field of each kind of label; kinds not here keep their value out of the model. */
const FIELD_OF: Partial<Record<LabelKind, Field>> = {
  code: "code",
  name: "name",
  purpose: "purpose",
  schedule: "schedule",
  goals: "goals",
  periodGoals: "periodGoals",
  unit: "unit",
  department: "department",
};

/** Labels a viewer may have spread over pieces (项 目 名 称, 年度本级 预算金额): at most so many. */
const LABEL_PIECES = 10;

const CHECKPOINT = /^(\d{1,2})\s*月底$/;

export interface LabelToken {
  kind: "label";
  field: Field | null;
  /** The label as written (its pieces joined). */
  text: string;
  x: number;
  /** The form's label, when the label table knows it; `unknown`: it only reads as a label. */
  label: FormLabel | null;
  unknown: boolean;
}

export type Token =
  | LabelToken
  | { kind: "month"; month: number; x: number }
  | { kind: "amount"; value: number; text: string; x: number }
  | { kind: "text"; text: string; x: number };

const normalizeLabel = (text: string) => text.replace(/:/g, "：");

/** The label opening pieces[i..], over as many pieces as it is spread over, or null. */
function labelAt(pieces: Piece[], i: number): { token: LabelToken; count: number } | null {
  for (let n = Math.min(LABEL_PIECES, pieces.length - i); n >= 1; n--) {
    const text = pieces
      .slice(i, i + n)
      .map((p) => p.text)
      .join("");
    const fragment = normalizeLabel(text);
    const label = formLabel(text);
    if (!label && !(n === 1 && fragment in FRAGMENTS)) continue;
    const field = label
      ? label.kind === "group"
        ? null
        : (FIELD_OF[label.kind] ?? (isMoney(label.kind) ? label.kind : "skip"))
      : FRAGMENTS[fragment];
    return {
      token: { kind: "label", field, text, x: pieces[i].x, label, unknown: false },
      count: n,
    };
  }
  return null;
}

export function tokens(pieces: Piece[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const { text, x } = pieces[i];
    const found = labelAt(pieces, i);
    if (found) {
      out.push(found.token);
      i += found.count - 1;
      continue;
    }
    // 项目名称：某项目 — a label with its value in one piece.
    const colon = /^([^:：]{2,20})[:：](.+)$/.exec(text);
    const inline = colon ? formLabel(colon[1]) : null;
    if (colon && inline) {
      out.push(...tokens([{ ...pieces[i], text: colon[1] }]));
      out.push(...tokens([{ ...pieces[i], text: colon[2], x: x + colon[1].length + 1 }]));
      continue;
    }
    if (i === 0 && looksLikeLabel(text)) {
      const key = labelText(text);
      out.push({ kind: "label", field: "skip", text: key, x, label: null, unknown: true });
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

/** The kind of the label a line opens with (项目名称 …, 项目支出名称：…), or null. */
export function openingLabel(line: { pieces: Piece[] }): LabelKind | null {
  const first = tokens(line.pieces.slice(0, LABEL_PIECES))[0];
  return first?.kind === "label" ? (first.label?.kind ?? null) : null;
}

/** A line that may be the first half of a label: no label itself, so short. */
const HALF_LABEL = 10;
/** Pieces a label may be spread over (项 目 支 出 名 称). */
const SPREAD = 10;

/**
 * Labels wrapped over two lines (年度本级 / 预算金额, 该项目支出 / 上级资金): a short line that makes
 * a label with the first pieces of the next line is joined to them.
 */
export function joinWrappedLabels(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [line, next] = [lines[i], lines[i + 1]];
    const half = line.pieces.map((p) => p.text).join("");
    let joined: Piece[] | null = null;
    if (next && half.length <= HALF_LABEL && line.pieces.length <= SPREAD && !formLabel(half))
      for (let k = Math.min(SPREAD, next.pieces.length); k >= 1 && !joined; k--) {
        const text =
          half +
          next.pieces
            .slice(0, k)
            .map((p) => p.text)
            .join("");
        const label = formLabel(text);
        if (label && label.kind !== "group")
          joined = [{ ...next.pieces[0], text }, ...next.pieces.slice(k)];
      }
    if (joined) {
      out.push({ ...next, pieces: joined, text: joined.map((p) => p.text).join(" ") });
      i++;
    } else out.push(line);
  }
  return out;
}
