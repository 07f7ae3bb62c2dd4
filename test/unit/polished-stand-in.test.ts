/**
 * The bundle's stand-in for polished (scripts/build/shims/polished.ts) against the real package, installed
 * under Garden: the same answer for every formula, size and colour of the forms it supports, generated at
 * random, or an error where polished throws one too. test/app/polished.test.tsx holds it to the calls
 * Garden's components really make.
 */
import { fc, it as fcIt } from '@fast-check/vitest';
import * as polished from 'polished';
import { describe, expect, it } from 'vitest';
import * as standIn from '../../scripts/build/shims/polished';
import { expectSame } from '../support/expectSame';

const spaces = fc.constantFrom('', ' ', '  ');
/** Cheap to run: more cases than fast-check's default 100, for the rarer shapes. */
const MANY = { numRuns: 2_000 };
const number = fc.oneof(
  fc.nat(120).map(String),
  fc.tuple(fc.nat(99), fc.nat(999)).map(([whole, fraction]) => `${whole}.${fraction}`),
);

/** Formulas as Garden writes them, and deeper: sums, products, signs and parentheses, in one unit. */
const formula = fc
  .constantFrom('', 'px', 'em', 'rem', 'vh', 'vw', 'deg', 'ms', 's', 'pt', 'ch', 'in', 'vmin', 'turn')
  .chain((unit) => {
    const tree = fc.letrec<{ expression: string }>((tie) => ({
      expression: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.tuple(number, fc.boolean()).map(([value, withUnit]) => (withUnit ? `${value}${unit}` : value)),
        fc.tuple(fc.constantFrom('-', '+'), spaces, tie('expression')).map((parts) => parts.join('')),
        fc
          .tuple(tie('expression'), spaces, fc.constantFrom('+', '-', '*', '/'), spaces, tie('expression'))
          .map((parts) => parts.join('')),
        tie('expression').map((inner) => `(${inner})`),
      ),
    }));
    return tree.expression;
  });

/** Anything made of a formula's characters, mostly not one: both must refuse the same ones. */
const scrawl = fc
  .array(
    fc.constantFrom('1', '2', '0', '.', '+', '-', '*', '/', '(', ')', ' ', 'p', 'x', 'e', 'm', '%', 'r'),
    {
      maxLength: 12,
    },
  )
  .map((characters) => characters.join(''));

const hexDigit = fc.constantFrom(...'0123456789abcdefABCDEF');
const hex = fc
  .constantFrom(3, 4, 6, 8, 5, 7)
  .chain((length) => fc.array(hexDigit, { minLength: length, maxLength: length }))
  .map((digits) => `#${digits.join('')}`);
const channel = fc.oneof(fc.nat(255), fc.nat(999)).map(String);
const rgbString = fc
  .record({
    name: fc.constantFrom('rgb', 'rgba', 'RGBA', 'Rgb'),
    channels: fc.tuple(channel, channel, channel),
    separator: fc.constantFrom(',', ', ', ' , ', ' ', ''),
    alpha: fc.option(
      fc.tuple(
        fc.constantFrom(',', ', ', ' / ', '/'),
        fc.constantFrom('0', '1', '0.5', '.25', '0.08', '50%', '100', '-0.2', '+1', '1.5'),
      ),
    ),
    // Past 50 characters polished reads only the first 50 of a colour with an alpha.
    inside: fc.constantFrom('', ' ', ' '.repeat(20), ' '.repeat(40)),
  })
  .map(
    ({ name, channels, separator, alpha, inside }) =>
      `${name}(${inside}${channels.join(separator)}${alpha ? alpha.join('') : ''}${inside})`,
  );
const color = fc.oneof(hex, rgbString, fc.constant('transparent'));
const amount = fc.oneof(
  fc.double({ min: -0.5, max: 1.5, noNaN: true }),
  fc.constantFrom(0, 0.05, 0.1, '0.1', '0.25', '1'),
);

describe('the stand-in for polished', () => {
  fcIt.prop([formula], MANY)('computes every formula as polished does, to the last digit', (expression) => {
    expectSame(
      () => polished.math(expression),
      () => standIn.math(expression),
    );
  });

  fcIt.prop([scrawl], MANY)(
    'refuses the malformed formulas polished refuses, and reads the others',
    (expression) => {
      expectSame(
        () => polished.math(expression),
        () => standIn.math(expression),
      );
    },
  );

  it('computes the formulas of Garden’s components with the default theme', () => {
    for (const expression of [
      '4px - 1',
      '2px - 1px',
      '40px - (10px * 2) - (1px * 2)',
      '(18px - 28px) / 2',
      '10px + -5px - 12px',
      '-7px * -2',
      '16px + 20',
      '4 * -1px',
      '6 / (14px - 1px)',
      '4 * 10px - 16px',
      '8 + 16px',
      '3px - 1px',
      '1px + 2em',
      // A sign takes the product after it: 6 / -(2 * 3), not (6 / -2) * 3.
      '6 / -2 * 3',
      '0.1 * -0.7 * 0.3',
      '-0.1 * 0.7 * 0.3',
      '1 - -0.1 * 0.7 / 0.3',
      '1 + 2 * 3 - 4 / 5',
      '((1.5px))',
      '(1px',
      '1px)',
      '()',
      '1px 2px',
    ]) {
      expectSame(
        () => polished.math(expression),
        () => standIn.math(expression),
      );
    }
  });

  const withUnit = fc
    .tuple(fc.constantFrom('', '+', '-'), number, fc.constantFrom('', 'px', '%', 'em', 'PX', ' px', 'p1'))
    .map((parts) => parts.join(''));

  fcIt.prop([fc.oneof(withUnit, scrawl, number, fc.double(), fc.constant(undefined))], MANY)(
    'strips and splits units as polished does',
    (value) => {
      expectSame(
        () => polished.stripUnit(value as string),
        () => standIn.stripUnit(value),
      );
      expectSame(
        () => polished.getValueAndUnit(value as string),
        () => standIn.getValueAndUnit(value),
      );
    },
  );

  fcIt.prop([
    fc.oneof(
      number.map((value) => `${value}px`),
      fc.nat(40),
      scrawl,
    ),
    fc.option(fc.oneof(fc.constantFrom('12px', '14px', '16px', '13px'), fc.nat(20), scrawl), {
      nil: undefined,
    }),
  ])('converts pixels to em as polished does', (pixels, base) => {
    expectSame(
      () => polished.em(pixels, base),
      () => standIn.em(pixels, base),
    );
  });

  it('hides visually with the same declarations', () => {
    expect(standIn.hideVisually()).toEqual(polished.hideVisually());
  });

  fcIt.prop([color, amount], MANY)('darkens and lightens every colour as polished does', (value, by) => {
    expectSame(
      () => polished.darken(by, value),
      () => standIn.darken(by, value),
    );
    expectSame(
      () => polished.lighten(by, value),
      () => standIn.lighten(by, value),
    );
  });

  fcIt.prop([
    color,
    fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.08, 0.16, 1, 2)),
  ])('sets a colour’s alpha as polished does', (value, alpha) => {
    expectSame(
      () => polished.rgba(value, alpha),
      () => standIn.rgba(value, alpha),
    );
  });

  fcIt.prop([color, color, fc.option(fc.tuple(color, color, fc.boolean()), { nil: undefined })], MANY)(
    'measures contrast and picks a readable colour as polished does',
    (first, second, choices) => {
      expectSame(
        () => polished.getContrast(first, second),
        () => standIn.getContrast(first, second),
      );
      const [light, dark, strict] = choices ?? [];
      expectSame(
        () => polished.readableColor(first, light, dark, strict),
        () => standIn.readableColor(first, light, dark, strict),
      );
    },
  );

  it('prefers the given colour at a contrast of exactly 4.5, as polished does', () => {
    // #747474 has a contrast of 4.5 with black.
    for (const choices of [[], ['#000', '#fff'], ['#fff', '#000'], ['#000', '#000']] as const) {
      expectSame(
        () => polished.readableColor('#747474', ...choices),
        () => standIn.readableColor('#747474', ...choices),
      );
    }
  });

  it('throws on min(), max() and lists, and on CSS colour names and hsl(), which Garden never gives it (polished reads them)', () => {
    for (const expression of ['min(1px, 2px)', 'max(1, 2) * 3px', '1px, 2px']) {
      expect(polished.math(expression)).toBeTruthy();
      expect(() => standIn.math(expression)).toThrow();
    }
    for (const value of ['red', 'White', 'hsl(210, 50%, 40%)', 'hsla(210, 50%, 40%, 0.5)']) {
      expect(polished.rgba(value, 0.5)).toMatch(/^rgba\(/);
      expect(() => standIn.rgba(value, 0.5)).toThrow();
    }
  });
});
