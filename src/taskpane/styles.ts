/**
 * The pane's own layout rules as one small stylesheet, over Fluent's CSS variables (tokens). The
 * form the pane opens on uses these rather than makeStyles, whose runtime (a CSS compiler) would
 * make the first load a fifth larger; pages that load later keep makeStyles.
 */
import { tokens } from "@fluentui/react-components";

const t = tokens;

const CSS = `
.pt-root { display: flex; flex-direction: column; row-gap: ${t.spacingVerticalM}; padding: ${t.spacingHorizontalL}; min-height: 100vh; box-sizing: border-box; }
.pt-tabs { display: flex; flex-wrap: wrap; column-gap: ${t.spacingHorizontalXS}; }
.pt-form { display: flex; flex-direction: column; row-gap: ${t.spacingVerticalS}; }
.pt-row { display: flex; column-gap: ${t.spacingHorizontalS}; }
.pt-row > * { flex: 1; min-width: 0; }
/* Fluent inputs keep an intrinsic minimum width; in a narrow pane they must shrink. */
.pt-row .fui-Input, .pt-row .fui-Select { min-width: 0; width: 100%; }
.pt-rule { width: 100%; border: none; border-top: 1px solid ${t.colorNeutralStroke2}; }
.pt-indicator { display: flex; flex-direction: column; row-gap: ${t.spacingVerticalXS}; padding: ${t.spacingHorizontalS}; border: 1px solid ${t.colorNeutralStroke2}; border-radius: ${t.borderRadiusMedium}; }
.pt-notice { padding: ${t.spacingVerticalS} ${t.spacingHorizontalM}; border-radius: ${t.borderRadiusMedium}; font-size: ${t.fontSizeBase300}; line-height: ${t.lineHeightBase300}; }
.pt-badge { display: inline-block; margin-top: ${t.spacingVerticalXS}; padding: 0 ${t.spacingHorizontalS}; border-radius: ${t.borderRadiusCircular}; font-size: ${t.fontSizeBase200}; }
.pt-success { background-color: ${t.colorPaletteGreenBackground1}; color: ${t.colorPaletteGreenForeground1}; }
.pt-warning { background-color: ${t.colorPaletteYellowBackground1}; color: ${t.colorPaletteDarkOrangeForeground1}; }
.pt-error { background-color: ${t.colorPaletteRedBackground1}; color: ${t.colorPaletteRedForeground1}; }
.pt-info { background-color: ${t.colorNeutralBackground3}; color: ${t.colorNeutralForeground2}; }
.pt-library { display: flex; flex-direction: column; row-gap: ${t.spacingVerticalXS}; padding: ${t.spacingHorizontalS}; border-radius: ${t.borderRadiusMedium}; background-color: ${t.colorNeutralBackground2}; }
.pt-library-branch { display: flex; flex-direction: column; row-gap: ${t.spacingVerticalXXS}; margin-top: ${t.spacingVerticalXS}; }
.pt-library-item { padding-left: ${t.spacingHorizontalM}; }
.pt-library-head { display: flex; align-items: center; justify-content: space-between; column-gap: ${t.spacingHorizontalS}; }
.pt-library-facts { display: block; color: ${t.colorNeutralForeground3}; }
.pt-progress { width: 100%; accent-color: ${t.colorBrandBackground}; }
`;

let added = false;

/** Adds the stylesheet to the page once (the pane's entry calls it before the first render). */
export function addPaneStyles(doc: Document = document): void {
  if (added) return;
  const style = doc.createElement("style");
  style.textContent = CSS;
  doc.head.appendChild(style);
  added = true;
}
