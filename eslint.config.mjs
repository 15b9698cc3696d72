// One lint gate for the whole repository; the blocks below keep the pure core portable.
import tseslint from "typescript-eslint";

const NODE_BUILTINS = [
  "assert", "buffer", "child_process", "cluster", "crypto", "dgram", "dns", "events", "fs", "fs/promises",
  "http", "https", "module", "net", "os", "path", "perf_hooks", "process", "readline", "stream", "string_decoder",
  "timers", "tls", "tty", "url", "util", "v8", "vm", "worker_threads", "zlib",
];
const CORE_MESSAGE =
  "shared/ is the pure core: it must run unchanged in a browser, in Apps Script's V8 and in Node, so it may not use Node built-ins, host APIs, the DOM or UI libraries. Take what you need as an argument from the host.";

const UI_MESSAGE =
  "ui/ is the React UI shared by the Excel and Word task panes and the Sheets sidebar: it talks to its host only through the PaneHost it is given, so it may not use Office.js, Apps Script, Node or a host folder.";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "out/", "coverage/", "**/dist/", ".bench/"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["shared/**/*.ts"],
    ignores: ["shared/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: NODE_BUILTINS.flatMap((name) => [
            { name, message: CORE_MESSAGE },
            { name: `node:${name}`, message: CORE_MESSAGE },
          ]),
          patterns: [
            { group: ["node:*"], message: CORE_MESSAGE },
            { group: ["react", "react-dom", "@fluentui/*", "exceljs", "docx", "googleapis", "papaparse", "iconv-lite"], message: CORE_MESSAGE },
            { group: ["**/cli/**", "**/excel-addin/**", "**/word-addin/**", "**/sheets-apps-script/**", "**/ui/**", "**/test/**"], message: CORE_MESSAGE },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "navigator", "process", "Buffer", "require", "__dirname", "__filename", "global",
          "setTimeout", "setInterval", "fetch", "localStorage", "Office", "Excel", "Word", "SpreadsheetApp",
          "Session", "LockService", "PropertiesService", "HtmlService", "Utilities"].map((name) => ({ name, message: CORE_MESSAGE })),
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "The core is deterministic: take the date as an argument (e.g. asOf) instead of reading the clock." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "The core is deterministic: take the date as an argument instead of reading the clock." },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: "The core is deterministic: take randomness as an argument." },
      ],
    },
  },
  {
    files: ["ui/**/*.ts", "ui/**/*.tsx", "sheets-apps-script/src/sidebar/**/*.ts", "sheets-apps-script/src/sidebar/**/*.tsx"],
    ignores: ["ui/**/*.test.ts", "sheets-apps-script/src/sidebar/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", ...NODE_BUILTINS], message: UI_MESSAGE },
            { group: ["**/cli/**", "**/excel-addin/**", "**/word-addin/**", "**/sheets-apps-script/**", "**/test/**"], message: UI_MESSAGE },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "Word", "OfficeExtension", "google", "SpreadsheetApp", "process", "require", "Buffer"].map((name) => ({ name, message: UI_MESSAGE })),
      ],
    },
  },
  {
    files: ["**/*.cjs", "**/*.mjs", "**/*.js"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", console: "readonly", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
