/** The one error body of API.md: HTTP responses and socket acks carry it alike. */
export interface ErrorEnvelope {
  statusCode: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}
