/**
 * Named review settings (ESLint's shareable configs): rule id → "off" | "warning" | "error" (with
 * options), the ministry's the default. A preset is checked once, like any settings, by
 * resolveSettings. The grammar's presets (presets.ts beside score.ts: weights, rounding, bands)
 * name one of these as their `review` part when the two are joined. presetRules (settings.ts)
 * resolves one into the rules to run.
 */
import { fail, ok, Outcome } from "../outcome";
// Types only: the pane lists the presets without loading the rules (settings.ts resolves them).
import type { ReviewSettings, RuleSetting } from "./settings";

export interface ReviewPreset {
  id: string;
  /** What it is for, in Chinese (the pane's list, `pt review --help`). */
  description: string;
  settings: ReviewSettings;
}

export const DEFAULT_PRESET = "财政部";

export const REVIEW_PRESETS: readonly ReviewPreset[] = [
  {
    id: DEFAULT_PRESET,
    description: "财政部规则（默认）：各省的附加规则（如超出指标值 130% 须说明原因）不检查",
    settings: { rules: {} },
  },
  {
    id: "一体化系统",
    description:
      "预算管理一体化系统的自评保存校验：另查实际完成值超出指标值 130% 以上须填写偏差原因（采用该系统的省份选用）",
    settings: { rules: { "selfeval-over-reason": "error" } },
  },
];

/** The preset of that name. */
export function presetOf(id: string): Outcome<ReviewPreset> {
  const preset = REVIEW_PRESETS.find((p) => p.id === id.trim());
  return preset
    ? ok(preset)
    : fail(`没有名为“${id}”的审核预设（可选：${REVIEW_PRESETS.map((p) => p.id).join("、")}）`);
}

/** A preset with settings over it (a settings file adjusting a province's preset), merged by rule. */
export function withPreset(preset: ReviewPreset, settings: unknown = {}): unknown {
  if (settings === null || typeof settings !== "object" || Array.isArray(settings)) return settings;
  const given = (settings as ReviewSettings).rules;
  if (given !== undefined && (given === null || typeof given !== "object" || Array.isArray(given)))
    return settings;
  const rules: Record<string, RuleSetting> = { ...preset.settings.rules, ...(given ?? {}) };
  return { ...settings, rules };
}
