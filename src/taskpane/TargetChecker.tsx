import * as React from "react";
import { Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { checkActual } from "../core/check";
import { describeTarget, formatTarget, parseTarget } from "../core/target";
import type { Strings } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  pending: { color: tokens.colorPaletteMarigoldForeground1 },
});

/** Type a 指标值 and see at once how the grammar reads it, and what PT.CHECK would answer. */
export function TargetChecker({ strings }: { strings: Strings }) {
  const styles = useStyles();
  const [target, setTarget] = React.useState("≥95%");
  const [actual, setActual] = React.useState("");
  const [indicator, setIndicator] = React.useState("");
  const parsed = target.trim() === "" ? null : parseTarget(target);
  const verdict = parsed?.ok && actual.trim() !== "" ? checkActual(actual, target, indicator) : null;
  const verdictClass =
    verdict?.ok && verdict.value === "达标" ? styles.ok : verdict?.ok && verdict.value === "待评价" ? styles.pending : styles.bad;

  return (
    <section className={styles.root} aria-label={strings.checkerTitle}>
      <Text weight="semibold">{strings.checkerTitle}</Text>
      <Field
        label={strings.targetLabel}
        validationState={parsed === null ? "none" : parsed.ok ? "success" : "error"}
        validationMessage={
          parsed === null ? undefined : parsed.ok ? `${strings.understoodAs}：${describeTarget(parsed.value)}` : parsed.error
        }
      >
        <Input value={target} placeholder={strings.targetPlaceholder} onChange={(_, d) => setTarget(d.value)} />
      </Field>
      {parsed?.ok && (
        <Text size={200}>
          {strings.canonical}：{formatTarget(parsed.value)}
        </Text>
      )}
      <Field label={strings.actualLabel}>
        <Input value={actual} placeholder={strings.actualPlaceholder} onChange={(_, d) => setActual(d.value)} />
      </Field>
      <Field label={strings.indicatorLabel}>
        <Input value={indicator} placeholder={strings.indicatorPlaceholder} onChange={(_, d) => setIndicator(d.value)} />
      </Field>
      {verdict && (
        <Text weight="semibold" className={verdictClass} data-testid="verdict">
          {strings.result}：{verdict.ok ? verdict.value : verdict.error}
        </Text>
      )}
    </section>
  );
}
