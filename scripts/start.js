/*
 * `npm start` / `npm stop`: sideload the add-in into desktop Excel through office-addin-debugging where that tool
 * can (Windows and macOS). Elsewhere say so plainly and point to the manual sideloading steps in README.md.
 */
const { spawnSync } = require("child_process");

const command = process.argv[2] === "stop" ? "stop" : "start";
const supported = process.platform === "win32" || process.platform === "darwin";
let cli;
try {
  cli = require.resolve("office-addin-debugging/cli");
} catch {
  cli = undefined;
}

if (!supported || !cli) {
  const why = !supported
    ? `office-addin-debugging cannot sideload into Excel on ${process.platform}: desktop Excel runs only on Windows and macOS.`
    : "office-addin-debugging is not installed here (it is an optional dependency and its keychain module could not be built).";
  console.error(
    [
      why,
      "",
      'Sideload by hand instead (README.md, section "Run it in Excel"):',
      "  1. npm run build:dev && npm run dev-server      (serves https://localhost:3000)",
      "  2. Excel on the web: Insert > Add-ins > Upload My Add-in > choose manifest.xml",
      "     Windows/Mac: put manifest.xml in a shared-folder catalog or the wef folder, then Insert > My Add-ins.",
    ].join("\n"),
  );
  process.exit(command === "stop" ? 0 : 1);
}

const args = command === "start" ? ["start", "manifest.xml", "desktop", "--app", "excel"] : ["stop", "manifest.xml"];
const result = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit" });
process.exit(result.status ?? 1);
