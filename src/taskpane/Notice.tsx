import * as React from "react";

// Small stand-ins for MessageBar, Badge and ProgressBar: the pane needs their look, not their
// motion and popup machinery, which would make the bundle half again as large.

export type Intent = "success" | "warning" | "error" | "info";

export function Notice({ intent, children, testId }: { intent: Intent; children: React.ReactNode; testId?: string }) {
  return (
    <div role={intent === "error" ? "alert" : "status"} className={`pt-notice pt-${intent}`} data-testid={testId}>
      {children}
    </div>
  );
}

export function Tag({ intent, children }: { intent: Intent; children: React.ReactNode }) {
  return <span className={`pt-badge pt-${intent}`}>{children}</span>;
}

export function Progress({ value }: { value: number | undefined }) {
  return <progress className="pt-progress" value={value} max={1} />;
}
