const officeAddins = require("eslint-plugin-office-addins");
const tsParser = require("@typescript-eslint/parser");
// The TypeScript plugin instance that eslint-plugin-office-addins registers, reused for .tsx.
const tsPlugin = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"])
  .plugins["@typescript-eslint"];
const globals = require("globals");

module.exports = [
  {
    ignores: ["dist/", "dist-cli/", "dist-wps/", "dist-wps-offline/", "node_modules/", "coverage/"],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "@typescript-eslint": tsPlugin },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
      },
    },
    rules: {
      // TypeScript checks names itself; the core rule does not know type-only globals.
      "no-undef": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    // ExcelJS is not Office.js: its getCell() is a plain object, nothing to load or sync.
    files: ["src/hosts/xlsx.ts", "src/cli/**/*.ts", "test/**/*.ts", "bench/**/*.ts"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
  {
    files: ["test/**/*.ts", "bench/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ["*.js", "scripts/**/*.js", "bin/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: globals.node },
  },
];
