/** The reference Node proxy: fastify + @fastify/http-proxy with its defaults (undici, 128 connections, pipelining 1). */
import Fastify from "fastify";
import proxy from "@fastify/http-proxy";

const backend = process.env.BACKEND_URL;
if (!backend) throw new Error("BACKEND_URL is required");

const app = Fastify({ logger: false });
await app.register(proxy, { upstream: backend, prefix: "/" });
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : 0;
process.stdout.write(`${JSON.stringify({ port })}\n`);
