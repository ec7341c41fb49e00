import { CliError } from "./errors";

/** Header names we recognise for each input column (compared lower-case, spaces and underscores ignored). */
export const COLUMN_NAMES = {
  customer: ["customer", "customer_id", "customerid", "customer_name", "client", "客户", "客户名称", "客户编号", "客户id"],
  date: ["date", "order_date", "orderdate", "purchase_date", "transaction_date", "日期", "订单日期", "下单日期", "交易日期"],
  amount: ["amount", "revenue", "sales", "value", "total", "金额", "销售额", "订单金额", "收入"],
} as const;

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_]/g, "");

/** The index of a column: the one named by the user, else the first header that is a known name. */
export function findColumn(
  header: readonly string[],
  what: keyof typeof COLUMN_NAMES,
  given: string | undefined,
  file: string,
  flag: string,
): number {
  const names = given !== undefined ? [given] : COLUMN_NAMES[what];
  for (const name of names) {
    const i = header.findIndex((h) => norm(h) === norm(name));
    if (i >= 0) return i;
  }
  throw new CliError("missingColumn", { file, what, names: names.join(", "), flag });
}
