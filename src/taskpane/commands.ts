/**
 * Excel's ribbon commands: buttons in manifest.xml whose action is ExecuteFunction. With the shared
 * runtime the function file is taskpane.html itself, so a command runs in the pane's own page. A
 * command has nowhere to show a result, so 自检 shows the pane (SharedRuntime 1.1), turns it to its
 * 自检 tab and starts the self-test there, where the report is read and copied. One task pane per
 * shared runtime, so the tab is chosen in the page, not by another pane URL. WPS's ribbon has its
 * own callbacks (src/wps/index.ts).
 */

/** The FunctionName of the 自检 button in manifest.xml (test/build/ribbon.test.ts holds them together). */
export const SELF_TEST_ACTION = "ptSelfTest";

/** What the commands use of Office: Office itself in Excel, a stand-in in tests. */
export interface CommandOffice {
  actions: { associate(id: string, action: (event: { completed(): void }) => void): void };
  addin: { showAsTaskpane(): Promise<void> };
}

const listeners = new Set<() => void>();
let wanted = false;

/** Asks the pane for a self-test: the pane turns to 自检 and the page there starts it. */
export function requestSelfTest(): void {
  wanted = true;
  for (const listener of [...listeners]) listener();
}

/** Whether a self-test was asked for and not started yet (a request can come before the pane is drawn). */
export function selfTestWanted(): boolean {
  return wanted;
}

/** Takes the request: true once per request, for the page that starts the self-test. */
export function takeSelfTestRequest(): boolean {
  const was = wanted;
  wanted = false;
  return was;
}

/** Listens for requests; returns the function that stops listening. */
export function onSelfTestRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Associates each ribbon action with its function. Called as the page loads, as Office expects:
 * a button pressed before the pane was ever opened starts the runtime, then calls the action.
 */
export function associateCommands(office: CommandOffice): void {
  office.actions.associate(SELF_TEST_ACTION, (event) => {
    requestSelfTest();
    // Excel learns that the command is done whether or not the pane could be shown; the report
    // waits on the 自检 tab either way.
    office.addin.showAsTaskpane().then(
      () => event.completed(),
      () => event.completed()
    );
  });
}
