/**
 * Dates as Excel serial day numbers (days since 1899-12-30, the 1900 date system), the unit Excel hands a function.
 * Text dates are read in ISO form (YYYY-MM-DD, optionally with a time) and YYYY/MM/DD.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** @example serialFromYmd(2006, 12, 31) // 39082 */
export function serialFromYmd(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY;
}

/** @example ymdFromSerial(39082) // "2006-12-31" */
export function isoFromSerial(serial: number): string {
  return new Date(EPOCH + Math.floor(serial) * MS_PER_DAY).toISOString().slice(0, 10);
}

const DATE_TEXT = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][0-9:.]+Z?)?$/;

/**
 * A date written as text → serial day number, or NaN when the text is not a real calendar date.
 *
 * @example serialFromText("2006-12-31") // 39082
 */
export function serialFromText(text: string): number {
  const m = DATE_TEXT.exec(text.trim());
  if (!m) return NaN;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  const serial = serialFromYmd(year, month, day);
  // reject 2006-02-31 and the like: the date must round-trip
  const back = new Date(EPOCH + serial * MS_PER_DAY);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() + 1 !== month || back.getUTCDate() !== day) return NaN;
  return serial;
}
