import type { AnswersToPolicy } from './workflow-config.ts';

export interface AnswerAddressInput {
  /** The form's contact e-mail. */
  contactEmail: string | null;
  /** The (inner, for PEC) sender of the request. */
  sender: string | null;
  senderIsPec: boolean;
  /** The entity's ordinary (non-PEC) address, when the secretariat knows it. */
  entityOrdinaryAddress: string | null;
}

/** Where an answer to the Comune goes under `policy` (see ANSWERS_TO_POLICIES), or null when nowhere. */
export function chooseAnswerAddress(policy: AnswersToPolicy, input: AnswerAddressInput, ownAddresses: string[] = []): string | null {
  const { contactEmail, sender, senderIsPec, entityOrdinaryAddress } = input;
  const pecFallback = senderIsPec ? [entityOrdinaryAddress, sender] : [sender];
  const order =
    policy === 'sender'
      ? [sender, contactEmail]
      : policy === 'entity-ordinary-address' && senderIsPec
        ? [entityOrdinaryAddress, contactEmail, sender]
        : [contactEmail, ...pecFallback];
  const own = new Set(ownAddresses.map((a) => a.toLowerCase()));
  for (const candidate of order) {
    const address = candidate?.trim().toLowerCase();
    if (address && /^[^@\s]+@[^@\s]+$/.test(address) && !own.has(address)) return address;
  }
  return null;
}
