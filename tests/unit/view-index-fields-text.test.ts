// The graph view index hands the nodes' fields over as one UTF-8 buffer with offsets (packTexts):
// every text comes back whole, multi-byte characters and empty texts included, and the buffer is
// its own ArrayBuffer of exactly its size, so that a worker can transfer it.
import { describe, expect, it } from "vitest";
import { packTexts } from "../../src/services/view-index.ts";

describe("packTexts", () => {
  it("gives back each text from the shared buffer, in order", () => {
    const texts = ['{"name":"Café Ĳssel – Ωmega"}', "", '{"name":"北京 🌍"}', '{"region":"Gent"}'];
    const { fieldsText, fieldsAt } = packTexts(texts);
    expect(fieldsAt).toHaveLength(texts.length + 1);
    const bytes = Buffer.from(fieldsText.buffer, fieldsText.byteOffset, fieldsText.byteLength);
    expect(texts.map((_, i) => bytes.toString("utf8", fieldsAt[i]!, fieldsAt[i + 1]!))).toEqual(texts);
    expect(fieldsText.byteOffset).toBe(0);
    expect(fieldsText.buffer.byteLength).toBe(Buffer.byteLength(texts.join("")));
  });

  it("survives a transfer to another thread's message without a copy", () => {
    const { fieldsText, fieldsAt } = packTexts(['{"a":1}', '{"b":"é"}']);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage({ fieldsText, fieldsAt }, [fieldsText.buffer, fieldsAt.buffer]);
    expect(fieldsText.byteLength).toBe(0); // detached here: it moved
    port1.close();
    port2.close();
  });
});
