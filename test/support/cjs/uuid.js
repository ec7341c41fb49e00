/* CommonJS stand-in for the ESM-only uuid that office-addin-manifest requires (only v4 is used, when it
 * rewrites a manifest id, which our tests never do); jest on Node 20 cannot require ESM. */
const { randomUUID } = require("crypto");
module.exports = { v4: () => randomUUID() };
