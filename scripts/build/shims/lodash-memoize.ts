/**
 * Stands in for the `lodash.memoize` package in the app bundle (see vite.config.ts): Garden's theming
 * memoizes its colour functions with it, and the CommonJS package brings its own hash-map classes (about
 * 1.3 KB gzip) where a Map does the same. Same contract: the key is `resolver(...args)` or the first
 * argument, compared as SameValueZero, and the cache is exposed as `memoized.cache`.
 */
type AnyFunction = (...args: never[]) => unknown;

export interface Memoized<F extends AnyFunction> {
  (...args: Parameters<F>): ReturnType<F>;
  cache: Map<unknown, ReturnType<F>>;
}

export default function memoize<F extends AnyFunction>(
  func: F,
  resolver?: (...args: Parameters<F>) => unknown,
): Memoized<F> {
  if (typeof func !== 'function' || (resolver !== undefined && typeof resolver !== 'function')) {
    throw new TypeError('Expected a function');
  }
  const memoized = function (this: unknown, ...args: Parameters<F>): ReturnType<F> {
    const key = resolver ? resolver.apply(this, args) : args[0];
    if (memoized.cache.has(key)) return memoized.cache.get(key) as ReturnType<F>;
    const result = func.apply(this, args) as ReturnType<F>;
    memoized.cache.set(key, result);
    return result;
  } as Memoized<F>;
  memoized.cache = new Map();
  return memoized;
}
