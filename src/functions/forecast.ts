import { salesForecast, FORECAST_METHODS, type ForecastMethod } from "../core/forecast/salesForecast";
import { seasonalIndices, type SeasonalMethod } from "../core/forecast/seasonalIndex";
import { isOmitted, readOptionalNumber, readScalarNumber, type CellArg, type ResultValue } from "./cells";
import { readOption } from "./options";
import { clean, laidOut, readSeries } from "./series";

/** Adapter of =SALESFORECAST: the next `periods` values, laid out like the history. */
export function salesForecastCells(history: CellArg, periods: CellArg, method: CellArg, parameter: CellArg): ResultValue[][] {
  const series = readSeries(history, "history");
  const how = readOption(method, "method", FORECAST_METHODS, "ma", {
    移动平均: "ma",
    "moving average": "ma",
    指数平滑: "ses",
    exponential: "ses",
    趋势: "linear",
    线性趋势: "linear",
    trend: "linear",
    季节: "seasonal",
    季节指数: "seasonal",
  }) as ForecastMethod;
  const p = isOmitted(parameter) ? undefined : readScalarNumber(parameter, "parameter");
  const values = salesForecast(series.values, readScalarNumber(periods, "periods"), how, p);
  return laidOut(values.map(clean), series.across);
}

/** Adapter of =SEASONALINDEX: one index per position in the season. */
export function seasonalIndexCells(history: CellArg, seasonLength: CellArg, method: CellArg): ResultValue[][] {
  const series = readSeries(history, "history");
  const how = readOption(method, "method", ["average", "ratio"] as const, "average", {
    按月平均: "average",
    平均: "average",
    移动平均比率: "ratio",
    "ratio to moving average": "ratio",
  }) as SeasonalMethod;
  const indices = seasonalIndices(series.values, readOptionalNumber(seasonLength, "seasonLength", 12), how);
  return laidOut(indices.map(clean), series.across);
}
