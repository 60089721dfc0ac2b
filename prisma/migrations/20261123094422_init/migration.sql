-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('CITY', 'KHOI', 'CO_SO', 'CHI_DOAN');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CITY_VIEWER', 'KHOI_ADMIN', 'KHOI_STAFF', 'CO_SO_SECRETARY', 'CHI_DOAN_SECRETARY', 'MEMBER');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('NAM', 'NU', 'KHAC');

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" TEXT,
    "khoiId" TEXT,
    "coSoId" TEXT,
    "clusterId" TEXT,
    "requestKey" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cluster" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT true,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "khoiId" TEXT,
    "lastLoginAt" TIMESTAMP(3),
    "requestKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "khoiId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "coSoId" TEXT NOT NULL,
    "chiDoanId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "birthDate" DATE,
    "gender" "Gender",
    "position" TEXT,
    "agency" TEXT,
    "joinedUnionAt" DATE,
    "email" TEXT,
    "phone" TEXT,
    "userId" TEXT,
    "requestKey" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_requestKey_key" ON "Unit"("requestKey");

-- CreateIndex
CREATE INDEX "Unit_khoiId_kind_active_idx" ON "Unit"("khoiId", "kind", "active");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Unit_coSoId_idx" ON "Unit"("coSoId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_id_khoiId_key" ON "Unit"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "Cluster_id_khoiId_key" ON "Cluster"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "Cluster_khoiId_name_key" ON "Cluster"("khoiId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_requestKey_key" ON "User"("requestKey");

-- CreateIndex
CREATE INDEX "User_khoiId_idx" ON "User"("khoiId");

-- CreateIndex
CREATE INDEX "Membership_unitId_idx" ON "Membership"("unitId");

-- CreateIndex
CREATE INDEX "Membership_khoiId_idx" ON "Membership"("khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_unitId_role_key" ON "Membership"("userId", "unitId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Member_userId_key" ON "Member"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_requestKey_key" ON "Member"("requestKey");

-- CreateIndex
CREATE INDEX "Member_khoiId_active_searchName_idx" ON "Member"("khoiId", "active", "searchName");

-- CreateIndex
CREATE INDEX "Member_coSoId_active_idx" ON "Member"("coSoId", "active");

-- CreateIndex
CREATE INDEX "Member_chiDoanId_active_idx" ON "Member"("chiDoanId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "Member_id_khoiId_key" ON "Member"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_khoiId_email_key" ON "Member"("khoiId", "email");

-- CreateIndex
CREATE INDEX "AuditLog_khoiId_createdAt_idx" ON "AuditLog"("khoiId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_targetType_targetId_idx" ON "AuditLog"("targetType", "targetId");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_chiDoanId_fkey" FOREIGN KEY ("chiDoanId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
