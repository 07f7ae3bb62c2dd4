/**
 * The UI strings of the sidebar's first view: the loading state, the detected case, its confidence and
 * why. The app's build writes them into the bundle as they are (scripts/build/ui-strings-plugin.ts), so
 * the first suggestion does not wait for the rest of translations/en.json (the reply part, notices,
 * errors, the admins' panel: 3.8 KB gzip), which loads with the chunks that show it.
 */
import { ui } from '../../translations/en.json';

export const suggestionStrings = {
  loading: ui.loading,
  case: ui.case,
  confidence: ui.confidence,
  why: ui.why,
};
