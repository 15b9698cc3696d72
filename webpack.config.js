// Builds the portable core as one browser/Apps Script-ready script (dist/web/nmirf-core.js, global `NmirfCore`),
// the bundle the Excel and Word task panes and the Sheets add-on load. The add-ins' own entries join it as they land.
const path = require("node:path");

module.exports = {
  entry: { "nmirf-core": "./shared/index.ts" },
  target: ["web", "es2022"],
  devtool: "source-map",
  output: {
    path: path.resolve(__dirname, "dist/web"),
    filename: "[name].js",
    library: { name: "NmirfCore", type: "var" },
    clean: true,
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, configFile: path.resolve(__dirname, "shared/tsconfig.json") }, exclude: /node_modules/ }],
  },
  performance: { maxAssetSize: 2_000_000, maxEntrypointSize: 2_000_000 },
};
