-- AlterTable
ALTER TABLE "batches" ADD COLUMN "ocr" TEXT;
