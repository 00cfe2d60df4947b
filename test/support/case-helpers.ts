import { bearer, TestApp } from './test-app';

export const APPLICANT = { name: '张小三', idNumber: '33010619900101123X', phone: '13800138000' };
export const AGENT = { type: 'proxy', name: '李四', idNumber: '330106198503152214', phone: '13900139000' };

/** Every material of JZZ provided except the deferrable proof of residence, deferred (容缺). */
export const JZZ_DEFERRED = [
  { code: 'ID', status: 'provided' },
  { code: 'PHOTO', status: 'provided' },
  { code: 'RESIDENCE', status: 'deferred' },
];
export const JZZ_COMPLETE = [
  { code: 'ID', status: 'provided' },
  { code: 'PHOTO', status: 'provided' },
  { code: 'RESIDENCE', status: 'provided' },
];

export function createCase(t: TestApp, token: string, body: Record<string, unknown>) {
  return t.http().post('/api/v1/cases').set(bearer(token)).send({ hall: 'TC', applicant: APPLICANT, ...body });
}

export function caseAction(t: TestApp, token: string, id: number, action: string, body?: Record<string, unknown>) {
  const req = t.http().post(`/api/v1/cases/${id}/${action}`).set(bearer(token));
  return body === undefined ? req : req.send(body);
}

export function getCase(t: TestApp, token: string, id: number) {
  return t.http().get(`/api/v1/cases/${id}`).set(bearer(token));
}

/** A JZZ case accepted with the residence proof deferred, dispatched to ZL. */
export async function acceptedJzz(t: TestApp): Promise<{ id: number; caseNumber: string; queryCode: string }> {
  const res = await createCase(t, await t.login('clerk1'), { serviceItemCode: 'JZZ', materials: JZZ_DEFERRED, decision: 'accept' });
  if (res.status !== 201) throw new Error(`accept JZZ: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** …and claimed by the ZL officer. */
export async function claimedJzz(t: TestApp) {
  const c = await acceptedJzz(t);
  const res = await caseAction(t, await t.login('officer-zl'), c.id, 'claim');
  if (res.status !== 200) throw new Error(`claim: ${res.status} ${JSON.stringify(res.body)}`);
  return c;
}
