/** A ticket's phone (for the SMS when the number nears): a mainland mobile number, 11 digits starting with 1. */
export const MOBILE_PHONE = /^1\d{10}$/;

export function isMobilePhone(value: string): boolean {
  return MOBILE_PHONE.test(value);
}
