// Builds what browsers and Office load from dist/web/: the portable core as one script (global `NmirfCore`, also
// what the Sheets add-on bundles), and the Excel and Word task panes (page, bundle, worker each). `--env url=https://host/path/`
// makes a production build whose manifests point only at that URL.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_URL, ManifestsPlugin } = require("./manifests/writeManifests.cjs");

const OUT = path.resolve(__dirname, "dist/web");

const tsRule = (configFile) => ({
  test: /\.tsx?$/,
  loader: "ts-loader",
  options: { transpileOnly: true, configFile: path.resolve(__dirname, configFile) },
  exclude: /node_modules/,
});

const core = {
  name: "core",
  entry: { "nmirf-core": "./shared/index.ts" },
  target: ["web", "es2022"],
  devtool: "source-map",
  output: { path: OUT, filename: "[name].js", library: { name: "NmirfCore", type: "var" } },
  resolve: { extensions: [".ts", ".js"] },
  module: { rules: [tsRule("shared/tsconfig.json")] },
  performance: { maxAssetSize: 3_000_000, maxEntrypointSize: 3_000_000 },
};

/** A task pane: its page (the one shared template), its bundle and its worker, under dist/web/<host>/. */
const pane = (host, folder) => ({
  name: host,
  entry: { [`${host}/taskpane`]: `./${folder}/src/taskpane/index.tsx` },
  target: ["web", "es2022"],
  devtool: "source-map",
  output: { path: OUT, filename: "[name].[contenthash:8].js", chunkFilename: `${host}/[name].[contenthash:8].js`, publicPath: "auto" },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: { rules: [tsRule(`${folder}/tsconfig.json`)] },
  plugins: [new HtmlWebpackPlugin({ template: "./ui/shell/taskpane.html", filename: `${host}/taskpane.html`, chunks: [`${host}/taskpane`], scriptLoading: "defer" })],
  // The worker (the engine) loads after the page; the page's own budget is checked by bench:excel.
  performance: { hints: false },
});

module.exports = (env = {}) => {
  const url = env.url ?? DEV_URL;
  const server = { devServer: { server: "https", port: 3000, static: OUT, headers: { "Access-Control-Allow-Origin": "*" } } };
  const excel = pane("excel", "excel-addin");
  const withManifests = { ...excel, plugins: [...excel.plugins, new ManifestsPlugin(url)] };
  return [core, { ...withManifests, ...(env.WEBPACK_SERVE ? server : {}) }, pane("word", "word-addin")];
};
