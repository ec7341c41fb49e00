import { InputError } from "../core/errors";
import type { Language } from "../core/i18n/language";
import { buildTagDictionary, normalizeTag, splitSynonyms, type TagEntry } from "../core/tags/tagDictionary";
import { normalizeText } from "../core/tags/normalizeText";
import { isBlank, toGrid, type CellArg, type ResultValue } from "./cells";
import { elementWise } from "./elementWise";
import { isExcelError } from "./excelErrors";

const HEADER_WORDS = new Set(["tag", "canonical", "canonicaltag", "标签", "标准标签", "规范标签"].map(normalizeText));

/** A dictionary range: canonical tag, synonyms (";"-separated), optional kind, optional group; header optional. */
export function readTagDictionary(arg: CellArg): TagEntry[] {
  const grid = toGrid(arg);
  const entries: TagEntry[] = [];
  grid.cells.forEach((row, i) => {
    const first = row[0];
    if (isBlank(first)) return;
    if (isExcelError(first)) throw first;
    if (i === 0 && typeof first === "string" && HEADER_WORDS.has(normalizeText(first))) return;
    const synonyms = row.length > 1 && typeof row[1] === "string" ? splitSynonyms(row[1]) : [];
    entries.push({
      tag: String(first).trim(),
      synonyms,
      kind: row.length > 2 && !isBlank(row[2]) ? String(row[2]) : undefined,
      group: row.length > 3 && !isBlank(row[3]) ? String(row[3]) : undefined,
    });
  });
  if (entries.length === 0) throw new InputError("value", "emptyInput", { what: { term: "dictionary" } });
  return entries;
}

/** Adapter of =TAGNORMALIZE: the canonical tag for each typed tag. */
export function tagNormalizeCells(tag: CellArg, dictionary: CellArg, language: Language) {
  const dict = buildTagDictionary(readTagDictionary(dictionary));
  return elementWise([tag], "tag", language, ([cell]): ResultValue => {
    if (isExcelError(cell)) throw cell;
    if (isBlank(cell)) return "";
    return normalizeTag(dict, String(cell)).tag;
  });
}
