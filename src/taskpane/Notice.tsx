import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

// Small stand-ins for MessageBar, Badge and ProgressBar: the pane needs their look, not their
// motion and popup machinery, which would make the bundle half again as large.

const useStyles = makeStyles({
  notice: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteDarkOrangeForeground1 },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  info: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2 },
  badge: {
    display: "inline-block",
    marginTop: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
  },
  progress: { width: "100%", accentColor: tokens.colorBrandBackground },
});

export type Intent = "success" | "warning" | "error" | "info";

export function Notice({ intent, children, testId }: { intent: Intent; children: React.ReactNode; testId?: string }) {
  const styles = useStyles();
  return (
    <div role={intent === "error" ? "alert" : "status"} className={mergeClasses(styles.notice, styles[intent])} data-testid={testId}>
      {children}
    </div>
  );
}

export function Tag({ intent, children }: { intent: Intent; children: React.ReactNode }) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.badge, styles[intent])}>{children}</span>;
}

export function Progress({ value }: { value: number | undefined }) {
  const styles = useStyles();
  return <progress className={styles.progress} value={value} max={1} />;
}
