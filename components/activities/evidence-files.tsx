"use client";
// Minh chứng of a record (registration, project, entry): the list (download links), upload and
// removal for whoever may change the record.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { archiveEvidenceAction, uploadEvidenceAction } from "@/lib/actions/evidence";
import type { EvidenceOwnerType } from "@/lib/validation/evidence";
import { EVIDENCE_ACCEPT } from "@/lib/domain/evidence-file";
import { formatKilobytes } from "@/lib/domain/dates";
import { useRequestKey } from "@/components/forms/use-request-key";

type File = { id: string; fileName: string; size: number };

export function EvidenceList({ files }: { files: File[] }) {
  if (!files.length) return null;
  return (
    <ul className="space-y-1 text-sm">
      {files.map((f) => (
        <li key={f.id}>
          <a href={`/minh-chung/${f.id}`} className="text-doan-700 underline" download>
            {f.fileName}
          </a>{" "}
          <span className="text-xs text-slate-500">({formatKilobytes(f.size)})</span>
        </li>
      ))}
    </ul>
  );
}

export function EvidenceUpload({
  ownerType,
  ownerId,
  files,
  inputId,
  label = "Tệp minh chứng",
  accept = EVIDENCE_ACCEPT,
  hint = "PDF, ảnh, Word, Excel; tối đa 10 MB mỗi tệp.",
  chooseLabel = "Chọn tệp minh chứng",
  shrinkPhotos = false,
}: {
  ownerType: EvidenceOwnerType;
  ownerId: string;
  files: File[];
  inputId: string;
  label?: string;
  /** The types the picker offers (the server checks the bytes whatever it offers). */
  accept?: string;
  hint?: string;
  chooseLabel?: string;
  /**
   * Photos are made smaller in the browser before they are sent: a phone's 5 MB picture goes over
   * a slow connection as a few hundred KB (the server stores them at screen size anyway).
   */
  shrinkPhotos?: boolean;
}) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // One key per chosen file: a double click on "Tải lên" stores it once.
  const [requestKey, renewKey] = useRequestKey();

  async function upload() {
    const chosen = input.current?.files?.[0];
    if (!chosen) return setError("Vui lòng chọn tệp minh chứng");
    setPending(true);
    setError(null);
    const file = shrinkPhotos ? await smaller(chosen) : chosen;
    const data = new FormData();
    data.set("ownerType", ownerType);
    data.set("ownerId", ownerId);
    data.set("file", file);
    data.set("requestKey", requestKey);
    const result = await uploadEvidenceAction(data).catch(() => ({
      ok: false as const,
      formError: "Không tải lên được, vui lòng thử lại.",
      fieldErrors: undefined,
    }));
    setPending(false);
    if (!result.ok) return setError(result.fieldErrors?.file ?? result.formError ?? "Không tải lên được");
    if (input.current) input.current.value = "";
    renewKey();
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <p className="text-sm font-medium">{label}</p>
      {files.length ? (
        <ul className="space-y-1 text-sm" data-testid="evidence-files">
          {files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-2">
              <a href={`/minh-chung/${f.id}`} className="text-doan-700 underline" download>
                {f.fileName}
              </a>
              <span className="text-xs text-slate-500">({formatKilobytes(f.size)})</span>
              <ConfirmActionButton
                label="Gỡ"
                ariaLabel={`Gỡ ${f.fileName}`}
                confirm={`Gỡ tệp ${f.fileName}?`}
                run={() => archiveEvidenceAction({ id: f.id })}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">Chưa có tệp. {hint}</p>
      )}
      <label htmlFor={inputId} className="block text-sm text-slate-700">
        {chooseLabel}
      </label>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={accept}
        onChange={renewKey}
        aria-invalid={!!error || undefined}
        className="block w-full text-sm"
      />
      <FormError message={error} />
      <Button type="button" variant="secondary" pending={pending} onClick={upload}>
        Tải lên
      </Button>
    </div>
  );
}

/** Photos above this size are shrunk before sending; smaller ones go as they are. */
const SHRINK_FROM_BYTES = 600_000;
const SHRINKABLE = ["image/jpeg", "image/png", "image/webp"];

/**
 * A phone's photo at most 2048 px on its longer side and about 1 MB, re-encoded without its EXIF;
 * anything the browser cannot read (a file lying about its type) goes as chosen, for the server
 * to judge. Run on the page itself: the library's worker would load its code from elsewhere.
 */
async function smaller(file: globalThis.File): Promise<globalThis.File> {
  if (!SHRINKABLE.includes(file.type) || file.size < SHRINK_FROM_BYTES) return file;
  try {
    const { default: imageCompression } = await import("browser-image-compression");
    const blob = await imageCompression(file, { maxSizeMB: 1, maxWidthOrHeight: 2048, useWebWorker: false });
    return blob.size < file.size ? new globalThis.File([blob], file.name, { type: blob.type }) : file;
  } catch {
    return file;
  }
}
