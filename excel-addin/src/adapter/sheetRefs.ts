/// <reference types="office-js" />
/** A workbook's sheets by id and name, in order: what tells a cached read from a workbook whose sheets changed. */
export interface SheetRef {
  readonly id: string;
  readonly name: string;
}

export const sameSheets = (a: readonly SheetRef[], b: readonly SheetRef[]): boolean =>
  a.length === b.length && a.every((s, i) => s.id === b[i]?.id && s.name === b[i]?.name);

export const refsOf = (sheets: Excel.WorksheetCollection): SheetRef[] => sheets.items.map(({ id, name }) => ({ id, name }));
