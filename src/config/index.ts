/** The config file: validation (pure), loading (thin), and its schema for the README. */
export {
  CONFIG_ERROR_CODE,
  CONFIG_FILE_NAME,
  type Config,
  type ResolvedRuleSetting,
  type RuleSetting,
  defaultConfig,
  normalizeConfig,
  resolveNextTo,
  resolveRuleOptions,
} from './normalize.js';
export { loadConfig, parseConfig } from './load.js';
export { configSchema } from './schema.js';
