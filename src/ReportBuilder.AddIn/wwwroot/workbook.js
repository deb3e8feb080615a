// The open workbook, through Office.js: its bytes as Excel hands them over, and selecting a cell.

const SliceSize = 4 * 1024 * 1024;

/** True when the pane runs inside Excel (not opened on its own in a browser). */
export function inExcel() {
  return typeof Office !== 'undefined' && Office.context?.document != null;
}

/** Where Excel runs: "OfficeOnline" (the web), "PC" (Windows), "Mac", …; empty outside Excel. */
export function platform() {
  return inExcel() ? String(Office.context.platform ?? Office.context.diagnostics?.platform ?? '') : '';
}

/** The open workbook's file name, from its URL or path (a new, unsaved workbook has none). */
export function openWorkbookName() {
  const url = inExcel() ? Office.context.document.url : '';
  const last = (url || '').split(/[\\/]/).pop();
  if (!last) return 'workbook.xlsx';
  // A web address is percent-encoded; desktop Excel gives a plain path, where '%' is just a letter.
  if (!/^https?:/i.test(url)) return last;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Office could not give the workbook (its own words, e.g. "An internal error has occurred."). */
export class OfficeError extends Error {
  constructor(error) {
    super(error?.message ?? String(error));
    this.code = error?.code;
  }
}

/**
 * The open workbook's .xlsx bytes, read slice by slice with getFileAsync(Compressed). Each slice
 * (an array of numbers, several times its size in bytes) is copied into one array of the file's
 * size as it arrives and let go, so the slices are never all held at once.
 */
export function readOpenWorkbook() {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SliceSize }, opened => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) return reject(new OfficeError(opened.error));
      const file = opened.value;
      const bytes = new GrowingBytes(file.size);
      const fail = error => file.closeAsync(() => reject(new OfficeError(error)));
      const read = index => file.getSliceAsync(index, sliced => {
        if (sliced.status !== Office.AsyncResultStatus.Succeeded) return fail(sliced.error);
        bytes.append(sliced.value.data);
        if (index + 1 < file.sliceCount) return read(index + 1);
        file.closeAsync(() => resolve(bytes.all()));
      });
      read(0);
    });
  });
}

/** Selects a problem's cell (or row) in the open workbook, bringing its sheet to the front. */
// Selections one after another, in the order of the clicks: two Excel.run batches in flight
// can finish in either order, and the cell last clicked must be the one left selected.
let selections = Promise.resolve();

export function selectCell(sheet, cell) {
  const selection = selections.then(() => Excel.run(async context => {
    // A range is selected on the active sheet: the problem's sheet is brought forward first.
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  }));
  selections = selection.catch(() => {});
  return selection;
}

/** Bytes appended slice by slice (a slice's data is an array of byte values, a Uint8Array on some hosts) into the size announced, growing if a host announces too little. */
class GrowingBytes {
  constructor(size) {
    this.bytes = new Uint8Array(Number.isInteger(size) && size > 0 ? size : SliceSize);
    this.length = 0;
  }

  append(slice) {
    if (this.length + slice.length > this.bytes.length) {
      const larger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + slice.length));
      larger.set(this.bytes.subarray(0, this.length));
      this.bytes = larger;
    }
    this.bytes.set(slice, this.length);
    this.length += slice.length;
  }

  /** The bytes read, without a copy when the size was announced right. */
  all() {
    return this.length === this.bytes.length ? this.bytes : this.bytes.slice(0, this.length);
  }
}
