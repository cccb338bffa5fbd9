-- AlterTable
ALTER TABLE "RequestLog" ADD COLUMN     "apiKeyId" TEXT,
ADD COLUMN     "cacheStatus" TEXT,
ADD COLUMN     "canary" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "MetricPoint" ADD COLUMN     "cacheHitCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "cacheMissCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "canary" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "value" TEXT NOT NULL,
    "valueSha256" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "customerId" TEXT,
    "tags" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsagePlan" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "apiStages" JSONB NOT NULL,
    "throttle" JSONB,
    "quota" JSONB,
    "productCode" TEXT,
    "tags" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UsagePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsagePlanKey" (
    "usagePlanId" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsagePlanKey_pkey" PRIMARY KEY ("usagePlanId","keyId")
);

-- CreateTable
CREATE TABLE "UsageDay" (
    "usagePlanId" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "used" INTEGER NOT NULL,

    CONSTRAINT "UsageDay_pkey" PRIMARY KEY ("usagePlanId","keyId","day")
);

-- CreateTable
CREATE TABLE "QuotaAdjustment" (
    "id" TEXT NOT NULL,
    "usagePlanId" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "used" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuotaAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_valueSha256_key" ON "ApiKey"("valueSha256");

-- CreateIndex
CREATE INDEX "ApiKey_customerId_idx" ON "ApiKey"("customerId");

-- CreateIndex
CREATE INDEX "UsagePlanKey_keyId_idx" ON "UsagePlanKey"("keyId");

-- CreateIndex
CREATE INDEX "QuotaAdjustment_usagePlanId_keyId_idx" ON "QuotaAdjustment"("usagePlanId", "keyId");

-- AddForeignKey
ALTER TABLE "UsagePlanKey" ADD CONSTRAINT "UsagePlanKey_usagePlanId_fkey" FOREIGN KEY ("usagePlanId") REFERENCES "UsagePlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsagePlanKey" ADD CONSTRAINT "UsagePlanKey_keyId_fkey" FOREIGN KEY ("keyId") REFERENCES "ApiKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

