"use client";
// Small forms of the unit tree: add, rename, move, set cluster, deactivate. Each keeps what was
// typed on error and shows the server's message beside the field.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import {
  createUnitAction,
  deactivateUnitAction,
  moveUnitAction,
  renameUnitAction,
  setUnitClusterAction,
} from "@/lib/actions/units";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { SubmitCancel } from "@/components/forms/submit-cancel";
import { useRequestKey } from "@/components/forms/use-request-key";

type Option = { id: string; name: string };

export function AddUnitForm({ parentId, label, clusters }: { parentId: string; label: string; clusters?: Option[] }) {
  const router = useRouter();
  const [requestKey, renewKey] = useRequestKey();
  const form = useForm({ defaultValues: { parentId, name: "", clusterId: "" } });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => createUnitAction({ ...v, requestKey }),
    () => {
      form.reset({ parentId, name: "", clusterId: "" });
      renewKey();
      router.refresh();
    },
  );
  const err = form.formState.errors;
  const id = `add-${parentId}`;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-start">
      <div className="flex-1">
        <Field label={label} htmlFor={`${id}-name`} error={err.name?.message}>
          <Input id={`${id}-name`} invalid={!!err.name} placeholder="Ví dụ: Đoàn Sở Xây dựng" {...form.register("name")} />
        </Field>
      </div>
      {clusters && clusters.length > 0 && (
        <div className="sm:w-56">
          <Field label="Cụm" htmlFor={`${id}-cluster`} error={err.clusterId?.message}>
            <Select id={`${id}-cluster`} {...form.register("clusterId")}>
              <option value="">— Chưa xếp cụm —</option>
              {clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
      <div className="sm:pt-6">
        <Button type="submit" pending={pending}>
          Thêm
        </Button>
      </div>
      <FormError message={formError} />
    </form>
  );
}

export function RenameUnitForm({
  unitId,
  name,
  version,
  onDone,
}: {
  unitId: string;
  name: string;
  version: number;
  onDone: () => void;
}) {
  const router = useRouter();
  const form = useForm({ defaultValues: { id: unitId, name, version } });
  const { onSubmit, formError, pending } = useActionForm(form, renameUnitAction, () => {
    onDone();
    router.refresh();
  });
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <Field label="Tên mới" htmlFor={`rename-${unitId}`} error={err.name?.message}>
        <Input id={`rename-${unitId}`} invalid={!!err.name} {...form.register("name")} />
      </Field>
      <FormError message={formError} />
      <SubmitCancel pending={pending} onCancel={onDone} />
    </form>
  );
}

export function MoveChiDoanForm({
  unitId,
  version,
  currentParentId,
  coSoOptions,
  onDone,
}: {
  unitId: string;
  version: number;
  currentParentId: string;
  coSoOptions: Option[];
  onDone: () => void;
}) {
  const router = useRouter();
  const form = useForm({ defaultValues: { id: unitId, newParentId: "", version } });
  const { onSubmit, formError, pending } = useActionForm(form, moveUnitAction, () => {
    onDone();
    router.refresh();
  });
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <Field label="Chuyển sang cơ sở Đoàn" htmlFor={`move-${unitId}`} error={err.newParentId?.message}>
        <Select id={`move-${unitId}`} invalid={!!err.newParentId} {...form.register("newParentId")}>
          <option value="">— Chọn cơ sở Đoàn —</option>
          {coSoOptions
            .filter((c) => c.id !== currentParentId)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
        </Select>
      </Field>
      <FormError message={formError} />
      <SubmitCancel pending={pending} label="Chuyển" onCancel={onDone} />
    </form>
  );
}

export function ClusterForm({
  unitId,
  version,
  clusterId,
  clusters,
  onDone,
}: {
  unitId: string;
  version: number;
  clusterId: string | null;
  clusters: Option[];
  onDone: () => void;
}) {
  const router = useRouter();
  const form = useForm({ defaultValues: { id: unitId, clusterId: clusterId ?? "", version } });
  const { onSubmit, formError, pending } = useActionForm(form, setUnitClusterAction, () => {
    onDone();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <Field label="Cụm hoạt động" htmlFor={`cluster-${unitId}`} error={form.formState.errors.clusterId?.message}>
        <Select id={`cluster-${unitId}`} {...form.register("clusterId")}>
          <option value="">— Chưa xếp cụm —</option>
          {clusters.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <FormError message={formError} />
      <SubmitCancel pending={pending} onCancel={onDone} />
    </form>
  );
}

export function DeactivateUnitButton({ unitId, version, name }: { unitId: string; version: number; name: string }) {
  return (
    <ConfirmActionButton
      label="Lưu trữ"
      className="!px-2 !py-1 text-red-700"
      confirm={`Lưu trữ “${name}”? Đơn vị ngừng hoạt động và được lưu trữ, không bị xóa.`}
      run={() => deactivateUnitAction({ id: unitId, version })}
    />
  );
}
