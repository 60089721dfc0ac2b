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

/** Thư mời đăng nhập lần đầu: an account made for the member, and the link to set its password. */
export function firstSignInMessage(to: { name: string; email: string }, url: string, days: number): Message {
  const lines = [
    `Kính gửi đồng chí ${to.name},`,
    `Tài khoản của đồng chí trên Cổng “3 trách nhiệm” đã được tạo, tên đăng nhập là địa chỉ email ${to.email}.`,
    "Đây là lần đăng nhập đầu tiên: hãy bấm liên kết dưới đây để tự đặt mật khẩu, rồi đăng nhập bằng email và mật khẩu đó.",
    `Liên kết dùng được một lần, trong ${days} ngày. Khi hết hạn, dùng “Quên mật khẩu?” ở trang đăng nhập để nhận liên kết mới.`,
  ];
  const footer = "Nếu đồng chí không phải đoàn viên của đơn vị này, hãy bỏ qua thư này.";
  return {
    subject: "Mời đăng nhập lần đầu Cổng “3 trách nhiệm”",
    text: [...lines, "", `Đặt mật khẩu lần đầu: ${url}`, "", footer].join("\n"),
    html: layout(lines, { url, label: "Đặt mật khẩu lần đầu" }, footer),
  };
}

/** What the unsubscribe footer needs: the kind's name and the page that turns it off. */
export type Unsubscribe = { kindLabel: string; url: string };

function unsubscribeLine(u: Unsubscribe) {
  return `Đồng chí nhận thư này vì đang bật thư cho loại thông báo “${u.kindLabel}”. Không nhận nữa: ${u.url}`;
}

/** One notice by e-mail: what happened, and the link to the record. */
export function noticeMessage(to: { name: string }, notice: { title: string; url: string }, unsubscribe: Unsubscribe | null) {
  const lines = [`Kính gửi đồng chí ${to.name},`, notice.title];
  const footer = unsubscribe
    ? unsubscribeLine(unsubscribe)
    : "Thư tự động từ Cổng “3 trách nhiệm”; thông báo về tài khoản luôn được gửi.";
  return {
    subject: notice.title,
    text: [...lines, "", `Xem chi tiết: ${notice.url}`, "", footer].join("\n"),
    html: layout(lines, { url: notice.url, label: "Xem chi tiết" }, footer),
  } satisfies Message;
}

/** The daily digest (thư tổng hợp): the notices waiting for it, oldest first, each with its link. */
export function digestMessage(
  to: { name: string },
  digest: { notices: { title: string; url: string }[]; total: number },
  links: { all: string; preferences: string; unsubscribe: string },
): Message {
  const intro = [
    `Kính gửi đồng chí ${to.name},`,
    `Từ thư tổng hợp trước có ${digest.total} thông báo mới trên Cổng “3 trách nhiệm”:`,
  ];
  const more = digest.total > digest.notices.length ? [`… và ${digest.total - digest.notices.length} thông báo khác.`] : [];
  const footer = [
    `Đồng chí nhận thư tổng hợp theo cài đặt thông báo của mình (${links.preferences}).`,
    `Không nhận thư tổng hợp nữa: ${links.unsubscribe}`,
  ].join(" ");
  const html = [
    '<div style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#0f172a">',
    ...intro.map((p) => `<p>${escape(p)}</p>`),
    "<ul>",
    ...digest.notices.map((n) => `<li><a href="${escape(n.url)}" style="color:#1d4ed8">${escape(n.title)}</a></li>`),
    "</ul>",
    ...more.map((p) => `<p>${escape(p)}</p>`),
    `<p><a href="${escape(links.all)}" style="color:#1d4ed8">Xem tất cả thông báo</a></p>`,
    `<p style="color:#64748b;font-size:13px">${escape(footer)}</p>`,
    "</div>",
  ].join("\n");
  return {
    subject: `Tổng hợp ${digest.total} thông báo – Cổng “3 trách nhiệm”`,
    text: [
      ...intro,
      "",
      ...digest.notices.map((n) => `- ${n.title}\n  ${n.url}`),
      ...more,
      "",
      `Tất cả thông báo: ${links.all}`,
      "",
      footer,
    ].join("\n"),
    html,
  };
}

/** Hỏi đáp: the asker's confirmation, with the tracking code (the only way back to the answer). */
export function questionReceivedMessage(
  to: { name: string },
  q: { code: string; siteTitle: string; lookupUrl: string; dueOn: string | null },
): Message {
  const lines = [
    `Kính gửi ông/bà ${to.name},`,
    `${q.siteTitle} đã nhận câu hỏi của ông/bà.`,
    `Mã tra cứu: ${q.code}. Vui lòng giữ mã này để xem tình trạng và câu trả lời.`,
    q.dueOn ? `Câu hỏi sẽ được trả lời trước ngày ${q.dueOn}.` : "Câu hỏi đang được chuyển đến cơ quan trả lời.",
  ];
  const footer = "Thư tự động, vui lòng không trả lời thư này. Thông tin liên hệ của ông/bà không được công khai.";
  return {
    subject: `${q.siteTitle}: đã nhận câu hỏi của ông/bà`,
    text: [...lines, "", `Tra cứu: ${q.lookupUrl}`, "", footer].join("\n"),
    html: layout(lines, { url: q.lookupUrl, label: "Tra cứu câu hỏi" }, footer),
  };
}

/** Hỏi đáp: the answer has come; the asker reads it with their code. */
export function questionAnsweredMessage(to: { name: string }, q: { agency: string; lookupUrl: string }): Message {
  const lines = [
    `Kính gửi ông/bà ${to.name},`,
    `${q.agency} đã trả lời câu hỏi của ông/bà.`,
    "Ông/bà xem câu trả lời bằng mã tra cứu đã nhận khi gửi câu hỏi.",
  ];
  const footer = "Thư tự động, vui lòng không trả lời thư này.";
  return {
    subject: "Câu hỏi của ông/bà đã được trả lời",
    text: [...lines, "", `Xem câu trả lời: ${q.lookupUrl}`, "", footer].join("\n"),
    html: layout(lines, { url: q.lookupUrl, label: "Xem câu trả lời" }, footer),
  };
}
