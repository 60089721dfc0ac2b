// Việc cần làm: one line per kind of waiting work, its count and the list it opens; a calm line
// when nothing waits. The Khối's home and the cơ sở's (through PendingCard) show it first.
import Link from "next/link";
import type { ToDoItem } from "@/lib/domain/to-do";
import { formatNumber } from "@/lib/domain/dates";
import { Card } from "@/components/ui/page";

export function ToDoList({ items }: { items: ToDoItem[] }) {
  if (!items.length) return <p className="text-sm text-slate-600">Không có việc nào đang chờ bạn.</p>;
  return (
    <ul className="space-y-2 text-sm">
      {items.map((i) => (
        <li key={i.key}>
          <Link href={i.href} className="text-doan-700 hover:underline">
            <span className="mr-1 inline-block min-w-8 rounded-full bg-amber-100 px-2 text-center font-semibold tabular-nums text-amber-900">
              {formatNumber(i.n)}
            </span>
            {i.text}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function ToDoCard({ items, className }: { items: ToDoItem[]; className?: string }) {
  return (
    <Card title="Việc cần làm" className={className}>
      <ToDoList items={items} />
    </Card>
  );
}
