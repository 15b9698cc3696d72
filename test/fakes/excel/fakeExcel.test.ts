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
    expect(excel.syncCount).toBe(1); // run's closing sync has nothing left to send, so, as in Office.js, it is no round trip
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

  describe("worksheets.onChanged", () => {
    type Heard = { type: string; worksheetId: string; address: string; changeType: string; source: string; triggerSource: string };
    const listen = async (excel: FakeExcel): Promise<{ heard: Heard[]; remove: () => Promise<void> }> => {
      const heard: Heard[] = [];
      const registration = await excel.run(async (context) => {
        const result = context.workbook.worksheets.onChanged.add(async (event) => void heard.push({ ...event }));
        await context.sync();
        return result;
      });
      const remove = () => excel.run(async (context) => {
        registration.remove();
        await context.sync();
      });
      return { heard, remove };
    };

    it("tells a handler of the add-in's writes once their sync is done, naming the sheet by id", async () => {
      const excel = new FakeExcel().seed({ name: "Data", rows: [["a"]] });
      const { heard } = await listen(excel);
      const id = await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data").load("id");
        sheet.getRange("B2:C3").values = [[1, 2], [3, 4]];
        expect(heard).toEqual([]); // queued, not yet applied
        await context.sync();
        return sheet.id;
      });
      expect(heard).toEqual([{ type: "WorksheetChanged", worksheetId: id, address: "B2:C3", changeType: "RangeEdited", source: "Local", triggerSource: "ThisLocalAddin" }]);
    });

    it("tells it of a person's edit with triggerSource Unknown, and stops once the handler is removed", async () => {
      const excel = new FakeExcel().seed({ name: "Data", rows: [["a"]] });
      const { heard, remove } = await listen(excel);
      excel.userEdit("Data", "D5", [["typed", 2]]);
      expect(heard).toEqual([expect.objectContaining({ address: "D5:E5", triggerSource: "Unknown" })]);
      expect(excel.sheet("Data").values[4]).toEqual([undefined, undefined, undefined, "typed", 2]);
      await remove();
      excel.userEdit("Data", "A1", [["again"]]);
      expect(heard).toHaveLength(1);
    });

    it("finds a sheet by its id as well as its name, after a rename too", async () => {
      const excel = new FakeExcel().seed({ name: "Data", rows: [["a"]] });
      const id = await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data").load("id");
        await context.sync();
        return sheet.id;
      });
      excel.sheet("Data").name = "Renamed";
      const name = await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(id).load("name");
        await context.sync();
        return sheet.name;
      });
      expect(name).toBe("Renamed");
    });
  });
});
