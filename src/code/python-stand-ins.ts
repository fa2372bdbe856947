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
  async_timeout: `"""Stand-in for async_timeout (the API of 2017 the seed uses): cancels the block's task after \`delay\` s."""
import asyncio


class timeout:
    """Usable as \`with\` inside a coroutine (as the seed does) or as \`async with\`."""

    def __init__(self, delay):
        self._delay = delay
        self._handle = None
        self._expired = False

    def __enter__(self):
        task = asyncio.current_task()
        if self._delay is not None:
            self._handle = asyncio.get_running_loop().call_later(self._delay, self._expire, task)
        return self

    def _expire(self, task):
        self._expired = True
        task.cancel()

    def __exit__(self, exc_type, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
        if exc_type is asyncio.CancelledError and self._expired:
            raise asyncio.TimeoutError from None
        return False

    async def __aenter__(self):
        return self.__enter__()

    async def __aexit__(self, *exc):
        return self.__exit__(*exc)
`,
  gallery: `"""Stand-in for the seed's notebook gallery: prints each image's line instead of drawing it, and
serves the seed's ten images (names and sizes from its run) after the same delays as the TypeScript port."""
import asyncio

_IMAGES = {
    "Chehel_Sotoun_Inside%2C_Isfahan_Edit1.jpg": (15_283_554, 0.62),
    "IND-%28NethEastInd%29-1-Dutch_Administration-1_Gulden_%281815%29.jpg": (15_476_995, 0.85),
    "Il_Ballo2.jpg": (14_984_578, 0.78),
    "Lady_Elliott_Island_SVII.jpg": (15_193_424, 0.53),
    "Meripilus_giganteus_%28Karst_1882%29.jpg": (15_479_621, 1.26),
    "Pahit-Pahit_Manis_pamphlet_%28obverse%29.jpg": (14_541_999, 1.01),
    "Red_telephone_box%2C_St_Paul%27s_Cathedral%2C_London%2C_England%2C_GB%2C_IMG_5182_edit.jpg": (14_632_560, 0.70),
    "USS_Akron_%28ZRS-4%29_in_flight_over_Manhattan%2C_circa_1931-1933.jpg": (14_739_448, 0.41),
    "Wang_Ximeng._A_Thousand_Li_of_Rivers_and_Mountains._%28Complete%2C_51%2C3x191%2C5_cm%29._1113._Palace_museum%2C_Beijing.jpg": (14_724_731, 1.14),
    "Zaandam2.jpg": (14_784_640, 0.93),
}
_BASE = "https://upload.wikimedia.org/wikipedia/commons/"


class _Pixels:
    """As many bytes as the image, without holding 15 MB each in the page."""

    def __init__(self, size):
        self._size = size

    def __len__(self):
        return self._size


class ImageRecord:
    def __init__(self, name, pixels):
        self.name = name
        self.pixels = pixels


def get_sample_urls(size, count):
    """The seed's ten images (each about \`size\` bytes), in alphabetical order."""
    return [_BASE + name for name in sorted(_IMAGES)][:count]


class AsyncClient:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


async def fetch(client, url):
    name = url.rsplit("/", 1)[-1]
    size, delay = _IMAGES[name]
    await asyncio.sleep(delay)
    return ImageRecord(name, _Pixels(size))


class Gallery:
    def __init__(self, count):
        self.count = count
        self.size = 0

    def display(self):
        pass

    def update(self, i, pixels, name):
        self.size += len(pixels)
        print(f"({i + 1:2}) {len(pixels):_} bytes | {name}")
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

/**
 * What a fence marked \`with=<name>\` runs around the seed's code: what the slide leaves out before it
 * (flags: the file's imports; gallery: the notebook's earlier cells), and a driver after it (flags: its main()).
 */
export const FENCE_STAND_INS: Record<string, { before: string; after?: string }> = {
  gallery: {
    before: "import asyncio\nfrom gallery import AsyncClient, fetch, get_sample_urls",
  },
  flags: {
    before: "import asyncio\nimport aiohttp\nimport requests\nfrom flags import BASE_URL, POP20_CC, save_flag, show, main",
    after: "main(download_many)",
  },
};
