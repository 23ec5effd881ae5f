/**
 * The parts around the rules: the registry that refuses duplicates, settings resolved and checked
 * once like an ESLint configuration, a review that never throws on any model, and the formatters.
 */
import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import {
  defaultRules,
  findingRecords,
  formatJson,
  formatRecord,
  registry,
  renderMessage,
  resolveSettings,
  reviewDepartment,
  reviewImport,
  reviewRowCells,
  Rule,
  RULES,
} from "../../../src/core/review";
import { fundsSum } from "../../../src/core/review/rules/funds-sum";
import { SEED_DEPARTMENT } from "../../fixtures/seed-department";

describe("the registry", () => {
  it("lists every rule once, each with messages, a Chinese description and a source", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { meta } of RULES) {
      expect(meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(meta.description).toMatch(/[\u4e00-\u9fff]/);
      expect(meta.source).toMatch(/[\u4e00-\u9fff]/);
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    }
  });

  it("fails loudly on a duplicate id or a default its schema refuses", () => {
    expect(() => registry([fundsSum, fundsSum])).toThrow("审核规则重复：funds-sum");
    const broken: Rule = {
      ...fundsSum,
      meta: {
        ...fundsSum.meta,
        id: "broken",
        options: { tolerance: { type: "number", default: -1, min: 0, max: 1, description: "" } },
      },
    };
    expect(() => registry([broken])).toThrow(/broken 的选项 tolerance/);
  });
});

describe("settings", () => {
  it("default to every rule at its own severity and options, the provinces' rules off", () => {
    const active = defaultRules();
    expect(active.map((a) => a.rule)).toEqual(RULES.filter((r) => !r.meta.optIn));
    expect(RULES.filter((r) => r.meta.optIn).map((r) => r.meta.id)).toEqual([
      "selfeval-over-reason",
    ]);
    expect(active.every((a) => a.severity === a.rule.meta.severity)).toBe(true);
    const satisfaction = active.find((a) => a.rule.meta.id === "satisfaction-min");
    expect(satisfaction?.options).toEqual({ min: 90 });
  });

  it("turn rules off, change severities and set a province's thresholds", () => {
    const resolved = resolveSettings({
      rules: {
        "plan-behind": "off",
        "description-repeats": "error",
        "satisfaction-min": ["warning", { min: 85 }],
        categories: ["error", { tree: "2021" }],
      },
    });
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    const byId = new Map(resolved.value.map((a) => [a.rule.meta.id, a]));
    expect(byId.has("plan-behind")).toBe(false);
    expect(byId.get("description-repeats")?.severity).toBe("error");
    expect(byId.get("satisfaction-min")?.options).toEqual({ min: 85 });
    expect(byId.get("categories")?.options).toEqual({ tree: "2021" });
  });

  it.each<[unknown, string]>([
    [[], "审核设置应为对象"],
    [{ rules: [] }, "rules 应为对象"],
    [{ rules: { "no-such-rule": "error" } }, "未知的审核规则“no-such-rule”"],
    [{ rules: { "funds-sum": "fatal" } }, "级别应为 error、warning 或 off"],
    [{ rules: { "funds-sum": ["error", 5] } }, "选项应为对象"],
    [{ rules: { "funds-sum": ["error", { slack: 1 }] } }, "没有选项“slack”"],
    [{ rules: { "satisfaction-min": ["warning", { min: "九十" }] } }, "应为 0 到 100 之间的数"],
    [{ rules: { categories: ["error", { tree: "2030" }] } }, "应为 either、2015、2021 之一"],
  ])("refuse %j with a message", (settings, message) => {
    const resolved = resolveSettings(settings);
    expect(resolved).toEqual({ ok: false, error: expect.stringContaining(message) });
  });
});

describe("a review never throws", () => {
  it("on any value where a department or a row's cells should be", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(Array.isArray(reviewDepartment(value as never))).toBe(true);
        expect(reviewDepartment({ projects: [value] } as never)).toBeInstanceOf(Array);
        expect(reviewRowCells([value, value, value, value, value, value]).ok).toBe(true);
      }),
      { numRuns: 300 }
    );
  });
});

describe("formatters", () => {
  const result = reviewImport({
    department: SEED_DEPARTMENT,
    diagnostics: [
      { rule: "import/text", severity: "warning", line: 12, message: "无法识别的二级指标" },
    ],
  });
  const records = findingRecords("正定.txt", result);

  it("list what the reader noted, then the findings, one line each", () => {
    expect(formatRecord(records[0])).toBe("正定.txt 第 12 行 [警告] 无法识别的二级指标");
    expect(formatRecord(records[1])).toBe(
      "正定.txt 1.城镇建设工作经费!B8 [警告] 3月底计划累计支出占预算的 13%，低于序时进度 25% 达 12 个百分点：请核实用款时间"
    );
    expect(records).toHaveLength(1 + result.findings.length);
  });

  it("give JSON records with the file, the sheet and the cell", () => {
    const parsed = JSON.parse(formatJson(records));
    expect(parsed[0]).toEqual({
      file: "正定.txt",
      sheet: null,
      cell: null,
      line: 12,
      severity: "warning",
      rule: "import/text",
      message: "无法识别的二级指标",
    });
    expect(parsed[6]).toEqual({
      file: "正定.txt",
      sheet: "1.城镇建设工作经费",
      cell: "E14",
      severity: "error",
      rule: "review/cost-rate",
      message:
        "成本指标“支付各项工作费用”的指标值“≥95%”是完成率：成本指标应写成本标准，如“≤766元/人”“≤23万元”",
    });
  });

  it("fill message placeholders and leave unknown ones as written", () => {
    expect(renderMessage("{label}累计支出应等于预算数", { label: "12月底" })).toBe(
      "12月底累计支出应等于预算数"
    );
    expect(renderMessage("{x} 与 {y}", { x: 1 })).toBe("1 与 {y}");
  });
});

describe("the rule list (docs/review-rules.md)", () => {
  const readme = readFileSync(join(__dirname, "../../../docs/review-rules.md"), "utf8");

  it("lists every rule with its severity, and every option with its default", () => {
    for (const { meta } of RULES) {
      const severity = meta.severity === "error" ? "错误" : "警告";
      expect(readme).toContain(`| \`${meta.id}\` | ${severity} | ${meta.description} |`);
      for (const [name, spec] of Object.entries(meta.options ?? {}))
        expect(readme).toContain(`| \`${meta.id}\` | \`${name}\` | ${spec.default} |`);
    }
  });
});
