/**
 * The project's 预算数 / 财政资金 / 其他资金 from the money labels a form has, however it splits
 * them (label-table.ts says what each label names). The model keeps three amounts: 预算数, of which
 * 财政资金 (money of the government's finance, of any level) and 其他资金 (the unit's own and other
 * sources). So:
 *
 * - 预算数: its label; else 年度本级预算金额 plus 上级资金 (a form with 本级 and 上级 amounts).
 * - 财政资金: its label; else the sum of its kinds (一般公共预算拨款 + 政府性基金预算拨款 …); else
 *   年度本级预算金额 when the form has no 其他资金 either. 上级资金 is fiscal money (上级财政转移
 *   支付), added to it, unless written 其中：上级… under a 财政资金 it is a part of.
 * - 其他资金: its label; else the sum of its kinds (自有资金, 事业收入 …); 上年结转 added.
 *
 * Every amount worked out rather than read is reported at the cell (or line) it came from.
 */
import type { Problem, SourcePlace } from "../problem";
import type { LabelKind } from "./label-table";

export interface FundAmount {
  kind: LabelKind;
  /** In 万元; null when the label has no amount. */
  amount: number | null;
  /** The label as written, for the reports. */
  label: string;
  /** Written as a part of the label before it (其中：上级财政资金). */
  part: boolean;
  /** Where its label is: a cell, a line. */
  place: SourcePlace;
}

export interface Funds {
  budget: number | null;
  fiscal: number | null;
  other: number | null;
  /** The amount each was taken or worked out from. */
  from: { budget?: FundAmount; fiscal?: FundAmount; other?: FundAmount };
  problems: Problem[];
}

const round = (n: number) => Number(n.toFixed(6));
const sum = (list: FundAmount[]) =>
  list.length === 0 ? null : round(list.reduce((n, a) => n + (a.amount ?? 0), 0));
const names = (list: FundAmount[]) => list.map((a) => `“${a.label}”`).join("、");

export function combineFunds(amounts: readonly FundAmount[]): Funds {
  const problems: Problem[] = [];
  const info = (
    at: FundAmount,
    message: string,
    field: "budget" | "fiscalFunds" | "otherFunds",
    rule = "import/funds"
  ) =>
    problems.push({
      rule,
      severity: "info",
      ...at.place,
      message,
      at: { kind: "project", project: 0, field },
    });
  const all = (kind: LabelKind) => amounts.filter((a) => a.kind === kind && a.amount !== null);
  const one = (kind: LabelKind) => all(kind)[0] ?? amounts.find((a) => a.kind === kind);
  const from: Funds["from"] = {};

  const local = one("local");
  const upper = all("upper");
  const fiscalParts = all("fiscalPart");
  const otherParts = all("otherPart");

  let budget = one("budget")?.amount ?? null;
  from.budget = one("budget");
  if (!from.budget && (local || upper.length > 0)) {
    const parts = [...(local ? [local] : []), ...upper];
    from.budget = parts[0];
    budget = sum(parts.filter((a) => a.amount !== null));
    if (budget !== null && parts.length > 1)
      info(parts[0], `预算数按${names(parts)}合计为 ${budget} 万元`, "budget");
  }

  let fiscal = one("fiscal")?.amount ?? null;
  from.fiscal = one("fiscal");
  const whole = from.fiscal !== undefined;
  if (!whole && fiscalParts.length > 0) {
    fiscal = sum(fiscalParts);
    from.fiscal = fiscalParts[0];
    if (fiscalParts.length > 1)
      info(fiscalParts[0], `财政资金按${names(fiscalParts)}合计为 ${fiscal} 万元`, "fiscalFunds");
  } else if (!whole && local?.amount != null && !one("other") && otherParts.length === 0) {
    fiscal = local.amount;
    from.fiscal = local;
    info(local, `表中没有其他资金，“${local.label}”计为本级财政资金`, "fiscalFunds");
  }
  for (const a of upper) {
    const amount = a.amount as number;
    if (a.part && whole && fiscal !== null) {
      if (amount > fiscal)
        problems.push({
          rule: "import/funds",
          severity: "warning",
          ...a.place,
          message: `“${a.label}”${amount} 万元大于财政资金 ${fiscal} 万元，请核对`,
          at: { kind: "project", project: 0, field: "fiscalFunds" },
        });
      continue;
    }
    fiscal = round((fiscal ?? 0) + amount);
    from.fiscal ??= a;
    info(a, `“${a.label}”属上级财政转移支付，已计入财政资金（${fiscal} 万元）`, "fiscalFunds");
  }

  let other = one("other")?.amount ?? null;
  from.other = one("other");
  if (!from.other && otherParts.length > 0) {
    other = sum(otherParts);
    from.other = otherParts[0];
    if (otherParts.length > 1)
      info(otherParts[0], `其他资金按${names(otherParts)}合计为 ${other} 万元`, "otherFunds");
  }
  for (const a of all("carried")) {
    other = round((other ?? 0) + (a.amount as number));
    from.other ??= a;
    info(a, `${a.label}已计入其他资金`, "otherFunds", "import/carried-funds");
  }
  return { budget, fiscal, other, from, problems };
}
