import { documentName } from "./documentName";

describe("the workbook's name from Office's document URL", () => {
  it.each([
    ["https://contoso.sharepoint.com/sites/nmirf/Shared%20Documents/Suivi%20EPU%202024.xlsx", "Suivi EPU 2024.xlsx"],
    ["C:\\Users\\amina\\Documents\\tracker.xlsx", "tracker.xlsx"],
    ["/Users/ana/Desktop/Seguimiento.xlsx", "Seguimiento.xlsx"],
    ["https://d.docs.live.net/abc/Tracker.xlsx?web=1", "Tracker.xlsx"],
    ["https://x/100%.xlsx", "100%.xlsx"],
    ["", "workbook.xlsx"],
    [undefined, "workbook.xlsx"],
  ])("%s → %s", (url, name) => {
    expect(documentName(url)).toBe(name);
  });
});
