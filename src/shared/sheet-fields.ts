/**
 * The fields a spreadsheet column can fill when prisoners and their addresses are imported
 * from a .csv or .xlsx file: the person's, their facility's and their address's. Shared by
 * the importer, the API table and the window's mapping step.
 */
export const SHEET_FIELDS = [
  'name',
  'nativeName',
  'aliases',
  'birthDate',
  'role',
  'status',
  'tags',
  'notes',
  'facilityCode',
  'facilityName',
  'addressLines',
  'city',
  'postcode',
  'since',
] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];
