export * from "./published";
export * from "./table";
export * from "./detect";
export * from "./selfeval";
