/** Messages as data, rendered once at the edge: the catalog of every code's words. */
export { CATALOG, labelText, renderBoth, renderMessage } from './catalog.js';
export { ACCEPTED_TIMESTAMPS, TIMESTAMP_PROBLEMS, delimiterNames } from './rejections.js';
export { usageError } from './errors.js';
