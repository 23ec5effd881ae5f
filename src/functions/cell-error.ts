/**
 * The cell error where no Office runtime is loaded (Node, WPS): what a PT function throws for bad
 * input there. Its own module, so that functions.ts can export it without the adapter, which
 * Excel's pane loads only with the first PT call (cells-lazy.ts).
 */

/** Stands in for CustomFunctions.Error where no Office runtime is loaded (Node, WPS). */
export class CellError extends Error {
  constructor(message: string) {
    // A cell error needs no stack trace, and capturing one costs more than the check itself.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }

  get code(): string {
    return "#VALUE!";
  }
}
