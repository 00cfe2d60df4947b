export interface WaitEstimateInput {
  /** People to be served before this resident in the same queue. */
  ahead: number;
  /** Average seconds per service from recent history, or null when there is none yet. */
  averageServiceSeconds: number | null;
  defaultServiceMinutes: number;
  /** Windows open now that serve this queue. */
  openWindows: number;
}

/**
 * Minutes until the resident is called: the people ahead, shared over the open windows, each taking
 * the recent average. With no window open we assume one will open (the estimate is never "infinite").
 */
export function estimateWaitMinutes(input: WaitEstimateInput): number {
  const perService = input.averageServiceSeconds ?? input.defaultServiceMinutes * 60;
  const windows = Math.max(1, input.openWindows);
  return Math.ceil((input.ahead * perService) / windows / 60);
}
