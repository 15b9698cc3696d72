/** Which parts of the Word API the host has, asked once through Office's requirement sets. */

/** Office.context.requirements.isSetSupported, passed in so the adapter runs where Office is not global. */
export type IsSetSupported = (set: string, version: string) => boolean;

export interface WordSupport {
  /** WordApi 1.3: built-in styles by name, lists, tables, first/last paragraph of a range. */
  readonly structured: boolean;
}

export const wordSupport = (isSetSupported?: IsSetSupported): WordSupport => ({ structured: isSetSupported?.("WordApi", "1.3") ?? true });
