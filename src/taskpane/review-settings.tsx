/**
 * The 审核 page's choice of settings: a named preset (财政部 by default, a province's) or a settings
 * file the reviewer picks (JSON, as `pt review --settings` reads). The choice is remembered in the
 * pane's localStorage, so the next review uses it; the rules themselves load with the review.
 */
import * as React from "react";
import { Field, Select, Text } from "@fluentui/react-components";
import { DEFAULT_PRESET, REVIEW_PRESETS } from "../core/review/presets";

/** A preset by name, or a settings file's content over the default preset. */
export type ReviewChoice =
  { preset: string } | { preset: typeof FILE; file: string; settings: unknown };

const FILE = "__file__";
export const CHOICE_KEY = "pt.review.settings";

/** The remembered choice, or the default when none is (or storage is unavailable or damaged). */
export function rememberedChoice(): ReviewChoice {
  try {
    const saved = JSON.parse(
      window.localStorage.getItem(CHOICE_KEY) ?? "null"
    ) as ReviewChoice | null;
    if (saved && saved.preset === FILE && "file" in saved) return saved;
    if (saved && REVIEW_PRESETS.some((p) => p.id === saved.preset)) return { preset: saved.preset };
  } catch {
    // A damaged or blocked store: the default below.
  }
  return { preset: DEFAULT_PRESET };
}

function remember(choice: ReviewChoice): void {
  try {
    window.localStorage.setItem(CHOICE_KEY, JSON.stringify(choice));
  } catch {
    // Storage blocked (some hosts' private modes): the choice holds for this session only.
  }
}

/** The preset and the settings over it that a review with this choice runs. */
export function settingsOf(choice: ReviewChoice): { preset: string; settings: unknown } {
  return "file" in choice
    ? { preset: DEFAULT_PRESET, settings: choice.settings }
    : { preset: choice.preset, settings: {} };
}

export function ReviewSettingsPicker({
  choice,
  onChoice,
  label,
  fileLabel,
  fileError,
}: {
  choice: ReviewChoice;
  onChoice: (choice: ReviewChoice) => void;
  label: string;
  fileLabel: string;
  fileError: string;
}) {
  const input = React.useRef<HTMLInputElement>(null);
  const [error, setError] = React.useState("");
  const choose = (next: ReviewChoice) => {
    remember(next);
    onChoice(next);
  };
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      choose({ preset: FILE, file: file.name, settings: JSON.parse(await file.text()) });
      setError("");
    } catch (e) {
      setError(`${fileError}：${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const description = REVIEW_PRESETS.find((p) => p.id === choice.preset)?.description;
  return (
    <div>
      <Field label={label}>
        <Select
          value={choice.preset}
          onChange={(_, d) =>
            d.value === FILE ? input.current?.click() : choose({ preset: d.value })
          }
          data-testid="review-preset"
        >
          {REVIEW_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.id}
            </option>
          ))}
          <option value={FILE}>
            {"file" in choice ? `${fileLabel}：${choice.file}` : `${fileLabel}…`}
          </option>
        </Select>
      </Field>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="review-settings-file"
        onChange={(e) => void readFile(e.target.files?.[0])}
      />
      {description && (
        <Text size={200} block data-testid="review-preset-description">
          {description}
        </Text>
      )}
      {error && (
        <Text size={200} block data-testid="review-settings-error">
          {error}
        </Text>
      )}
    </div>
  );
}
