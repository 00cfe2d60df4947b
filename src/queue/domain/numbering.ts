/** `A` + 7 → `A007`; past 999 the number simply grows (`A1000`). */
export function formatTicketNumber(prefix: string, seqNo: number): string {
  if (!Number.isInteger(seqNo) || seqNo < 1) throw new RangeError(`ticket sequence must be a positive integer, got ${seqNo}`);
  return `${prefix}${String(seqNo).padStart(3, '0')}`;
}
