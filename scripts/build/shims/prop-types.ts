/**
 * Stands in for the `prop-types` package in the app bundle (see vite.config.ts). Garden's components
 * declare `propTypes` with it, which only React's development builds check; the bundle is always a
 * production build, where the package exports validators that do nothing but refuse to be called
 * directly (factoryWithThrowingShims.js), in a CommonJS wrapper with a long error message (0.2 KB gzip
 * of initial JS). Same object, same keys, the same refusal; nothing in the bundle calls a validator
 * (React reads propTypes only in development; Garden only declares them).
 */
type Validator = ((...args: unknown[]) => never) & { isRequired: Validator };

const validator = (() => {
  throw new Error('PropTypes validators are not called in production builds');
}) as Validator;
validator.isRequired = validator;
const validatorOf = (..._shape: unknown[]): Validator => validator;
const nothing = (): void => undefined;

const PropTypes = {
  array: validator,
  bigint: validator,
  bool: validator,
  func: validator,
  number: validator,
  object: validator,
  string: validator,
  symbol: validator,
  any: validator,
  arrayOf: validatorOf,
  element: validator,
  elementType: validator,
  instanceOf: validatorOf,
  node: validator,
  objectOf: validatorOf,
  oneOf: validatorOf,
  oneOfType: validatorOf,
  shape: validatorOf,
  exact: validatorOf,
  checkPropTypes: Object.assign(() => undefined, { resetWarningCache: nothing }),
  resetWarningCache: nothing,
  PropTypes: undefined as unknown,
};
PropTypes.PropTypes = PropTypes;

export default PropTypes;
