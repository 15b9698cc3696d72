/**
 * The workbook's file name from Office's document URL (a local path or an https URL to SharePoint/OneDrive): what
 * packs and messages call the tracker. A workbook never saved has no URL.
 */
export function documentName(url: string | undefined): string {
  const last = (url ?? "").split(/[\\/]/).pop() ?? "";
  const name = last.split(/[?#]/)[0] ?? "";
  try {
    return decodeURIComponent(name).trim() || UNSAVED;
  } catch {
    return name.trim() || UNSAVED; // a "%" that is not an escape: the name as written
  }
}

const UNSAVED = "workbook.xlsx";
