// ESLint flat config: the Office add-in rules of eslint-plugin-office-addins (Office.js load/sync rules, Prettier),
// with typescript-eslint's parser set explicitly (the plugin's recommended config leaves it undefined).
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const nodeGlobals = Object.fromEntries(
  ["require", "module", "exports", "process", "__dirname", "console", "Buffer", "setTimeout", "clearTimeout"].map((g) => [
    g,
    "readonly",
  ]),
);

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "demo/**", "lib/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.{js,mjs,cjs,ts}"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
  },
  // TypeScript itself reports undefined names in .ts files.
  { files: ["**/*.ts"], rules: { "no-undef": "off" } },
  // Code that runs without Office (ExcelJS files, the CLI) has no Office.js proxies to load or sync.
  {
    files: [
      "src/xlsx/**/*.ts",
      "src/cli/**/*.ts",
      "src/workbook/**/*.ts",
      "test/xlsx/**/*.ts",
      "test/workbook/**/*.ts",
      "test/cli/**/*.ts",
      "test/support/libreoffice.ts",
    ],
    rules: { "office-addins/call-sync-before-read": "off", "office-addins/load-object-before-read": "off" },
  },
  {
    files: ["scripts/**/*.js", "test/support/**/*.js", "*.config.js"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
  },
];
