/// <reference types="office-js" />
/**
 * Compile-time check that the fake's proxies match @types/office-js where they model it: property names and
 * types, and the argument lists the adapter calls. A rename or a wrong type in the fake fails `npm run typecheck`.
 */
import type { FakeRange, FakeRangeAreas } from "./range";
import type { FakeTable } from "./tables";
import type { FakeWorksheet } from "./worksheet";

type Same<Fake, Real> = Fake extends Real ? true : false;

type RangeScalars = "values" | "numberFormat" | "formulas" | "address" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "isNullObject";
type SheetScalars = "id" | "name" | "position" | "isNullObject";

export const conformance: [
  Same<Pick<FakeRange, RangeScalars>, Pick<Excel.Range, RangeScalars>>,
  Same<Pick<FakeRangeAreas, "address" | "areaCount" | "isNullObject">, Pick<Excel.RangeAreas, "address" | "areaCount" | "isNullObject">>,
  Same<Pick<FakeTable, "name" | "style" | "isNullObject">, Pick<Excel.Table, "name" | "style" | "isNullObject">>,
  Same<Pick<FakeWorksheet, SheetScalars>, Pick<Excel.Worksheet, SheetScalars>>,
  Same<Parameters<FakeWorksheet["getRangeByIndexes"]>, Parameters<Excel.Worksheet["getRangeByIndexes"]>>,
  Same<Parameters<FakeWorksheet["getUsedRangeOrNullObject"]>, Parameters<Excel.Worksheet["getUsedRangeOrNullObject"]>>,
  Same<Parameters<FakeWorksheet["getRange"]>, Parameters<Excel.Worksheet["getRange"]>>,
] = [true, true, true, true, true, true, true];
