import { deflateSync } from 'zlib';
import { bearer, TestApp } from './test-app';

/** A resident's report from the phone page (JSON; `token` for staff and grid accounts). */
export function report(t: TestApp, body: Record<string, unknown> = {}, token?: string) {
  const req = t.http().post('/api/v1/requests');
  if (token) req.set(bearer(token));
  return req.send({ hall: 'TC', categoryCode: 'SZ', description: '小区东门路灯不亮', phone: '13900009000', location: '桐城路 12 号东门', ...body });
}

export function requestAction(t: TestApp, token: string, id: number, action: string, body: Record<string, unknown> = {}) {
  return t.http().post(`/api/v1/requests/${id}/${action}`).set(bearer(token)).send(body);
}

export function getRequest(t: TestApp, token: string, id: number) {
  return t.http().get(`/api/v1/requests/${id}`).set(bearer(token));
}

export function listRequests(t: TestApp, token: string, query: Record<string, string> = {}) {
  return t.http().get('/api/v1/requests').query(query).set(bearer(token));
}

export function publicRequest(t: TestApp, requestNumber: string, code: string) {
  return t.http().get(`/api/v1/public/requests/${requestNumber}`).query({ code });
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** A real PNG of one colour (a browser decodes it), `size` pixels square. */
export function solidPng(size = 8, rgb: [number, number, number] = [200, 40, 40]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}
