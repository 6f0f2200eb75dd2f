import "server-only";
import { prisma } from "../db";

export type TMail = { to: string; subject: string; body: string };

/** The one seam for e-mail: swap OutboxMailer for an SMTP or API sender without touching callers. */
export interface TMailer {
  send(mail: TMail): Promise<void>;
}

/** Development and test mailer: writes each e-mail to the OutboxEmail table, which admins can read. */
export class OutboxMailer implements TMailer {
  async send(mail: TMail): Promise<void> {
    await prisma.outboxEmail.create({ data: mail });
  }
}

let mailer: TMailer = new OutboxMailer();

export function getMailer(): TMailer {
  return mailer;
}

/** For tests, or a deployment that plugs in a real sender at start-up. */
export function setMailer(next: TMailer) {
  mailer = next;
}
