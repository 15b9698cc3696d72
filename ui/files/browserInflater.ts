/** The task panes' Inflater: the browser's own DecompressionStream("deflate-raw") (Chromium, Office's Edge WebView2). */
import type { Inflater } from "../../shared/xlsx/zip";

function inflated(bytes: Uint8Array): ReadableStream<Uint8Array> {
  // Piping a Blob's stream, unlike writing to the DecompressionStream, brings a bad-data error to the reader only.
  // The cast: the bytes come from File.arrayBuffer(), never from a SharedArrayBuffer.
  return new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
}

async function* chunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) yield read.value;
  } finally {
    reader.releaseLock();
  }
}

export const browserInflater: Inflater = {
  inflateRaw: async (bytes) => new Uint8Array(await new Response(inflated(bytes)).arrayBuffer()),
  inflateRawChunks: (bytes) => chunks(inflated(bytes)),
};
