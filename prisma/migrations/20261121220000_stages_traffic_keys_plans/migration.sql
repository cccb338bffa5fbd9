-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "value" TEXT NOT NULL,
    "valueSha256" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "customerId" TEXT,
    "tags" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "UsagePlan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "apiStages" JSONB NOT NULL,
    "throttle" JSONB,
    "quota" JSONB,
    "productCode" TEXT,
    "tags" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "UsagePlanKey" (
    "usagePlanId" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("usagePlanId", "keyId"),
    CONSTRAINT "UsagePlanKey_usagePlanId_fkey" FOREIGN KEY ("usagePlanId") REFERENCES "UsagePlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UsagePlanKey_keyId_fkey" FOREIGN KEY ("keyId") REFERENCES "ApiKey" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UsageDay" (
    "usagePlanId" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "used" INTEGER NOT NULL,

    PRIMARY KEY ("usagePlanId", "keyId", "day")
);

-- CreateTable
CREATE TABLE "QuotaAdjustment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "usagePlanId" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "used" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_RequestLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "requestId" TEXT NOT NULL,
    "extendedRequestId" TEXT NOT NULL,
    "time" DATETIME NOT NULL,
    "restApiId" TEXT NOT NULL,
    "stageName" TEXT NOT NULL,
    "httpMethod" TEXT NOT NULL,
    "resourcePath" TEXT,
    "path" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "latencyMs" REAL NOT NULL,
    "integrationLatencyMs" REAL,
    "sourceIp" TEXT NOT NULL,
    "userAgent" TEXT,
    "protocol" TEXT NOT NULL,
    "responseLength" INTEGER NOT NULL,
    "errorType" TEXT,
    "canary" BOOLEAN NOT NULL DEFAULT false,
    "apiKeyId" TEXT,
    "cacheStatus" TEXT
);
INSERT INTO "new_RequestLog" ("errorType", "extendedRequestId", "httpMethod", "id", "integrationLatencyMs", "latencyMs", "path", "protocol", "requestId", "resourcePath", "responseLength", "restApiId", "sourceIp", "stageName", "status", "time", "userAgent") SELECT "errorType", "extendedRequestId", "httpMethod", "id", "integrationLatencyMs", "latencyMs", "path", "protocol", "requestId", "resourcePath", "responseLength", "restApiId", "sourceIp", "stageName", "status", "time", "userAgent" FROM "RequestLog";
DROP TABLE "RequestLog";
ALTER TABLE "new_RequestLog" RENAME TO "RequestLog";
CREATE INDEX "RequestLog_restApiId_stageName_id_idx" ON "RequestLog"("restApiId", "stageName", "id");
CREATE INDEX "RequestLog_restApiId_stageName_time_idx" ON "RequestLog"("restApiId", "stageName", "time");
CREATE TABLE "new_MetricPoint" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "minute" DATETIME NOT NULL,
    "restApiId" TEXT NOT NULL,
    "stageName" TEXT NOT NULL,
    "resourcePath" TEXT NOT NULL,
    "httpMethod" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "error4xx" INTEGER NOT NULL,
    "error5xx" INTEGER NOT NULL,
    "latencySumMs" REAL NOT NULL,
    "latencyMaxMs" REAL NOT NULL,
    "integrationLatencySumMs" REAL NOT NULL,
    "integrationCount" INTEGER NOT NULL,
    "latencyHistogram" JSONB NOT NULL,
    "canary" BOOLEAN NOT NULL DEFAULT false,
    "cacheHitCount" INTEGER NOT NULL DEFAULT 0,
    "cacheMissCount" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_MetricPoint" ("count", "error4xx", "error5xx", "httpMethod", "id", "integrationCount", "integrationLatencySumMs", "latencyHistogram", "latencyMaxMs", "latencySumMs", "minute", "resourcePath", "restApiId", "stageName") SELECT "count", "error4xx", "error5xx", "httpMethod", "id", "integrationCount", "integrationLatencySumMs", "latencyHistogram", "latencyMaxMs", "latencySumMs", "minute", "resourcePath", "restApiId", "stageName" FROM "MetricPoint";
DROP TABLE "MetricPoint";
ALTER TABLE "new_MetricPoint" RENAME TO "MetricPoint";
CREATE INDEX "MetricPoint_restApiId_stageName_minute_idx" ON "MetricPoint"("restApiId", "stageName", "minute");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_valueSha256_key" ON "ApiKey"("valueSha256");

-- CreateIndex
CREATE INDEX "ApiKey_customerId_idx" ON "ApiKey"("customerId");

-- CreateIndex
CREATE INDEX "UsagePlanKey_keyId_idx" ON "UsagePlanKey"("keyId");

-- CreateIndex
CREATE INDEX "QuotaAdjustment_usagePlanId_keyId_idx" ON "QuotaAdjustment"("usagePlanId", "keyId");

