/**
 * Honest stand-ins for what the seeds' Python reaches for outside the browser: `aiohttp` and
 * `requests` over the course's simulated network (the same seeded latencies as the TypeScript
 * runtime's `download`), and `flags`, the parts of Ramalho's flags.py his slides don't show.
 * Only what the seeds call; each says in its docstring that it is a stand-in.
 */

/** Module name → Python source, installed in `sys.modules` when the interpreter starts. */
export const STAND_IN_MODULES: Record<string, string> = {
  aiohttp: `"""Stand-in for aiohttp: the sandbox has no network, so requests go to the course's simulated one."""
import _interleave


class ClientResponse:
    def __init__(self, url, download):
        self.url = url
        self.status = 200
        self._size = int(download.bytes)

    async def read(self):
        return bytes(self._size)

    async def text(self):
        return f"<html><!-- {self._size} simulated bytes from {self.url} --></html>"

    def release(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


async def _fetch(url):
    return ClientResponse(url, await _interleave.download(url))


class _Request:
    """Awaitable, usable with \`async with\` and with \`yield from\`, like aiohttp's request."""

    def __init__(self, url):
        self._coro = _fetch(url)

    def __await__(self):
        return self._coro.__await__()

    __iter__ = __await__

    async def __aenter__(self):
        return await self._coro

    async def __aexit__(self, *exc):
        return False


def request(method, url, **kwargs):
    return _Request(url)


class ClientSession:
    def __init__(self, *args, **kwargs):
        pass

    def get(self, url, **kwargs):
        return _Request(url)

    async def close(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False
`,
  requests: `"""Stand-in for requests: a blocking get over the course's simulated network."""
import _interleave


class Response:
    def __init__(self, url, download):
        self.url = url
        self.status_code = 200
        self.content = bytes(int(download.bytes))


def get(url, **kwargs):
    return Response(url, _interleave.download_sync(url))
`,
  flags: `"""Stand-in for the parts of flags.py (Fluent Python, ch. 17) the slides don't show."""
import os
import sys
import time

POP20_CC = ('CN IN US ID BR PK NG BD RU JP '
            'MX PH VN ET EG DE IR TR CD FR').split()

BASE_URL = 'http://flupy.org/data/flags'
DEST_DIR = 'downloads/'


def save_flag(img, filename):
    os.makedirs(DEST_DIR, exist_ok=True)
    with open(os.path.join(DEST_DIR, filename), 'wb') as fp:
        fp.write(img)


def show(text):
    print(text, end=' ')
    sys.stdout.flush()


def main(download_many):
    t0 = time.time()
    count = download_many(POP20_CC)
    elapsed = time.time() - t0
    msg = '\\n{} flags downloaded in {:.2f}s'
    print(msg.format(count, elapsed))
`,
};

/** What a fence marked \`stand-in=flags\` runs around the seed's code: the file's imports before, its main() after. */
export const FENCE_STAND_INS: Record<string, { before: string; after: string }> = {
  flags: {
    before: "import asyncio\nimport aiohttp\nimport requests\nfrom flags import BASE_URL, POP20_CC, save_flag, show, main",
    after: "main(download_many)",
  },
};
