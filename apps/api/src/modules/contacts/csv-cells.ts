/**
 * Spreadsheets run cells that start with = + - @ tab or CR as formulas (CSV injection, OWASP). The export prefixes
 * such cells with an apostrophe, which the import removes again so a file round-trips.
 *
 * Phone numbers are the exception: a cell of `+`, digits, spaces and `;` (`+996555123456;+996312621101`) names no
 * function, reference or DDE command, so a spreadsheet can at worst compute a number from it — nothing runs. Such
 * cells go out as written, since the apostrophe stays visible in LibreOffice and in every tool reading the CSV.
 * Spreadsheet users get the XLSX export, whose text cells need no guard at all.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PHONE_LIST = /^\+\d[\d ]*(;\+\d[\d ]*)*$/;

export const protectCell = (value: string) =>
  FORMULA_START.test(value) && !PHONE_LIST.test(value) ? `'${value}` : value;

export const unprotectCell = (value: string) =>
  value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
