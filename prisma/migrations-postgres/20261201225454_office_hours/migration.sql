-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "officeHours" TEXT;

