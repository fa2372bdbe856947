import { describe, expect, it } from "vitest";
import { pythonNotes } from "./python-notes";

describe("pythonNotes", () => {
  it("says plainly that run_in_executor has no thread to run in", () => {
    expect(pythonNotes("await loop.run_in_executor(None, time.sleep, 4)")[0]).toMatch(/no threads or processes/);
  });
  it("names the stand-in for @asyncio.coroutine", () => {
    expect(pythonNotes("@asyncio.coroutine\ndef countdown(): ...")[0]).toMatch(/stand-in/);
  });
  it("marks Python 2 as not runnable", () => {
    expect(pythonNotes("print url, 'OK'\nprint 'hi'")[0]).toMatch(/Python 2/);
  });
  it("has nothing to say about plain Python 3", () => {
    expect(pythonNotes("print(next(iterator))")).toEqual([]);
  });
});

describe("pythonNotes on the flags seeds", () => {
  it("warns that asyncio.wait no longer takes a list of coroutines, but not a list of tasks", () => {
    expect(pythonNotes("task_list = [download_one(cc) for cc in cc_list]\nsuper_task = asyncio.wait(task_list)").join()).toMatch(/refuses bare coroutines/);
    expect(pythonNotes("tasks = [\n    asyncio.ensure_future(countdown('A', 2))]\nloop.run_until_complete(asyncio.wait(tasks))").join()).not.toMatch(/refuses/);
  });
  it("says the network is a stand-in", () => {
    expect(pythonNotes("resp = await aiohttp.request('GET', url)").join()).toMatch(/stand-ins/);
  });
});

describe("pythonNotes on servers and databases", () => {
  it("says a server or a database cannot run in the sandbox", () => {
    expect(pythonNotes("server = await asyncio.start_server(echo_server, host, port)").join()).toMatch(/socket/);
    expect(pythonNotes("import aiopg").join()).toMatch(/PostgreSQL/);
  });
});
