export * from "./diagnostics";
export * from "./published";
export * from "./table";
