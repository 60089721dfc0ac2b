// The e-mails the portal sends, in Vietnamese, each with a plain-text part and an HTML part that
// say the same, and a link straight to the page. Pure: data in, message out.
const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The portal's public address for links in e-mails: NEXTAUTH_URL, never a request's Host header. */
export function publicUrl(path: string): string {
  const base = process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`;
  return new URL(path, base).toString();
}

export type Message = { subject: string; text: string; html: string };

function layout(paragraphs: string[], link: { url: string; label: string }, footer: string): string {
  return [
    '<div style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#0f172a">',
    ...paragraphs.map((p) => `<p>${escape(p)}</p>`),
    `<p><a href="${escape(link.url)}" style="color:#1d4ed8">${escape(link.label)}</a></p>`,
    `<p style="color:#64748b;font-size:13px">${escape(footer)}</p>`,
    "</div>",
  ].join("\n");
}

export function passwordResetMessage(to: { name: string }, url: string, minutes: number): Message {
  const lines = [
    `Kính gửi đồng chí ${to.name},`,
    "Cổng “3 trách nhiệm” nhận được yêu cầu đặt lại mật khẩu cho tài khoản của đồng chí.",
    `Liên kết dưới đây dùng được một lần, trong ${minutes} phút.`,
  ];
  const footer = "Nếu đồng chí không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.";
  return {
    subject: "Đặt lại mật khẩu Cổng “3 trách nhiệm”",
    text: [...lines, "", `Đặt lại mật khẩu: ${url}`, "", footer].join("\n"),
    html: layout(lines, { url, label: "Đặt lại mật khẩu" }, footer),
  };
}
