"""Starts a Python server without paying its imports each time (the test suite's, not the corpus's).

pypi's `mcp` builds its pydantic models of both protocol eras when imported: about 0.5 CPU s of a
0.6-s start, and the published corpus starts its server some seventy times a run. A warm server
imports the SDK once, then forks a fresh process for each start, so each run still gets a server
process of its own, with nothing from another run in it, running the script unmodified.

  python warm_start.py serve SOCKET MODULE...   import MODULEs, then serve starts on SOCKET
  python -S warm_start.py run SOCKET SCRIPT ARGS...   start `python SCRIPT ARGS...` through it

`run` hands its own stdin, stdout and stderr to the warm server (SCM_RIGHTS), which forks a
sitter that forks the server's process: that process takes them as its 0, 1 and 2, the caller's
working folder, environment and argv, and runs SCRIPT as `__main__`. `run` waits for its exit
status and exits the same way (a signal it gets is passed on first). With no warm server at
SOCKET, `run` starts the script itself (a cold start), so a command line written by a run stays
runnable. The warm server ends when its parent goes or after IDLE_S without a start.
"""

import json
import os
import signal
import socket
import sys

IDLE_S = 600
FDS = (0, 1, 2)


def serve(path, modules):
    import importlib

    for name in modules:
        importlib.import_module(name)
    parent = os.getppid()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(64)
    listener.settimeout(1.0)
    # The sitters are reaped by the kernel: this process never waits on one.
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    idle = 0.0
    while idle < IDLE_S and os.getppid() == parent:
        try:
            conn, _ = listener.accept()
        except socket.timeout:
            idle += 1.0
            continue
        idle = 0.0
        conn.settimeout(None)
        try:
            request, fds = receive(conn)
        except (OSError, ValueError) as e:
            sys.stderr.write(f"warm_start: a bad request: {e}\n")
            conn.close()
            continue
        if os.fork() == 0:
            try:
                listener.close()
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                sit(conn, request, fds)
            finally:
                os._exit(0)
        conn.close()
        for fd in fds:
            os.close(fd)


def receive(conn):
    """The request (one JSON line) and the three descriptors that came with it."""
    data, fds, _, _ = socket.recv_fds(conn, 1 << 20, len(FDS))
    while not data.endswith(b"\n"):
        more = conn.recv(1 << 20)
        if not more:
            raise ValueError("the request ended early")
        data += more
    if len(fds) != len(FDS):
        raise ValueError(f"{len(fds)} descriptors, not {len(FDS)}")
    return json.loads(data), fds


def sit(conn, request, fds):
    """Forks the server's process, tells the caller its pid and then its exit status."""
    pid = os.fork()
    if pid == 0:
        conn.close()
        become(request, fds)
    for fd in fds:
        os.close(fd)
    try:
        conn.sendall(f"pid {pid}\n".encode())
    except OSError:
        pass  # the caller went: the server still ends at its stdin's end
    _, status = os.waitpid(pid, 0)
    try:
        conn.sendall(f"exit {os.waitstatus_to_exitcode(status)}\n".encode())
    except OSError:
        pass


def become(request, fds):
    """Runs the script as `python SCRIPT ARGS...` would, in this forked process."""
    import runpy
    import traceback

    for target, fd in zip(FDS, fds):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    script = request["argv"][0]
    sys.argv = list(request["argv"])
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    code = 0
    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit as e:
        code = exit_code(e.code)
    except BaseException:
        traceback.print_exc()
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        pass
    os._exit(code)


def exit_code(value):
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    sys.stderr.write(f"{value}\n")
    return 1


def run(path, argv):
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(path)
    except OSError:
        os.execv(sys.executable, [sys.executable, *argv])
    request = {"argv": argv, "cwd": os.getcwd(), "env": dict(os.environ)}
    socket.send_fds(conn, [json.dumps(request).encode() + b"\n"], list(FDS))
    # The server has its own copies now: this process keeps none, so the caller sees the server's
    # end of each stream as its end.
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1):
        os.dup2(null, fd)
    lines = conn.makefile("r")
    first = lines.readline().split()
    if len(first) != 2 or first[0] != "pid":
        sys.stderr.write("warm_start: the warm server did not start the script\n")
        os._exit(1)
    pid = int(first[1])
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, lambda s, _frame: os.kill(pid, s))
    last = lines.readline().split()
    if len(last) != 2 or last[0] != "exit":
        sys.stderr.write("warm_start: the warm server went before the script ended\n")
        os._exit(1)
    code = int(last[1])
    if code < 0:
        signal.signal(-code, signal.SIG_DFL)
        os.kill(os.getpid(), -code)
    os._exit(code)


if __name__ == "__main__":
    mode, path, *rest = sys.argv[1:]
    if mode == "serve":
        serve(path, rest)
    elif mode == "run":
        run(path, rest)
    else:
        sys.stderr.write(f"warm_start: unknown mode {mode!r} (serve or run)\n")
        sys.exit(2)
