/**
 * 自检 (self-test): how a first run in a real Excel or WPS tells what works. Each host adapter
 * gives its steps as data (a name and a body that makes the host calls the add-in relies on, on a
 * temporary sheet); one runner here runs them all, each on its own so that one failing says ✗
 * with the host's error and the others still run, and deletes the temporary sheet whatever
 * happened. The PT functions are probed by formulas whose answers the host's own recalculation
 * gives; the expected answers are data beside them (a test holds them to the functions).
 */
import type { FunctionId } from "../functions/signatures";
import { reasonOf } from "./messages";

export interface SelfTestStep<S> {
  name: string;
  /** Makes the host calls; what it returns is shown beside ✓, what it throws beside ✗. */
  run(session: S): Promise<string | void> | string | void;
}

/** What a host adapter gives the runner: its temporary sheet, its steps and what it is. */
export interface SelfTestHost<S> {
  host: string;
  /** Version or build, and the requirement sets the host supports (Excel). */
  about(): Promise<{ version: string; requirementSets?: string[] }>;
  /** Adds the temporary sheet (named `name`). */
  open(name: string): Promise<S>;
  steps: SelfTestStep<S>[];
  /** Deletes the temporary sheet; must work after any step failed. */
  close(session: S): Promise<void>;
  /** The sheet names, to confirm nothing is left. */
  sheetNames(): Promise<string[]>;
}

export interface StepResult {
  name: string;
  ok: boolean;
  /** What the step saw (✓) or the host's error (✗). */
  detail: string;
}

export interface SelfTestReport {
  host: string;
  version: string;
  requirementSets: string[];
  time: string;
  steps: StepResult[];
}

/** The temporary sheet's name: marked as ours, unlikely to be taken, at most 31 characters. */
export function selfTestSheetName(now: Date = new Date()): string {
  return `PT自检_${now.getTime().toString(36)}`;
}

async function attempt(name: string, body: () => unknown): Promise<StepResult> {
  try {
    const seen = await body();
    return { name, ok: true, detail: typeof seen === "string" ? seen : "" };
  } catch (error) {
    return { name, ok: false, detail: reasonOf(error) || "（主机未给出原因）" };
  }
}

/** Runs every step on a temporary sheet, then deletes it, and says what each step did. */
export async function runSelfTest<S>(
  host: SelfTestHost<S>,
  now: Date = new Date()
): Promise<SelfTestReport> {
  const info = { version: "未知", requirementSets: [] as string[] };
  try {
    const about = await host.about();
    info.version = about.version;
    info.requirementSets = about.requirementSets ?? [];
  } catch (error) {
    info.version = `未知（${reasonOf(error)}）`;
  }
  const name = selfTestSheetName(now);
  const steps: StepResult[] = [];
  let session: S | undefined;
  steps.push(
    await attempt("新建临时工作表", async () => {
      session = await host.open(name);
      return name;
    })
  );
  if (session !== undefined) {
    for (const step of host.steps) steps.push(await attempt(step.name, () => step.run(session!)));
    steps.push(await attempt("删除临时工作表", () => host.close(session!)));
  }
  steps.push(
    await attempt("工作簿中不留痕迹", async () => {
      const left = (await host.sheetNames()).filter((n) => n.startsWith("PT自检_"));
      if (left.length > 0) throw new Error(`仍有临时工作表：${left.join("、")}`);
    })
  );
  return { host: host.host, ...info, time: now.toISOString(), steps };
}

/** The report as text to copy into a message to IT. */
export function reportText(report: SelfTestReport): string {
  const failed = report.steps.filter((s) => !s.ok).length;
  return [
    `绩效目标表助手 自检报告`,
    `主机：${report.host}`,
    `版本：${report.version}`,
    ...(report.requirementSets.length > 0
      ? [`支持的要求集：${report.requirementSets.join("、")}`]
      : []),
    `时间：${report.time}`,
    `结果：${failed === 0 ? "全部通过" : `${failed} 项未通过`}（共 ${report.steps.length} 项）`,
    ...report.steps.map((s) => `${s.ok ? "✓" : "✗"} ${s.name}${s.detail ? `：${s.detail}` : ""}`),
  ].join("\n");
}

type Arg = number | string | { date: [number, number, number] };

/** One PT function called with literal arguments, and what it answers. */
export interface FunctionProbe {
  name: FunctionId;
  args: Arg[];
  expected: string | number | boolean;
}

/** A probe for every function of the catalog (a test checks both, and the answers). */
export const PROBES: FunctionProbe[] = [
  { name: "CHECK", args: [0.96, "≥95%"], expected: "达标" },
  { name: "PROGRESS", args: [50, 100], expected: 0.5 },
  { name: "SCHEDULE", args: [{ date: [2025, 6, 30] }], expected: 0.5 },
  { name: "LIGHT", args: [50, 100, { date: [2025, 6, 30] }], expected: "绿灯" },
  { name: "SCORE", args: [0.96, "≥95%", 10], expected: 10 },
  { name: "BUDGETSCORE", args: [0.95, 10], expected: 9.5 },
  { name: "GRADE", args: [92], expected: "优" },
  { name: "EXPLAIN", args: ["≥95%"], expected: "定量指标：不低于 95%" },
  {
    name: "REVIEW",
    args: ["产出指标", "数量指标", "培训人数", "", "", ""],
    expected: "错误：请填写指标值",
  },
];

/** A probe's formula as the hosts take it: =PT.CHECK(0.96,"≥95%"). */
export function probeFormula(probe: FunctionProbe): string {
  const args = probe.args.map((a) =>
    typeof a === "number"
      ? String(a)
      : typeof a === "string"
        ? `"${a.replace(/"/g, '""')}"`
        : `DATE(${a.date.join(",")})`
  );
  return `=PT.${probe.name}(${args.join(",")})`;
}

/** What a host returned for a probe, judged: throws with what was wrong. */
export function judgeProbe(probe: FunctionProbe, value: unknown): string {
  if (typeof value === "string" && /^#[A-Z0-9/!?]+/.test(value))
    throw new Error(`${probeFormula(probe)} 返回 ${value}`);
  const close =
    typeof value === "number" && typeof probe.expected === "number"
      ? Math.abs(value - probe.expected) < 1e-6
      : value === probe.expected;
  if (!close)
    throw new Error(
      `${probeFormula(probe)} 返回 ${JSON.stringify(value)}，应为 ${JSON.stringify(probe.expected)}`
    );
  return `${probeFormula(probe)} → ${JSON.stringify(value)}`;
}
