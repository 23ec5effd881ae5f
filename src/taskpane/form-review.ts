/**
 * The review rules whose findings the project form shows beside its amounts (财政资金 + 其他资金
 * against the budget, the year-end plan against the budget): the sheet's own flags, as the pane
 * shows them before inserting. A chunk of its own, loaded when a budget is first typed, so the
 * rule engine is not on the pane's first screen.
 */
import { reviewProject } from "../core/review/engine";
import { atDefaults } from "../core/review/rule";
import { fundsSum } from "../core/review/rules/funds-sum";
import { planEnd } from "../core/review/rules/plan-end";
import type { FormReview } from "./draft";

/** These two rules only, at their default settings (not the registry). */
const FORM_RULES = [fundsSum, planEnd].map(atDefaults);

export const formReview: FormReview = (project) =>
  reviewProject(project, 0, FORM_RULES).flatMap((finding) =>
    finding.at?.kind === "project"
      ? [
          {
            field:
              finding.at.field === "schedule" ? `amount${finding.at.checkpoint}` : "fiscalFunds",
            message: finding.message,
          },
        ]
      : []
  );
