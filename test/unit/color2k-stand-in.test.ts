/**
 * The bundle's stand-in for color2k (scripts/build/shims/color2k.ts) against the real package, installed
 * under Garden: the same channels, hex and scales for every colour of the forms it supports, generated at
 * random, or an error where color2k throws one too. test/app/stand-ins.test.tsx holds it to the calls
 * Garden's getColor really makes.
 */
import { fc, it as fcIt } from '@fast-check/vitest';
import * as color2k from 'color2k';
import { describe, expect, it } from 'vitest';
import * as standIn from '../../scripts/build/shims/color2k';
import { expectSame } from '../support/expectSame';

const MANY = { numRuns: 2_000 };
const spaces = fc.constantFrom('', ' ', '  ');
const hexDigit = fc.constantFrom(...'0123456789abcdefABCDEF');
const hex = fc
  .constantFrom(3, 4, 6, 8, 5, 7)
  .chain((length) => fc.array(hexDigit, { minLength: length, maxLength: length }))
  .map((digits) => `#${digits.join('')}`);
const decimal = fc.oneof(
  fc.nat(400).map(String),
  fc.tuple(fc.nat(120), fc.nat(999)).map(([whole, fraction]) => `${whole}.${fraction}`),
  fc.constantFrom('.5', '1.', '0', '100', '1.2.3'),
);
const rgbString = fc
  .record({
    name: fc.constantFrom('rgb', 'rgba', 'RGBA'),
    channels: fc.tuple(fc.nat(300), fc.nat(300), fc.nat(300)),
    alpha: fc.option(decimal),
    inside: spaces,
  })
  .map(
    ({ name, channels, alpha, inside }) =>
      `${name}(${inside}${channels.join(`,${inside}`)}${alpha === null ? '' : `, ${alpha}`}${inside})`,
  );
const hslString = fc
  .record({
    name: fc.constantFrom('hsl', 'hsla', 'HSL'),
    hue: decimal,
    saturation: decimal,
    lightness: decimal,
    alpha: fc.option(decimal),
    inside: spaces,
  })
  .map(
    ({ name, hue, saturation, lightness, alpha, inside }) =>
      `${name}(${inside}${hue}, ${saturation}%, ${lightness}%${alpha === null ? '' : `, ${alpha}`}${inside})`,
  );
/** Colours, and Garden's own variables, which color2k refuses. */
const color = fc.oneof(
  hex,
  rgbString,
  hslString,
  fc.constantFrom(
    'transparent',
    ' Transparent ',
    ' #fff',
    'rgba(neutralHue.700, 100)',
    'rgba(white, 100)',
    '',
  ),
);

describe('the stand-in for color2k', () => {
  fcIt.prop([color], MANY)('reads every colour as color2k does, and refuses what it refuses', (value) => {
    expectSame(
      () => color2k.parseToRgba(value),
      () => standIn.parseToRgba(value),
    );
    expectSame(
      () => color2k.toHex(value),
      () => standIn.toHex(value),
    );
  });

  fcIt.prop(
    [fc.array(color, { minLength: 1, maxLength: 4 }), fc.double({ min: 0, max: 1, noNaN: true })],
    MANY,
  )('scales between colours as color2k does', (colors, n) => {
    expectSame(
      () => color2k.getScale(...colors)(n),
      () => standIn.getScale(...colors)(n),
    );
    expectSame(
      () => color2k.toHex(color2k.getScale(...colors)(n)),
      () => standIn.toHex(standIn.getScale(...colors)(n)),
    );
  });

  it('scales white to a colour to black in 200 steps as Garden asks, the same every step', () => {
    for (const value of ['#1f73b7', '#c72a1c', '#17494d80', 'rgb(3, 54, 61)']) {
      const real = color2k.getScale('#FFF', value, '#000');
      const replacement = standIn.getScale('#FFF', value, '#000');
      for (let step = 0; step <= 200; step++) {
        expect(standIn.toHex(replacement(step / 200))).toBe(color2k.toHex(real(step / 200)));
      }
    }
  });

  it('throws on CSS colour names, which Garden never gives it (color2k reads them)', () => {
    for (const value of ['red', 'White', 'rebeccapurple']) {
      expect(color2k.parseToRgba(value)).toHaveLength(4);
      expect(() => standIn.parseToRgba(value)).toThrow(`Failed to parse color: "${value}"`);
    }
  });
});
