import { InputError } from "../core/errors";
import type { Language } from "../core/i18n/language";
import { lifecycleLabel, lifecycleStage, parsePreSaleStep, type LifecyclePath } from "../core/rfm/lifecycleStage";
import { isBlank, isOmitted, readNumber, readOptionalNumber, type CellArg, type ResultValue } from "./cells";
import { elementWise } from "./elementWise";
import { isExcelError } from "./excelErrors";
import { readOption } from "./options";

/** Adapter of =LIFECYCLESTAGE: the stage of each customer on the chosen path. */
export function lifecycleCells(
  orders: CellArg,
  interactions: CellArg,
  path: CellArg,
  superThreshold: CellArg,
  language: Language,
) {
  const route = readOption(path, "path", ["ecommerce", "highticket"] as const, "ecommerce", {
    电商: "ecommerce",
    "e-commerce": "ecommerce",
    高客单: "highticket",
    "high-ticket": "highticket",
    大客户: "highticket",
  }) as LifecyclePath;
  const threshold = readOptionalNumber(superThreshold, "orders", 5);
  const args = isOmitted(interactions) ? [orders] : [orders, interactions];
  return elementWise(args, "orders", language, ([o, step]): ResultValue => {
    if (isBlank(o) && (step === undefined || isBlank(step))) return "";
    const count = readNumber(o, "orders");
    let reached = 0;
    if (step !== undefined && !isBlank(step)) {
      if (isExcelError(step)) throw step;
      if (typeof step !== "number" && typeof step !== "string")
        throw new InputError("value", "unknownStage", { value: String(step) });
      reached = parsePreSaleStep(step);
    }
    return lifecycleLabel(lifecycleStage(count, reached, route, threshold), route, language);
  });
}
