/*
 * A stand-in for Excel's custom-functions runtime in Node: the CustomFunctions global with Error and ErrorCode
 * as Excel defines them, and associate() recording id → function like Excel's registry. Loaded by jest before
 * every test file; the contract test uses createCustomFunctionsRuntime() for a fresh registry per bundle.
 */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
  busy: "#BUSY!",
  calc: "#CALC!",
  connect: "#CONNECT!",
  gettingData: "#GETTING_DATA",
} as const;

/** Only #VALUE! and #N/A carry a message in Excel; the runtime rejects one on any other code. */
const CODES_WITH_MESSAGE = new Set<string>([ERROR_CODES.invalidValue, ERROR_CODES.notAvailable]);

export class SimulatedCustomFunctionError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    if (!Object.values(ERROR_CODES).includes(code as never)) throw new Error(`unknown error code ${code}`);
    if (message !== undefined && !CODES_WITH_MESSAGE.has(code)) throw new Error(`Excel shows no message for ${code}`);
    this.code = code;
  }
}

export interface SimulatedRuntime {
  Error: typeof SimulatedCustomFunctionError;
  ErrorCode: typeof ERROR_CODES;
  associate(id: string | Record<string, (...args: never[]) => unknown>, fn?: (...args: never[]) => unknown): void;
  registry: Map<string, (...args: unknown[]) => unknown>;
}

export function createCustomFunctionsRuntime(): SimulatedRuntime {
  const registry = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: SimulatedCustomFunctionError,
    ErrorCode: ERROR_CODES,
    registry,
    associate(id, fn) {
      if (typeof id === "string") {
        if (typeof fn !== "function") throw new Error(`associate(${id}) without a function`);
        if (registry.has(id.toUpperCase())) throw new Error(`${id} associated twice`);
        registry.set(id.toUpperCase(), fn as (...args: unknown[]) => unknown);
      } else {
        for (const [key, value] of Object.entries(id)) this.associate(key, value);
      }
    },
  };
}

(globalThis as unknown as { CustomFunctions: SimulatedRuntime }).CustomFunctions = createCustomFunctionsRuntime();
