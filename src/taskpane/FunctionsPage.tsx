/** 函数: every PT function with its signature and what it returns, from the catalog the hosts register. */
import * as React from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { functionList } from "../functions/catalog";
import type { Strings } from "./i18n";

const useStyles = makeStyles({
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export function FunctionsPage({ strings }: { strings: Strings }) {
  const styles = useStyles();
  return (
    <section aria-label={strings.functionsTitle}>
      {functionList(strings.language).map(([formula, meaning]) => (
        <Text key={formula} block>
          <span className={styles.code}>{formula}</span> — {meaning}
        </Text>
      ))}
    </section>
  );
}
