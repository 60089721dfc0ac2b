"use client";
// The photos the cơ sở sent as the project's evidence, offered for its profile: one click copies
// the chosen one in. Each photo has its own key, so a double click copies it once.
import { useState } from "react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { newRequestKey } from "@/components/forms/use-request-key";
import { copyProjectPhotoAction } from "@/lib/actions/showcase";

type Photo = { id: string; fileName: string };

export function ProjectPhotos({ profileId, photos }: { profileId: string; photos: Photo[] }) {
  // One key per photo until its copy is stored: a double click copies it once; a click after the
  // copy went through (and was perhaps removed since) copies it again.
  const [keys, setKeys] = useState(() => new Map(photos.map((p) => [p.id, newRequestKey()])));
  const copy = async (fileId: string) => {
    const result = await copyProjectPhotoAction({ profileId, fileId, requestKey: keys.get(fileId) ?? newRequestKey() });
    if (result.ok) setKeys((old) => new Map(old).set(fileId, newRequestKey()));
    // A photo that cannot be read is refused beside the file field, which this button has not.
    if (!result.ok && result.fieldErrors?.file) return { ...result, formError: result.fieldErrors.file };
    return result;
  };
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium">Ảnh minh chứng của công trình</p>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="project-photos">
        {photos.map((p) => (
          <li key={p.id} className="space-y-1">
            {/* eslint-disable-next-line @next/next/no-img-element -- a signed-in download, not an optimisable asset */}
            <img
              src={`/minh-chung/${p.id}`}
              alt={p.fileName}
              loading="lazy"
              className="aspect-[4/3] w-full rounded border border-slate-200 object-cover"
            />
            <ConfirmActionButton
              label="Dùng ảnh này"
              ariaLabel={`Dùng ảnh ${p.fileName}`}
              variant="secondary"
              run={() => copy(p.id)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
