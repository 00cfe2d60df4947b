/** The lengths a report's texts may have: the API's validation and the phone page's live checks alike. */
export const REQUEST_TEXT_LIMITS = { description: 500, location: 120, name: 32, reply: 1000, reason: 500 } as const;
