import { hallWindows } from '../halls/halls.store';
import type { CommandContext } from './case-command';
import { type CasePeople, type Collector } from './domain/pickup';
import type { Case } from './entities/case.entity';

/** The people on the case a result may be handed to. */
export function casePeople(c: Case): CasePeople {
  return {
    applicant: { name: c.applicantName, idNumber: c.applicantIdNumber },
    agent: c.agentType ? { name: c.agentName, idNumber: c.agentIdNumber } : null,
  };
}

/** 即办: the result is handed over on the spot to whoever applied at the counter (the proxy for the applicant). */
export function onTheSpotCollector(c: Case): Collector {
  if (c.agentType === 'proxy' && c.agentName) return { type: 'agent', name: c.agentName, idNumber: c.agentIdNumber ?? '' };
  return { type: 'applicant', name: c.applicantName, idNumber: c.applicantIdNumber };
}

/** Writes who collected the result, which clerk handed it over and at which window (the one the clerk operates, if any). */
export async function recordPickup(ctx: CommandContext, collector: Collector): Promise<void> {
  const window = (await hallWindows(ctx.m, ctx.c.hallCode)).find((w) => w.operatorId === ctx.user.id) ?? null;
  Object.assign(ctx.c, {
    collectedByType: collector.type, collectedByName: collector.name, collectedByIdNumber: collector.idNumber || null,
    deliveredBy: ctx.user.id, deliveredAtWindow: window?.number ?? null,
  });
}

/**
 * The trail's record of a delivery. The collector's ID number stays on the case (shown only in the full staff
 * view); the trail, which masked views and the resident's timeline also read, carries the type and name.
 */
export function pickupPayload(c: Case): Record<string, unknown> {
  if (c.deliveryMethod !== 'window') return { method: c.deliveryMethod, trackingNo: c.trackingNo };
  return {
    method: 'window', trackingNo: null,
    ...(c.collectedByType ? { collectedBy: { type: c.collectedByType, name: c.collectedByName } } : {}),
    windowNumber: c.deliveredAtWindow,
  };
}

/** 即办: decided on the spot and handed over at the window, to whoever stands at the counter (the proxy for the applicant). */
export async function completeAtWindow(ctx: CommandContext): Promise<void> {
  ctx.transition('complete');
  ctx.trail({ action: 'complete' });
  ctx.transition('deliver');
  Object.assign(ctx.c, { acceptedAt: ctx.now, decidedAt: ctx.now, deliveredAt: ctx.now, deliveryMethod: 'window' as const });
  await recordPickup(ctx, onTheSpotCollector(ctx.c));
  ctx.trail({ action: 'deliver', payload: pickupPayload(ctx.c) });
}
