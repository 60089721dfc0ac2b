import "server-only";
// How mail leaves the portal: SMTP through nodemailer when SMTP_URL is set (a pooled connection:
// a test SMTP server greets each new connection only after a pause); MAIL_FROM names the sender.
// Without SMTP_URL (the demo) nothing leaves: the outbox keeps the messages for the admins to read.
import nodemailer, { type Transporter } from "nodemailer";

const holder = globalThis as unknown as { __mailTransport?: { url: string; transport: Transporter } };

/** The SMTP transport of SMTP_URL (options may ride in its query: `?ignoreTLS=true`), or null. */
export function mailTransport(): Transporter | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  if (holder.__mailTransport?.url !== url) {
    holder.__mailTransport?.transport.close();
    holder.__mailTransport = { url, transport: nodemailer.createTransport({ url, pool: true, maxConnections: 5 }) };
  }
  return holder.__mailTransport.transport;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM || '"Cổng 3 trách nhiệm" <no-reply@localhost>';
}
