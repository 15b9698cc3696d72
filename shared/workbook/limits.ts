/** Excel's hard limits and the tracker's own size choices, in one place so planner and reader agree. */

/** Excel refuses longer text in one cell (32,767 UTF-16 code units). */
export const CELL_TEXT_LIMIT = 32767;

/** Rows below the data that still get dropdowns, so rows people add are guided too. */
export const VALIDATION_HEADROOM = 500;

/**
 * Each note is a drawing shape in the file; tens of thousands make Excel slow to open, so past this many the
 * cells are still filled but carry no note (the Issues sheet lists every message).
 */
export const MAX_NOTES = 2000;

/** Excel's last row, 0-based (1,048,576 rows). */
export const LAST_ROW = 1048575;

export const DATE_FORMAT = "yyyy-mm-dd";
export const PERCENT_FORMAT = "0%";
