-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'admin',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AccessKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "secretEncrypted" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'console',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    CONSTRAINT "AccessKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RestApi" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "apiType" TEXT NOT NULL DEFAULT 'REST',
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "version" TEXT,
    "apiKeySource" TEXT NOT NULL DEFAULT 'HEADER',
    "endpointTypes" JSONB NOT NULL,
    "binaryMediaTypes" JSONB NOT NULL,
    "disableExecuteApiEndpoint" BOOLEAN NOT NULL DEFAULT false,
    "tags" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "restApiId" TEXT NOT NULL,
    "parentId" TEXT,
    "pathPart" TEXT NOT NULL DEFAULT '',
    "path" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Resource_restApiId_fkey" FOREIGN KEY ("restApiId") REFERENCES "RestApi" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Resource_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Method" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "resourceId" TEXT NOT NULL,
    "httpMethod" TEXT NOT NULL,
    "authorizationType" TEXT NOT NULL DEFAULT 'NONE',
    "authorizerId" TEXT,
    "apiKeyRequired" BOOLEAN NOT NULL DEFAULT false,
    "operationName" TEXT,
    "requestParameters" JSONB NOT NULL,
    "requestModels" JSONB NOT NULL,
    "requestValidatorId" TEXT,
    CONSTRAINT "Method_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Integration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "methodId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "httpMethod" TEXT,
    "uri" TEXT,
    "connectionType" TEXT NOT NULL DEFAULT 'INTERNET',
    "credentials" TEXT,
    "requestParameters" JSONB NOT NULL,
    "requestTemplates" JSONB NOT NULL,
    "passthroughBehavior" TEXT NOT NULL DEFAULT 'WHEN_NO_MATCH',
    "timeoutInMillis" INTEGER NOT NULL DEFAULT 29000,
    "contentHandling" TEXT,
    "cacheKeyParameters" JSONB NOT NULL,
    "cacheNamespace" TEXT,
    CONSTRAINT "Integration_methodId_fkey" FOREIGN KEY ("methodId") REFERENCES "Method" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IntegrationResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "integrationId" TEXT NOT NULL,
    "statusCode" TEXT NOT NULL,
    "selectionPattern" TEXT,
    "responseParameters" JSONB NOT NULL,
    "responseTemplates" JSONB NOT NULL,
    "contentHandling" TEXT,
    CONSTRAINT "IntegrationResponse_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MethodResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "methodId" TEXT NOT NULL,
    "statusCode" TEXT NOT NULL,
    "responseParameters" JSONB NOT NULL,
    "responseModels" JSONB NOT NULL,
    CONSTRAINT "MethodResponse_methodId_fkey" FOREIGN KEY ("methodId") REFERENCES "Method" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Deployment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "restApiId" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "formatVersion" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Deployment_restApiId_fkey" FOREIGN KEY ("restApiId") REFERENCES "RestApi" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Stage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "restApiId" TEXT NOT NULL,
    "stageName" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "variables" JSONB NOT NULL,
    "settings" JSONB NOT NULL,
    "tags" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Stage_restApiId_fkey" FOREIGN KEY ("restApiId") REFERENCES "RestApi" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Stage_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StageHistory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stageId" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "changedBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StageHistory_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "Stage" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StageHistory_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RuntimeConfigVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "RequestLog" (
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
    "errorType" TEXT
);

-- CreateTable
CREATE TABLE "MetricPoint" (
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
    "latencyHistogram" JSONB NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Resource_parentId_idx" ON "Resource"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Resource_restApiId_path_key" ON "Resource"("restApiId", "path");

-- CreateIndex
CREATE UNIQUE INDEX "Method_resourceId_httpMethod_key" ON "Method"("resourceId", "httpMethod");

-- CreateIndex
CREATE UNIQUE INDEX "Integration_methodId_key" ON "Integration"("methodId");

-- CreateIndex
CREATE UNIQUE INDEX "IntegrationResponse_integrationId_statusCode_key" ON "IntegrationResponse"("integrationId", "statusCode");

-- CreateIndex
CREATE UNIQUE INDEX "MethodResponse_methodId_statusCode_key" ON "MethodResponse"("methodId", "statusCode");

-- CreateIndex
CREATE INDEX "Deployment_restApiId_createdAt_idx" ON "Deployment"("restApiId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Stage_restApiId_stageName_key" ON "Stage"("restApiId", "stageName");

-- CreateIndex
CREATE INDEX "StageHistory_stageId_createdAt_idx" ON "StageHistory"("stageId", "createdAt");

-- CreateIndex
CREATE INDEX "RequestLog_restApiId_stageName_id_idx" ON "RequestLog"("restApiId", "stageName", "id");

-- CreateIndex
CREATE INDEX "RequestLog_restApiId_stageName_time_idx" ON "RequestLog"("restApiId", "stageName", "time");

-- CreateIndex
CREATE INDEX "MetricPoint_restApiId_stageName_minute_idx" ON "MetricPoint"("restApiId", "stageName", "minute");

