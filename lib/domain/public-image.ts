// Photos for the public site are re-encoded once, when they are uploaded (sharp): whatever a phone
// wrote into the file (EXIF, GPS position, camera serial, a thumbnail of the uncropped picture) is
// not carried over, and a huge picture is brought down to a size a phone needs. The picture is
// turned upright first, since dropping EXIF drops its orientation too.
import sharp, { type Sharp } from "sharp";

/** The longest side kept: sharp enough for a printed form, light on a slow connection. */
const MAX_SIDE = 2560;

const REENCODED: Record<string, (image: Sharp) => Sharp> = {
  "image/jpeg": (i) => i.jpeg({ quality: 85 }),
  "image/png": (i) => i.png(),
  "image/webp": (i) => i.webp({ quality: 85 }),
  // An animated GIF keeps its frames.
  "image/gif": (i) => i.gif(),
};

/** Photos a public page shows inline (no GIF: a still picture of a person or a project). */
export const PUBLIC_PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"];

export const UNREADABLE_IMAGE = "Không đọc được ảnh (tệp hỏng hoặc quá lớn), vui lòng chụp hoặc lưu lại rồi tải lên";

/** The bytes to store: an image re-encoded without its metadata, anything else as it is. Throws on a broken image. */
export async function withoutMetadata(contentType: string, bytes: Uint8Array): Promise<Uint8Array> {
  const encode = REENCODED[contentType];
  if (!encode) return bytes;
  // failOn "error": a camera's minor warnings pass, a truncated or corrupt file does not.
  const image = sharp(bytes, { animated: contentType === "image/gif", failOn: "error", limitInputPixels: 40_000_000 })
    .rotate()
    .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: "inside", withoutEnlargement: true });
  return new Uint8Array(await encode(image).toBuffer());
}
