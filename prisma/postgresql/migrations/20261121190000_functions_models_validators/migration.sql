-- CreateTable
CREATE TABLE "Model" (
    "id" TEXT NOT NULL,
    "restApiId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "contentType" TEXT NOT NULL DEFAULT 'application/json',
    "schema" TEXT NOT NULL,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestValidator" (
    "id" TEXT NOT NULL,
    "restApiId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "validateRequestBody" BOOLEAN NOT NULL DEFAULT false,
    "validateRequestParameters" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "RequestValidator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GatewayResponse" (
    "restApiId" TEXT NOT NULL,
    "responseType" TEXT NOT NULL,
    "statusCode" TEXT,
    "responseParameters" JSONB NOT NULL,
    "responseTemplates" JSONB NOT NULL,

    CONSTRAINT "GatewayResponse_pkey" PRIMARY KEY ("restApiId","responseType")
);

-- CreateTable
CREATE TABLE "LambdaFunction" (
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "runtime" TEXT NOT NULL DEFAULT 'nodejs20.x',
    "handler" TEXT NOT NULL DEFAULT 'index.handler',
    "code" BYTEA NOT NULL,
    "codeSha256" TEXT NOT NULL,
    "codeSize" INTEGER NOT NULL,
    "environment" JSONB NOT NULL,
    "timeoutSec" INTEGER NOT NULL DEFAULT 3,
    "memoryMb" INTEGER NOT NULL DEFAULT 128,
    "revisionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LambdaFunction_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "FunctionVersion" (
    "functionName" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "handler" TEXT NOT NULL,
    "runtime" TEXT NOT NULL,
    "code" BYTEA NOT NULL,
    "codeSha256" TEXT NOT NULL,
    "codeSize" INTEGER NOT NULL,
    "environment" JSONB NOT NULL,
    "timeoutSec" INTEGER NOT NULL,
    "memoryMb" INTEGER NOT NULL,
    "revisionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FunctionVersion_pkey" PRIMARY KEY ("functionName","version")
);

-- CreateTable
CREATE TABLE "FunctionAlias" (
    "functionName" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "functionVersion" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "routingWeights" JSONB NOT NULL,
    "revisionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FunctionAlias_pkey" PRIMARY KEY ("functionName","name")
);

-- CreateTable
CREATE TABLE "FunctionInvocation" (
    "id" TEXT NOT NULL,
    "functionName" TEXT NOT NULL,
    "qualifier" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "errorType" TEXT,
    "logTail" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FunctionInvocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwsIntegrationSettings" (
    "id" INTEGER NOT NULL,
    "region" TEXT NOT NULL DEFAULT 'us-east-1',
    "accessKeyId" TEXT,
    "secretAccessKeySealed" TEXT,
    "endpointOverrides" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AwsIntegrationSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model_restApiId_name_key" ON "Model"("restApiId", "name");

-- CreateIndex
CREATE INDEX "RequestValidator_restApiId_idx" ON "RequestValidator"("restApiId");

-- CreateIndex
CREATE INDEX "FunctionInvocation_functionName_createdAt_idx" ON "FunctionInvocation"("functionName", "createdAt");

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_restApiId_fkey" FOREIGN KEY ("restApiId") REFERENCES "RestApi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestValidator" ADD CONSTRAINT "RequestValidator_restApiId_fkey" FOREIGN KEY ("restApiId") REFERENCES "RestApi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatewayResponse" ADD CONSTRAINT "GatewayResponse_restApiId_fkey" FOREIGN KEY ("restApiId") REFERENCES "RestApi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionVersion" ADD CONSTRAINT "FunctionVersion_functionName_fkey" FOREIGN KEY ("functionName") REFERENCES "LambdaFunction"("name") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionAlias" ADD CONSTRAINT "FunctionAlias_functionName_fkey" FOREIGN KEY ("functionName") REFERENCES "LambdaFunction"("name") ON DELETE CASCADE ON UPDATE CASCADE;

