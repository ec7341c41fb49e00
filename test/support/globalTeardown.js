const fs = require("fs");
module.exports = async () => {
  const out = process.env.SALES_PLANNER_DIST;
  if (out && out.includes("sales-planner-dist-")) fs.rmSync(out, { recursive: true, force: true });
};
