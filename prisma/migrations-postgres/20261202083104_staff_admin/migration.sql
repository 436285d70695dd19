-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "locale" TEXT;

-- CreateTable
CREATE TABLE "StaffPasswordToken" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "staffId" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "StaffPasswordToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffPasswordToken_tokenHash_key" ON "StaffPasswordToken"("tokenHash");

-- CreateIndex
CREATE INDEX "StaffPasswordToken_staffId_idx" ON "StaffPasswordToken"("staffId");

