import { PayloadTooLargeException } from '@nestjs/common';
import { gunzipSync } from 'zlib';
import { DomainError } from './domain-error';
import { bodyParserError, holdsNul, nestedDeeperThan } from './body-errors';

function parserError(props: Record<string, unknown>, message = 'boom'): Error {
  return Object.assign(new Error(message), props);
}

function zlibError(): Error {
  try {
    gunzipSync(Buffer.from('not gzip'));
  } catch (error) {
    return Object.assign(error as Error, { status: 400, statusCode: 400, expose: true });
  }
  throw new Error('gunzip accepted garbage');
}

describe('bodyParserError', () => {
  it.each<[string, Error | unknown, [number, string] | null]>([
    ['entity.too.large without a status', parserError({ type: 'entity.too.large' }), [413, 'PAYLOAD_TOO_LARGE']],
    ['an exposed 403 from a later layer (not the parsers)', parserError({ status: 403, expose: true }), null],
    ['an HttpException 413 (an upload limit of its own)', new PayloadTooLargeException('photo too large'), null],
    ['entity.too.large', parserError({ type: 'entity.too.large', status: 413 }), [413, 'PAYLOAD_TOO_LARGE']],
    ['parameters.too.many', parserError({ type: 'parameters.too.many', status: 413 }), [413, 'PAYLOAD_TOO_LARGE']],
    ['entity.parse.failed', Object.assign(new SyntaxError('Unexpected end'), { type: 'entity.parse.failed', status: 400 }), [400, 'BAD_BODY']],
    ['encoding.unsupported (415)', parserError({ type: 'encoding.unsupported', status: 415 }), [400, 'BAD_BODY']],
    ['charset.unsupported (415)', parserError({ type: 'charset.unsupported', status: 415 }), [400, 'BAD_BODY']],
    ['request.aborted', parserError({ type: 'request.aborted', status: 400 }), [400, 'BAD_BODY']],
    ['request.size.invalid', parserError({ type: 'request.size.invalid', status: 400 }), [400, 'BAD_BODY']],
    ['entity.verify.failed (403)', parserError({ type: 'entity.verify.failed', status: 403 }), [400, 'BAD_BODY']],
    ['querystring.parse.rangeError', parserError({ type: 'querystring.parse.rangeError', status: 400 }), [400, 'BAD_BODY']],
    ['a broken gzip stream, seen outside the parsers', zlibError(), null],
    ['a server error', new Error('database is locked'), null],
    ['an unexposed 500 with a status', parserError({ status: 500 }), null],
    ['a string', 'oops', null],
    ['a DomainError', DomainError.badRequest('X', 'y'), null],
  ])('%s', (_name, error, expected) => {
    const mapped = bodyParserError(error);
    expect(mapped ? [mapped.status, mapped.code] : null).toEqual(expected);
  });

  it('right after the parsers, a broken gzip stream (zlib, status only) is BAD_BODY', () => {
    const mapped = bodyParserError(zlibError(), true);
    expect(mapped ? [mapped.status, mapped.code] : null).toEqual([400, 'BAD_BODY']);
  });
});

describe('nestedDeeperThan', () => {
  const nest = (depth: number): unknown => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
    return value;
  };
  it.each([
    [undefined, 3, false],
    [null, 3, false],
    ['text', 0, false],
    [{}, 0, true],
    [{ a: 1 }, 1, false],
    [nest(3), 3, false],
    [nest(4), 3, true],
    [nest(100_000), 32, true],
    [{ wide: Array.from({ length: 1000 }, () => ({ x: 1 })) }, 3, false],
  ])('%#: depth limit %d → %s', (value, max, deeper) => {
    expect(nestedDeeperThan(value, max)).toBe(deeper);
  });
});

describe('holdsNul', () => {
  it.each([
    ['a plain body', { name: '张三', items: [{ code: 'A' }] }, false],
    ['null and numbers', { a: null, b: 1, c: [true] }, false],
    ['a NUL in a value', { name: '张\u0000三' }, true],
    ['a NUL deep in an array', { items: [{ notes: ['ok', 'x\u0000'] }] }, true],
    ['a NUL in a key', { ['a\u0000']: 1 }, true],
    ['a NUL string alone', '\u0000', true],
  ])('%s → %s', (_name, value, expected) => {
    expect(holdsNul(value)).toBe(expected);
  });
});
