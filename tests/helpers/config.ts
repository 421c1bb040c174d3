import { ConfigError, loadConfig, type Env } from '../../src/config/loadConfig';

/** The problems a configuration is refused for (empty when it is accepted). */
export function problemsOf(env: Env): readonly string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}
