/**
 * Build the zh-CN custom-functions metadata from the generated English functions.json and a translation table
 * { ID: { description, result, parameters: { name: description } } }. Function ids and names stay the same in
 * both languages (users type =RFMSEGMENT in Chinese Excel too); descriptions and help are translated.
 * Returns every function or parameter that has no translation, so the build can fail on a gap.
 */
function localizeFunctionsMetadata(english, translations) {
  const missing = [];
  const functions = english.functions.map((fn) => {
    const t = translations[fn.id];
    if (!t || !t.description) {
      missing.push(fn.id);
      return fn;
    }
    const parameters = (fn.parameters || []).map((p) => {
      const d = t.parameters && t.parameters[p.name];
      if (!d) missing.push(`${fn.id}.${p.name}`);
      return { ...p, description: d || p.description };
    });
    const result = fn.result ? { ...fn.result } : fn.result;
    if (result && t.result) result.description = t.result;
    return { ...fn, description: t.description, parameters, ...(result ? { result } : {}) };
  });
  for (const id of Object.keys(translations)) {
    if (!english.functions.some((fn) => fn.id === id)) missing.push(`${id} (translated but not a function)`);
  }
  return { metadata: { ...english, functions }, missing };
}

module.exports = { localizeFunctionsMetadata };
