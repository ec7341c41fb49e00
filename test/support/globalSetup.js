/* Builds the production bundle once per test run into a fresh folder; contract and manifest tests read it from
 * SALES_PLANNER_DIST. The build is the same `webpack --mode production` that `npm run build` runs. */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

module.exports = async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "sales-planner-dist-"));
  const root = path.resolve(__dirname, "..", "..");
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  process.env.SALES_PLANNER_DIST = out;
};
