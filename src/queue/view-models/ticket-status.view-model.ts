import { parseId } from '../../common/domain/ids';

/** The resident's ticket page (/t/:id?token=): the page fetches and follows the ticket itself (texts: ./labels). */
export function ticketStatusViewModel(id: number, token: string) {
  return {
    title: '排队进度查询',
    client: {
      id,
      token,
      notFound: '未找到该号票，请核对号票上的二维码，或向导办台工作人员咨询。',
    },
  };
}

/** Ticket ids are positive integers; tokens are the base64url status tokens the kiosk prints. */
export function parseTicketRef(id: string, token: unknown): { id: number; token: string } | null {
  const n = parseId(id);
  if (n === null) return null;
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(token)) return null;
  return { id: n, token };
}
