import { InputError } from "../errors";
import { normalizeText } from "./normalizeText";

/** One canonical tag of the unified tag system. */
export interface TagEntry {
  readonly tag: string;
  readonly synonyms: readonly string[];
  /** "passive" (derived from behaviour data) or "active" (set by staff), when given. */
  readonly kind?: string;
  readonly group?: string;
}

export interface TagDictionary {
  readonly entries: readonly TagEntry[];
  /** normalized spelling → entry index */
  readonly index: ReadonlyMap<string, number>;
}

/**
 * Builds the unified tag dictionary: each canonical tag with its synonyms (separated by ";" or "；" or "、"),
 * so whatever a colleague typed ("首单", "客户首单", "first order") maps to one tag. Spellings are compared after
 * normalizeText (case, full/half width and spacing ignored). The canonical tag is its own synonym.
 * Source: the seed's unified tag system (统一标签体系).
 *
 * @throws InputError(value) when one spelling belongs to two canonical tags, naming both
 * @example buildTagDictionary([{ tag: "首单客户", synonyms: ["首单", "first order"] }])
 */
export function buildTagDictionary(entries: readonly TagEntry[]): TagDictionary {
  const index = new Map<string, number>();
  entries.forEach((entry, i) => {
    for (const spelling of [entry.tag, ...entry.synonyms]) {
      const key = normalizeText(spelling);
      if (key === "") continue;
      const owner = index.get(key);
      if (owner !== undefined && owner !== i)
        throw new InputError("value", "duplicateSynonym", { value: spelling, first: entries[owner].tag, second: entry.tag });
      index.set(key, i);
    }
  });
  return { entries, index };
}

/** Split a synonym cell on ";", "；", "、" or ",". */
export function splitSynonyms(cell: string): string[] {
  return cell
    .split(/[;；、,，]/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * The canonical entry for what someone typed.
 *
 * @throws InputError(na) naming the tag when it is in no entry
 * @example normalizeTag(dictionary, "客户 首单").tag // "首单客户"
 */
export function normalizeTag(dictionary: TagDictionary, typed: string): TagEntry {
  const i = dictionary.index.get(normalizeText(typed));
  if (i === undefined) throw new InputError("na", "unknownTag", { value: typed });
  return dictionary.entries[i];
}
