/**
 * What styled-components imports from `stylis`, for the app bundle (see vite.config.ts): the package's own
 * parser, serializer and middleware, less its vendor prefixer. styled-components adds the prefixer to its
 * middleware only under `<StyleSheetManager enableVendorPrefixes>`, which neither the app nor Garden
 * renders; should one ever do so, its styles fail loudly here rather than go out without prefixes.
 */
import type { Middleware } from 'stylis';

export { compile, middleware, RULESET, rulesheet, serialize, stringify } from 'stylis';

export const prefixer: Middleware = () => {
  throw new Error('stylis’s vendor prefixer is not bundled: see stylisWithoutPrefixer in vite.config.ts');
};
