import { FakeExcel, FakeOfficeError, PAYLOAD_LIMIT } from "./index";

const NOT_LOADED =
  "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.";

describe("the strict Excel fake", () => {
  it("throws the real PropertyNotLoaded message for a read before load + sync, and counts syncs", async () => {
    const excel = new FakeExcel().seed({ name: "Data", rows: [["a", 1]] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      expect(() => range.values).toThrow(NOT_LOADED);
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
    });
    expect(excel.syncCount).toBe(2); // the explicit sync and run's closing one
  });

  it("rejects a batch over 5 MB with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
    const excel = new FakeExcel().seed({ name: "Data", rows: [["keep"]] });
    const big = "x".repeat(PAYLOAD_LIMIT);
    const attempt = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[big]];
    });
    await expect(attempt).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.sheet("Data").values[0]).toEqual(["keep"]);
  });

  it("refuses a wrongly shaped 2-D array with InvalidArgument", async () => {
    const excel = new FakeExcel().seed({ name: "Data", rows: [] });
    const attempt = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("'Data'!A1:C2").values = [["a", "b", "c"]];
    });
    await expect(attempt).rejects.toBeInstanceOf(FakeOfficeError);
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("stores strings like typed input unless the cell is text-formatted", async () => {
    const excel = new FakeExcel().seed({ name: "Data", rows: [] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:D1").values = [["=1+1", "12", "TRUE", "- item"]];
      const text = sheet.getRange("A2:D2");
      text.numberFormat = [["@", "@", "@", "@"]];
      text.values = [["=1+1", "12", "TRUE", "- item"]];
    });
    expect(excel.sheet("Data").values).toEqual([
      [{ formula: "=1+1" }, 12, true, { formula: "=- item" }],
      ["=1+1", "12", "TRUE", "- item"],
    ]);
  });

  it("returns null values for a read over five million cells", async () => {
    const excel = new FakeExcel().seed({ name: "Data", rows: [["a"]] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 0, 1_000_000, 6).load("values");
      await context.sync();
      expect(range.values).toBeNull();
    });
  });

  it("answers getItemOrNullObject with a null object instead of an error", async () => {
    const excel = new FakeExcel().seed({ name: "Data", rows: [] });
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope").load("name");
      const found = context.workbook.worksheets.getItemOrNullObject("data").load("name");
      await context.sync();
      expect([missing.isNullObject, found.isNullObject, found.name]).toEqual([true, false, "Data"]);
    });
  });

  it("keeps table names unique across the workbook", async () => {
    const excel = new FakeExcel().seed({ name: "A", rows: [["h"], [1]] }).seed({ name: "B", rows: [["h"], [1]] });
    const attempt = excel.run(async (context) => {
      context.workbook.worksheets.getItem("A").tables.add("A1:A2", true).name = "T";
      context.workbook.worksheets.getItem("B").tables.add("B!A1:A2", true).name = "t";
    });
    await expect(attempt).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});
