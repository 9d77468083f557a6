import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postOtlp } from "../../server/otel/send";

// server/otel/send.ts loads node:https only for an https endpoint (issue 93, figure 11): an http
// endpoint is posted to in plain text, an https one over TLS, whichever comes first in a process.
describe("postOtlp's transport by the endpoint's scheme", () => {
  let server: Server;
  let port: number;
  const bodies: Buffer[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        bodies.push(Buffer.concat(chunks));
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const options = { headers: {}, timeoutMs: 2000, gzip: false };

  it("speaks TLS to an https endpoint: a plain-text collector there is not reached", async () => {
    const sent = await postOtlp(`https://127.0.0.1:${port}/v1/traces`, new Uint8Array([1, 2, 3]), "application/x-protobuf", options);
    expect(sent).toMatchObject({ ok: false, how: "unreachable" });
    expect(bodies).toEqual([]);
  });

  it("posts the body as it is to an http endpoint", async () => {
    const sent = await postOtlp(`http://127.0.0.1:${port}/v1/traces`, new Uint8Array([1, 2, 3]), "application/x-protobuf", options);
    expect(sent).toEqual({ ok: true });
    expect(bodies).toEqual([Buffer.from([1, 2, 3])]);
  });
});
