/**
 * Review settings, like an ESLint configuration: per rule "off", a severity, or a severity with
 * options (`{"rules": {"satisfaction-min": ["warning", {"min": 85}], "plan-behind": "off"}}`).
 * A province's thresholds live here, not in the rules. Checked once, with Chinese messages.
 */
import { fail, ok, Outcome } from "../outcome";
import { ActiveRule, atDefaults, OptionValue, Rule, RuleSeverity } from "./rule";
import { presetOf, withPreset } from "./presets";
import { optionAccepts, RULES } from "./rules";

export type RuleSetting =
  | RuleSeverity
  | "off"
  | [RuleSeverity | "off"]
  | [RuleSeverity | "off", Record<string, OptionValue>];

export interface ReviewSettings {
  rules?: Record<string, RuleSetting>;
}

export type { ActiveRule } from "./rule";

const LEVELS = new Set(["error", "warning", "off"]);

function resolveOne(rule: Rule, setting: unknown): Outcome<ActiveRule | null> {
  const id = rule.meta.id;
  const [level, options] = Array.isArray(setting) ? setting : [setting, undefined];
  if (!LEVELS.has(level as string)) return fail(`审核规则“${id}”的级别应为 error、warning 或 off`);
  if (level === "off") return ok(null);
  const resolved = { ...atDefaults(rule).options };
  if (options !== undefined) {
    if (options === null || typeof options !== "object" || Array.isArray(options))
      return fail(`审核规则“${id}”的选项应为对象`);
    for (const [name, value] of Object.entries(options as Record<string, unknown>)) {
      const spec = rule.meta.options?.[name];
      if (!spec) return fail(`审核规则“${id}”没有选项“${name}”`);
      if (!optionAccepts(spec, value))
        return fail(
          spec.type === "number"
            ? `审核规则“${id}”的选项“${name}”应为 ${spec.min} 到 ${spec.max} 之间的数`
            : `审核规则“${id}”的选项“${name}”应为 ${spec.choices.join("、")} 之一`
        );
      resolved[name] = value as OptionValue;
    }
  }
  return ok({ rule, severity: level as RuleSeverity, options: resolved });
}

/** The rules to run, from settings (as read from a JSON file, so anything may arrive). */
export function resolveSettings(
  settings: unknown = {},
  rules: readonly Rule[] = RULES
): Outcome<ActiveRule[]> {
  if (settings === null || typeof settings !== "object" || Array.isArray(settings))
    return fail('审核设置应为对象，如 {"rules": {"plan-behind": "off"}}');
  const given = (settings as ReviewSettings).rules ?? {};
  if (given === null || typeof given !== "object" || Array.isArray(given))
    return fail("审核设置中的 rules 应为对象");
  const known = new Set(rules.map((r) => r.meta.id));
  for (const id of Object.keys(given)) if (!known.has(id)) return fail(`未知的审核规则“${id}”`);
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = (given as Record<string, unknown>)[rule.meta.id];
    const fallback = rule.meta.optIn ? "off" : rule.meta.severity;
    const one = resolveOne(rule, setting === undefined ? fallback : setting);
    if (!one.ok) return one;
    if (one.value) active.push(one.value);
  }
  return ok(active);
}

let standard: ActiveRule[] | null = null;

/** Every rule at its default severity and options. */
export function defaultRules(): ActiveRule[] {
  if (!standard) {
    const resolved = resolveSettings();
    if (!resolved.ok) throw new Error(resolved.error); // the registry has checked the defaults
    standard = resolved.value;
  }
  return standard;
}

/** Settings that run only the named rules, at their defaults. */
export function onlyRules(ids: readonly string[]): ReviewSettings {
  return {
    rules: Object.fromEntries(
      RULES.map((rule) => [rule.meta.id, ids.includes(rule.meta.id) ? rule.meta.severity : "off"])
    ),
  };
}

/** The rules a preset (and settings over it, as read from a file) runs. */
export function presetRules(id: string, settings: unknown = {}): Outcome<ActiveRule[]> {
  const preset = presetOf(id);
  if (!preset.ok) return preset;
  return resolveSettings(withPreset(preset.value, settings));
}
