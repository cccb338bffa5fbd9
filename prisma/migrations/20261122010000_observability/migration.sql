-- CreateTable
CREATE TABLE "MetricHour" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hour" DATETIME NOT NULL,
    "restApiId" TEXT NOT NULL,
    "stageName" TEXT NOT NULL,
    "resourcePath" TEXT NOT NULL,
    "httpMethod" TEXT NOT NULL,
    "canary" BOOLEAN NOT NULL DEFAULT false,
    "apiKeyId" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL,
    "error4xx" INTEGER NOT NULL,
    "error5xx" INTEGER NOT NULL,
    "latencySumMs" REAL NOT NULL,
    "latencyMaxMs" REAL NOT NULL,
    "integrationLatencySumMs" REAL NOT NULL,
    "integrationCount" INTEGER NOT NULL,
    "latencyHistogram" JSONB NOT NULL,
    "integrationLatencyHistogram" JSONB,
    "cacheHitCount" INTEGER NOT NULL DEFAULT 0,
    "cacheMissCount" INTEGER NOT NULL DEFAULT 0
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
    "cacheStatus" TEXT,
    "statusClass" INTEGER NOT NULL DEFAULT 0,
    "traceId" TEXT,
    "errorMessage" TEXT,
    "timeline" JSONB,
    "route" JSONB,
    "executionLog" TEXT,
    "accessLog" TEXT
);
INSERT INTO "new_RequestLog" ("apiKeyId", "cacheStatus", "canary", "errorType", "extendedRequestId", "httpMethod", "id", "integrationLatencyMs", "latencyMs", "path", "protocol", "requestId", "resourcePath", "responseLength", "restApiId", "sourceIp", "stageName", "status", "time", "userAgent") SELECT "apiKeyId", "cacheStatus", "canary", "errorType", "extendedRequestId", "httpMethod", "id", "integrationLatencyMs", "latencyMs", "path", "protocol", "requestId", "resourcePath", "responseLength", "restApiId", "sourceIp", "stageName", "status", "time", "userAgent" FROM "RequestLog";
DROP TABLE "RequestLog";
ALTER TABLE "new_RequestLog" RENAME TO "RequestLog";
CREATE INDEX "RequestLog_restApiId_stageName_id_idx" ON "RequestLog"("restApiId", "stageName", "id");
CREATE INDEX "RequestLog_restApiId_stageName_time_idx" ON "RequestLog"("restApiId", "stageName", "time");
CREATE INDEX "RequestLog_restApiId_stageName_statusClass_id_idx" ON "RequestLog"("restApiId", "stageName", "statusClass", "id");
CREATE INDEX "RequestLog_restApiId_stageName_httpMethod_id_idx" ON "RequestLog"("restApiId", "stageName", "httpMethod", "id");
CREATE INDEX "RequestLog_restApiId_stageName_resourcePath_id_idx" ON "RequestLog"("restApiId", "stageName", "resourcePath", "id");
CREATE INDEX "RequestLog_restApiId_stageName_apiKeyId_id_idx" ON "RequestLog"("restApiId", "stageName", "apiKeyId", "id");
CREATE INDEX "RequestLog_restApiId_stageName_canary_id_idx" ON "RequestLog"("restApiId", "stageName", "canary", "id");
CREATE INDEX "RequestLog_requestId_idx" ON "RequestLog"("requestId");
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
    "cacheMissCount" INTEGER NOT NULL DEFAULT 0,
    "apiKeyId" TEXT NOT NULL DEFAULT '',
    "integrationLatencyHistogram" JSONB,
    "rolledUp" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_MetricPoint" ("cacheHitCount", "cacheMissCount", "canary", "count", "error4xx", "error5xx", "httpMethod", "id", "integrationCount", "integrationLatencySumMs", "latencyHistogram", "latencyMaxMs", "latencySumMs", "minute", "resourcePath", "restApiId", "stageName") SELECT "cacheHitCount", "cacheMissCount", "canary", "count", "error4xx", "error5xx", "httpMethod", "id", "integrationCount", "integrationLatencySumMs", "latencyHistogram", "latencyMaxMs", "latencySumMs", "minute", "resourcePath", "restApiId", "stageName" FROM "MetricPoint";
DROP TABLE "MetricPoint";
ALTER TABLE "new_MetricPoint" RENAME TO "MetricPoint";
CREATE INDEX "MetricPoint_restApiId_stageName_minute_idx" ON "MetricPoint"("restApiId", "stageName", "minute");
CREATE INDEX "MetricPoint_apiKeyId_minute_idx" ON "MetricPoint"("apiKeyId", "minute");
CREATE INDEX "MetricPoint_rolledUp_minute_idx" ON "MetricPoint"("rolledUp", "minute");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "MetricHour_restApiId_stageName_hour_idx" ON "MetricHour"("restApiId", "stageName", "hour");

-- CreateIndex
CREATE INDEX "MetricHour_apiKeyId_hour_idx" ON "MetricHour"("apiKeyId", "hour");

-- CreateIndex
CREATE UNIQUE INDEX "MetricHour_hour_restApiId_stageName_resourcePath_httpMethod_canary_apiKeyId_key" ON "MetricHour"("hour", "restApiId", "stageName", "resourcePath", "httpMethod", "canary", "apiKeyId");


-- Rows written before the status-class column existed become filterable too.
UPDATE "RequestLog" SET "statusClass" = "status" / 100;
