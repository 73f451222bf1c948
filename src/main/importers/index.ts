/** Files in: extraction per format, the import of files and folders, mention suggestions. */
export { importFiles } from './import-files';
export type { CreatedRecord, ImportOptions, ImportProgress, ImportReport } from './import-files';
export { extractFile } from './extract-file';
export { ExtractionError } from './drafts';
export type { Draft, Extracted } from './drafts';
export { DEFAULT_LIMITS } from './limits';
export type { ImportLimits } from './limits';
export { MentionFinder, suggestMentions } from './mentions/suggest-mentions';
export type {
  FacilityMention,
  MentionSuggestions,
  PersonMention,
} from './mentions/suggest-mentions';
export type { DatedFact } from './mentions/dated-facts';
export { formatOf, SUPPORTED_EXTENSIONS } from './file-formats';
