// The baseline for the bundle-size benchmark: a bare Fluent UI v9 task pane (a provider, a title
// and a button), built with the same settings as the real pane.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, Text, webLightTheme } from "@fluentui/react-components";

createRoot(document.getElementById("container") as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <Text as="h1">Task pane</Text>
    <Button appearance="primary">Run</Button>
  </FluentProvider>
);
