/**
 * A hotline transfer's reference (`hotlineRef`): the hotline's own work-order number, prefixed by the hotline it
 * came from so the board tells a 12345 order from the street hotline's. The API's pattern, the console's form
 * and the request panel all read it from here.
 */
export const HOTLINE_REF_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const HOTLINE_REF_MAX = 64;

export const HOTLINE_CHANNELS = [
  { id: '12345', label: '12345 市民热线', prefix: '12345-' },
  { id: 'street', label: '街道热线', prefix: 'JD-' },
] as const;
export type HotlineChannel = (typeof HOTLINE_CHANNELS)[number];
export type HotlineChannelId = HotlineChannel['id'];

export const hotlineChannel = (id: string): HotlineChannel => HOTLINE_CHANNELS.find((c) => c.id === id) ?? HOTLINE_CHANNELS[0];

const bare = (typed: string) => typed.replace(/\s+/g, '');
const startsWithPrefix = (text: string, prefix: string) => text.toUpperCase().startsWith(prefix.toUpperCase());

/** The reference as sent: the channel's prefix and the typed number without spaces (a typed prefix is not doubled). */
export function hotlineRefFor(channelId: string, typed: string): string {
  const { prefix } = hotlineChannel(channelId);
  const number = bare(typed);
  if (!number) return '';
  return startsWithPrefix(number, prefix) ? prefix + number.slice(prefix.length) : prefix + number;
}

/** Why the typed number cannot be sent, or null. */
export function hotlineRefProblem(channelId: string, typed: string): string | null {
  const { prefix } = hotlineChannel(channelId);
  const ref = hotlineRefFor(channelId, typed);
  if (ref.length <= prefix.length) return '请填写热线工单号'; // nothing, or the prefix alone
  if (!/^[A-Za-z0-9_-]+$/.test(bare(typed))) return '工单号只能包含字母、数字、“-”和“_”';
  if (ref.length > HOTLINE_REF_MAX) return `工单号太长，最多 ${HOTLINE_REF_MAX - prefix.length} 位`;
  return HOTLINE_REF_PATTERN.test(ref) ? null : '工单号格式不正确';
}

/** "12345 市民热线 12345-20261203-0042" for the panel; a reference of no known hotline as it is. */
export function hotlineRefText(ref: string): string {
  const channel = HOTLINE_CHANNELS.find((c) => startsWithPrefix(ref, c.prefix));
  return channel ? `${channel.label} ${ref}` : ref;
}
