import { defaultLanguage } from './i18n/languages';
import { parseRoute } from './routing';
import type { AssessmentState } from './state/store';

/**
 * Whether this visit's first screen is the one index.html already holds (the start page in Danish, nothing
 * saved), so React can take over that markup instead of replacing it: what the user sees does not flicker, and a
 * file chosen before the scripts ran is not lost.
 */
export const showsPrerenderedPage = (state: AssessmentState, language: string, hash: string): boolean =>
  language === defaultLanguage &&
  parseRoute(hash).page === 'start' &&
  Object.keys(state.answers).length === 0 &&
  state.storage === 'ok' &&
  state.recovered === undefined;
