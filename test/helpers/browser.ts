/** Headless Chromium (Debian's, driven by playwright-core) and a static server for a built folder. */
import { existsSync, mkdtempSync, readFileSync } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { tmpdir } from "os";
import { extname, join, normalize } from "path";
import { BrowserContext, chromium } from "playwright-core";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "text/xml",
};

export async function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? "/").split("?")[0])).replace(
      /^(\.\.[/\\])+/,
      ""
    );
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * Chromium with a fresh profile; requests leave the machine only as `route` allows (by default
 * only `base` is reachable).
 */
export async function launch(
  base: string,
  route?: (url: URL) => string | null | undefined,
  locale = "zh-CN"
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), "pt-chromium-")),
    {
      executablePath: "/usr/bin/chromium",
      headless: true,
      acceptDownloads: true,
      locale,
      viewport: { width: 420, height: 900 },
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  );
  await context.route("**/*", async (request) => {
    const url = new URL(request.request().url());
    if (url.origin === base) return request.continue();
    const file = route?.(url);
    if (file && existsSync(file))
      return request.fulfill({ path: file, contentType: "text/javascript" });
    return request.abort();
  });
  return context;
}
