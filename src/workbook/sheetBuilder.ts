import { decimalsIn, exactSum } from "../core/money";
import { cellRef } from "./a1";
import type {
  PlanBlock,
  PlanCell,
  PlanChart,
  PlanConditionalFormat,
  PlanSheet,
  PlanStyle,
  PlanTable,
  PlanValidation,
  PlanValue,
} from "./plan";

export const FMT = {
  money: "#,##0.00",
  integer: "#,##0",
  number: "#,##0.00",
  ratio: "0.0000",
  percent: "0.0%",
  date: "yyyy-mm-dd",
} as const;

/** Σ of values written with at most 10 decimals, as the exact decimal (no 9540415.590000002 in a total cell). */
export function sumExact(values: readonly number[]): number {
  let decimals = 0;
  for (const v of values) if (decimals < 10) decimals = Math.max(decimals, Math.min(10, decimalsIn(v)));
  return exactSum(values, decimals);
}

interface CellOptions {
  numFmt?: string;
  style?: PlanStyle;
}

/** Accumulates one sheet of a plan, addressing cells by 1-based (row, column). */
export class SheetBuilder {
  private readonly cells: PlanCell[] = [];
  private readonly tables: PlanTable[] = [];
  private readonly blocks: PlanBlock[] = [];
  private readonly conditional: PlanConditionalFormat[] = [];
  private readonly validations: PlanValidation[] = [];
  private readonly charts: PlanChart[] = [];
  private readonly widths: Record<number, number> = {};
  private frozen?: string;

  constructor(readonly name: string) {}

  value(row: number, column: number, value: PlanValue, options: CellOptions = {}): this {
    this.cells.push({ ref: cellRef(row, column), value, ...options });
    return this;
  }

  /** A formula (without "=") with the engine's value as its cached result. */
  formula(row: number, column: number, formula: string, result: PlanValue, options: CellOptions = {}): this {
    this.cells.push({ ref: cellRef(row, column), formula, result, ...options });
    return this;
  }

  /** A rectangle of data values (see PlanBlock): the compact form for large tables. */
  block(block: PlanBlock): this {
    this.blocks.push(block);
    return this;
  }

  table(table: PlanTable): this {
    this.tables.push(table);
    return this;
  }

  conditionalFormat(format: PlanConditionalFormat): this {
    this.conditional.push(format);
    return this;
  }

  validation(v: PlanValidation): this {
    this.validations.push(v);
    return this;
  }

  chart(c: PlanChart): this {
    this.charts.push(c);
    return this;
  }

  width(column: number, characters: number): this {
    this.widths[column] = characters;
    return this;
  }

  freeze(ref: string): this {
    this.frozen = ref;
    return this;
  }

  build(): PlanSheet {
    return {
      name: this.name,
      cells: this.cells,
      blocks: this.blocks,
      tables: this.tables,
      columnWidths: this.widths,
      freeze: this.frozen,
      conditionalFormats: this.conditional,
      validations: this.validations,
      charts: this.charts,
    };
  }
}
