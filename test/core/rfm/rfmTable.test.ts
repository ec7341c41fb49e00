/* RFMTABLE's engine: transactions → recency, frequency, monetary per customer. */
import fc from "fast-check";
import { isoFromSerial, serialFromText, serialFromYmd } from "../../../src/core/rfm/dates";
import { buildRfmTable } from "../../../src/core/rfm/rfmTable";

describe("dates", () => {
  test("Excel serials of the 1900 system", () => {
    expect(serialFromYmd(2006, 12, 31)).toBe(39082);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(isoFromSerial(39082.75)).toBe("2006-12-31");
  });
  test("ISO and YYYY/MM/DD text; impossible dates are NaN", () => {
    expect(serialFromText("2006-12-31")).toBe(39082);
    expect(serialFromText("2006/12/31")).toBe(39082);
    expect(serialFromText("2006-12-31T10:00:00Z")).toBe(39082);
    expect(serialFromText("2006-02-31")).toBeNaN();
    expect(serialFromText("31/12/2006")).toBeNaN();
    expect(serialFromText("yesterday")).toBeNaN();
  });
});

describe("buildRfmTable", () => {
  const customers = ["a", "b", "a", "c", "a"];
  const dates = [100, 101, 110, 110, 110.5];
  const amounts = [10, 5, 20, 7.25, 1];

  test("rows in order of first appearance; as_of defaults to the day after the last purchase", () => {
    const t = buildRfmTable(customers, dates, amounts);
    expect(t.customers).toEqual(["a", "b", "c"]);
    expect(t.asOf).toBe(111);
    expect([...t.recency]).toEqual([1, 10, 1]); // whole days: the time of day (110.5) is dropped
    expect([...t.frequency]).toEqual([3, 1, 1]);
    expect([...t.monetary]).toEqual([31, 5, 7.25]);
    expect([...t.firstRow]).toEqual([0, 1, 3]);
  });

  test('frequency "days" counts distinct purchase days (two purchases on day 110 count once)', () => {
    expect([...buildRfmTable(customers, dates, amounts, { frequencyMode: "days" }).frequency]).toEqual([2, 1, 1]);
  });

  test("an explicit as_of", () => {
    expect([...buildRfmTable(customers, dates, amounts, { asOf: 120 }).recency]).toEqual([10, 19, 10]);
  });

  test("a purchase after as_of is #NUM! naming the row", () => {
    expect(() => buildRfmTable(customers, dates, amounts, { asOf: 105, rowOffset: 1 })).toThrow(
      expect.objectContaining({ kind: "num", messageId: "dateAfterAsOf", args: { row: 4 } }),
    );
  });

  const transactions = fc.array(
    fc.record({
      customer: fc.constantFrom("a", "b", "c", "d", "e", "f"),
      day: fc.integer({ min: 40000, max: 40060 }),
      cents: fc.integer({ min: 0, max: 100_000 }),
    }),
    { minLength: 1, maxLength: 200 },
  );

  test("property: monetary sums to the amount column; frequency sums to the row count", () => {
    fc.assert(
      fc.property(transactions, (tx) => {
        const t = buildRfmTable(
          tx.map((x) => x.customer),
          tx.map((x) => x.day),
          tx.map((x) => x.cents),
        );
        const total = tx.reduce((s, x) => s + x.cents, 0);
        return t.monetary.reduce((a, b) => a + b, 0) === total && t.frequency.reduce((a, b) => a + b, 0) === tx.length;
      }),
    );
  });

  test('property: frequency_mode "days" ≤ "rows" for every customer, recency ≥ 0', () => {
    fc.assert(
      fc.property(transactions, (tx) => {
        const args = [tx.map((x) => x.customer), tx.map((x) => x.day), tx.map((x) => x.cents)] as const;
        const rows = buildRfmTable(...args);
        const days = buildRfmTable(...args, { frequencyMode: "days" });
        return rows.frequency.every((f, i) => days.frequency[i] <= f && days.frequency[i] >= 1 && rows.recency[i] >= 1);
      }),
    );
  });
});
