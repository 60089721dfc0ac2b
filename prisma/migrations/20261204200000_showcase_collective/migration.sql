-- Tập thể tiêu biểu: a profile of a unit's honour (a chi đoàn, a cơ sở) is no longer filed as a project.
ALTER TYPE "ShowcaseKind" ADD VALUE 'COLLECTIVE';
