/** The reader's public surface: open an export, or read one held in memory. */
export { openInput, STDIN_NAME } from './open.js';
export { readText, RowReader, type ReadResult } from './reader.js';
export { readHeader, delimiterName, type HeaderInfo } from './read-header.js';
export { REJECT } from './rows.js';
export { ALIASES, detectKind, mapHeader } from './columns.js';
export { detectEncoding, encodingByName, type EncodingChoice } from './encoding.js';
export { parseTimestamp, timestampProblem } from './timestamp.js';
