-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN "locale" TEXT;

-- CreateTable
CREATE TABLE "StaffPasswordToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tokenHash" TEXT NOT NULL,
    "staffId" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffPasswordToken_tokenHash_key" ON "StaffPasswordToken"("tokenHash");

-- CreateIndex
CREATE INDEX "StaffPasswordToken_staffId_idx" ON "StaffPasswordToken"("staffId");

