export * from "./rule";
export * from "./rules";
export * from "./settings";
export * from "./review";
export * from "./places";
export * from "./result";
export * from "./format";
export * from "./report";
