// A handbook's text is rendered from Markdown and sanitised with an allow-list before it is stored:
// what a cơ sở may format survives, anything that could run, load or restyle the public page does not.
import { describe, expect, it } from "vitest";
import { plainText, renderHandbook } from "@/lib/domain/rich-text";
import { HANDBOOK_STATUS_LABELS, hasUnpublishedDraft } from "@/lib/domain/handbooks";

describe("renderHandbook", () => {
  it("keeps headings, lists, steps, bold, links and tables", () => {
    const html = renderHandbook(
      "# Cấp giấy phép\n\n## Hồ sơ\n- Đơn đề nghị\n- **Bản sao** CCCD\n\n1. Nộp\n2. Nhận kết quả\n\n[Cổng dịch vụ công](https://dichvucong.gov.vn)\n\n| Bước | Thời hạn |\n|---|---|\n| Nộp | 1 ngày |",
    );
    expect(html).toContain("<h2>Cấp giấy phép</h2>"); // the page's h1 is its title
    expect(html).toContain("<h2>Hồ sơ</h2>");
    expect(html).toMatch(/<ul>\s*<li>Đơn đề nghị<\/li>\s*<li><strong>Bản sao<\/strong> CCCD<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>Nộp<\/li>/);
    expect(html).toContain('<a href="https://dichvucong.gov.vn" rel="nofollow noopener noreferrer">Cổng dịch vụ công</a>');
    expect(html).toContain("<th>Bước</th>");
    expect(html).toContain("<td>1 ngày</td>");
  });

  it.each([
    ["a script", "<script>alert(1)</script>Chữ", "<script"],
    ["an event handler", '<p onclick="alert(1)">Chữ</p>', "onclick"],
    ["an image that runs code on error", "<img src=x onerror=alert(1)>Chữ", "<img"],
    ["a javascript: link", '<a href="javascript:alert(1)">Chữ</a>', "javascript:"],
    ["a Markdown javascript: link", "[Chữ](javascript:alert(1))", 'href="javascript'],
    ["a data: link", '<a href="data:text/html,<script>1</script>">Chữ</a>', "data:"],
    ["a protocol-relative link", '<a href="//evil.example/x">Chữ</a>', "evil.example"],
    ["a frame", '<iframe src="https://evil.example"></iframe>Chữ', "<iframe"],
    ["a style", '<style>body{display:none}</style><p style="position:fixed">Chữ</p>', "style"],
    ["an svg", "<svg><script>alert(1)</script></svg>Chữ", "<svg"],
    ["a form", '<form action="https://evil.example"><input name="p"></form>Chữ', "<form"],
    ["an entity-encoded scheme", '<a href="jav&#x61;script:alert(1)">Chữ</a>', "script:"],
  ])("drops %s", (_what, source, banned) => {
    const html = renderHandbook(source);
    expect(html.toLowerCase()).not.toContain(banned.toLowerCase());
    expect(plainText(html)).toContain("Chữ");
  });

  it("escapes text that looks like markup inside code", () => {
    expect(renderHandbook("`<b>` là thẻ in đậm")).toContain("<code>&lt;b&gt;</code>");
  });
});

describe("plainText", () => {
  it("reads the words alone, entities decoded, spaces collapsed", () => {
    expect(plainText("<h2>Hồ sơ</h2>\n<ul><li>A &amp; B</li></ul>")).toBe("Hồ sơ: A & B");
  });

  it("keeps a reader's separators between headings, list items and paragraphs", () => {
    const html = renderHandbook("## Hồ sơ\n\n- Tờ khai\n- Giấy chứng sinh.\n\n## Nơi nộp:\n\nUBND cấp xã\n\nThời hạn 3 ngày");
    expect(plainText(html)).toBe("Hồ sơ: Tờ khai; Giấy chứng sinh. Nơi nộp: UBND cấp xã Thời hạn 3 ngày");
  });
});

describe("handbook status", () => {
  it("names every status in Vietnamese and tells a pending draft", () => {
    expect(Object.keys(HANDBOOK_STATUS_LABELS).sort()).toEqual(["DRAFT", "PUBLISHED", "WITHDRAWN"]);
    expect(hasUnpublishedDraft({ latestNumber: 2, publishedNumber: 1 })).toBe(true);
    expect(hasUnpublishedDraft({ latestNumber: 1, publishedNumber: null })).toBe(true);
    expect(hasUnpublishedDraft({ latestNumber: 2, publishedNumber: 2 })).toBe(false);
  });
});
