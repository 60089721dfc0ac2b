// The text of a procedure handbook (cẩm nang): written as Markdown (## tiêu đề, - danh sách,
// 1. các bước, **đậm**, [liên kết](https://…)), rendered with markdown-it and sanitised on the server
// with an allow-list (sanitize-html) before it is stored. The public site prints the stored HTML:
// anything not on the list (scripts, styles, event handlers, images, frames, javascript: links) is
// gone before it is ever saved.
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

/** The longest handbook text accepted (about 20 printed pages). */
export const HANDBOOK_MAX_CHARS = 50_000;

// markdown-it, not marked: its emphasis and link parsing stay linear on crafted input (runs of
// "_a", "*a_" at this size take ~0.2 s; marked took 17 s to minutes, blocking the server).
// Raw HTML is let through to the sanitiser, which keeps only what the list allows.
const markdown = new MarkdownIt({ html: true, breaks: true, linkify: false });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2",
    "h3",
    "h4",
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "s",
    "blockquote",
    "code",
    "pre",
    "ul",
    "ol",
    "li",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  // rel is the transform's own (nofollow), set on every link.
  allowedAttributes: { a: ["href", "rel"], ol: ["start"], th: ["colspan", "rowspan"], td: ["colspan", "rowspan"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // The page's own title is the h1: a "# heading" in the text becomes a section heading.
  transformTags: {
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer" }),
  },
  // What is dropped goes with its content when the content is code (script, style), else the text stays.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "svg", "math"],
};

/** Markdown (or pasted HTML) → HTML holding only the allowed tags and attributes. */
export function renderHandbook(source: string): string {
  const html = markdown.render(source);
  return sanitizeHtml(html, ALLOWED).trim();
}

/**
 * The text alone, for search and for the page's description. Blocks keep a reader's separators
 * (a heading ends in ":", a list item or a cell in ";", a paragraph in a space), so that a
 * summary reads "Hồ sơ: Tờ khai; Giấy chứng sinh" and not "Hồ sơ Tờ khai Giấy chứng sinh".
 */
export function plainText(html: string): string {
  const separated = html
    .replace(/<\/h[1-6]>/gi, ":$&")
    .replace(/<\/(li|td|th)>/gi, ";$&")
    .replace(/<\/(p|div|blockquote|pre|tr|ul|ol|table)>/gi, " $&");
  return (
    sanitizeHtml(separated, { allowedTags: [], allowedAttributes: {} })
      .replace(/&nbsp;/g, " ")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, " ")
      // A separator after text that already ends a clause, or at the very end, is dropped.
      .replace(/([.:;!?])\s*[:;]/g, "$1")
      .replace(/[:;]\s*$/, "")
      .trim()
  );
}
