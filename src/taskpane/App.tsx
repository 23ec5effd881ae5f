import * as React from "react";
import { Badge, Divider, FluentProvider, makeStyles, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { Strings } from "./i18n";
import { TargetChecker } from "./TargetChecker";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export interface AppProps {
  strings: Strings;
  /** True inside Excel; false when the pane is opened in a plain browser. */
  inExcel: boolean;
}

export function App({ strings, inExcel }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <header>
          <Text as="h1" size={500} weight="semibold" block>
            {strings.title}
          </Text>
          <Text size={200} block>
            {strings.subtitle}
          </Text>
          <Badge appearance="tint" color={inExcel ? "success" : "informative"}>
            {inExcel ? strings.hostExcel : strings.hostPreview}
          </Badge>
        </header>
        <TargetChecker strings={strings} />
        <Divider />
        <section aria-label={strings.functionsTitle}>
          <Text weight="semibold" block>
            {strings.functionsTitle}
          </Text>
          {strings.functions.map(([formula, meaning]) => (
            <Text key={formula} block>
              <span className={styles.code}>{formula}</span> — {meaning}
            </Text>
          ))}
        </section>
      </main>
    </FluentProvider>
  );
}
