import { FakeWord } from "./index";

const NOT_LOADED =
  "The property 'tag' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.";

describe("the strict Word fake", () => {
  it("throws the real PropertyNotLoaded message for a read before load + sync, and counts syncs", async () => {
    const word = new FakeWord(["Intro"]);
    await word.run(async (context) => {
      const control = context.document.getSelection().insertParagraph("", "After").insertContentControl();
      control.tag = "t";
      expect(() => control.tag).toThrow(NOT_LOADED);
      const controls = context.document.contentControls;
      expect(() => controls.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      controls.load("items/tag");
      await context.sync();
      expect(controls.items.map((c) => c.tag)).toEqual(["t"]);
      expect(() => controls.items[0]!.title).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(word.syncCount).toBe(1); // the explicit sync; run's closing one sends nothing, as in Office.js
  });

  it("applies nothing before sync: queued writes are invisible in the document until then", async () => {
    const word = new FakeWord(["Intro"]);
    await word.run(async (context) => {
      context.document.body.insertParagraph("Later", "End");
      expect(word.textOutsideControls()).toEqual(["Intro"]);
    });
    expect(word.textOutsideControls()).toEqual(["Intro", "Later"]);
  });

  it("refuses values outside Word's enums and settable subsets with InvalidArgument, at sync as Word does", async () => {
    for (const write of [
      (p: { styleBuiltIn: string }) => (p.styleBuiltIn = "heading1"),
      (p: { alignment: string }) => (p.alignment = "Mixed"),
    ]) {
      const word = new FakeWord(["x"]);
      const attempt = word.run(async (context) => {
        expect(() => write(context.document.getSelection().insertParagraph("y", "After") as never)).not.toThrow();
      });
      await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("refuses a table whose values do not fill rowCount × columnCount", async () => {
    const word = new FakeWord(["x"]);
    const attempt = word.run(async (context) => {
      const control = context.document.getSelection().insertParagraph("", "After").insertContentControl();
      control.insertTable(2, 2, "End", [["a", "b"], ["c"]]);
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses a content-control tag over 255 characters", async () => {
    const word = new FakeWord(["x"]);
    const attempt = word.run(async (context) => {
      context.document.getSelection().insertParagraph("", "After").insertContentControl().tag = "t".repeat(256);
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("continues a list and the run's formatting like Enter and typing do, unless told otherwise", async () => {
    const word = new FakeWord(["x"]);
    await word.run(async (context) => {
      const control = context.document.getSelection().insertParagraph("", "After").insertContentControl();
      const item = control.insertParagraph("first", "End");
      item.startNewList().setLevelBullet(0, "Solid");
      item.insertText(" bold", "End").font.bold = true;
      const next = control.insertParagraph("", "End");
      next.insertText("after", "End");
    });
    const [, control] = word.outline();
    expect(control).toMatchObject({ items: [{ paragraph: "" }, { paragraph: "first bold", list: expect.any(Number) }, { paragraph: "after", list: expect.any(Number) }] });
    expect(word.controls()[0]!.items[1]).toMatchObject({ runs: [{ text: "first", bold: false }, { text: " bold", bold: true }] });
  });

  it("keeps one empty paragraph in a cleared control, refuses to edit a locked one, and deletes keeping content", async () => {
    const word = new FakeWord(["before", "after"], 0);
    await word.run(async (context) => {
      const control = context.document.getSelection().insertParagraph("", "After").insertContentControl();
      control.tag = "a";
      control.insertParagraph("content", "End");
      await context.sync();
      const found = context.document.contentControls.getByTag("a").getFirstOrNullObject();
      const missing = context.document.contentControls.getByTag("b").getFirstOrNullObject();
      found.load("tag");
      missing.load("tag");
      await context.sync();
      expect([found.isNullObject, missing.isNullObject]).toEqual([false, true]);
      found.clear();
      await context.sync();
      expect(word.controls()[0]!.items).toHaveLength(1);
      found.insertParagraph("kept", "End");
      found.delete(true);
    });
    expect(word.controls()).toEqual([]);
    expect(word.textOutsideControls()).toEqual(["before", "", "kept", "after"]);

    const locked = new FakeWord(["x"]);
    const attempt = locked.run(async (context) => {
      const control = context.document.getSelection().insertParagraph("", "After").insertContentControl();
      control.cannotEdit = true;
      control.clear();
    });
    await expect(attempt).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("lists table cells among a control's paragraphs, at table nesting level 1", async () => {
    const word = new FakeWord(["x"]);
    await word.run(async (context) => {
      const control = context.document.getSelection().insertParagraph("", "After").insertContentControl();
      control.insertTable(1, 2, "End", [["a", "b"]]);
      const paragraphs = control.paragraphs.load("items/text,items/tableNestingLevel");
      await context.sync();
      expect(paragraphs.items.map((p) => [p.text, p.tableNestingLevel])).toEqual([["", 0], ["a", 1], ["b", 1]]);
    });
  });
});
