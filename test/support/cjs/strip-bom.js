/* CommonJS stand-in for the ESM-only strip-bom that @microsoft/app-manifest (via office-addin-manifest) requires;
 * jest on Node 20 cannot require ESM. Same behaviour: drop a leading U+FEFF. */
function stripBom(string) {
  if (typeof string !== "string") throw new TypeError(`Expected a string, got ${typeof string}`);
  return string.charCodeAt(0) === 0xfeff ? string.slice(1) : string;
}
module.exports = stripBom;
module.exports.default = stripBom;
