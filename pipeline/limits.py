"""Limits on workers: a time limit per file, and workers that do not outlive the process that started them.

- `time_limit(seconds)`: raises FileTimeout inside the block once the time is up. On the main thread (the
  local engine's worker processes, a one-process ingest) by SIGALRM; on any other thread (a Dask worker
  runs tasks on a thread pool) by an asynchronous exception injected into that thread. Both arrive between
  Python bytecodes: a long call into C finishes first, which is why every stage is linear in the text.
  On a thread the exception is injected again every 0.1 s until the block is left (one delivered inside
  a weakref callback or a __del__ is printed as "Exception ignored" and lost), and never after it.
  FileTimeout is a BaseException, so the `except Exception` that turns a crash into an error row lets it
  through to the caller, which records the file as timed out.
- `die_with_parent()`: Linux delivers SIGKILL to this process when its parent dies (prctl
  PR_SET_PDEATHSIG); elsewhere a daemon thread watches the parent's pid. Worker processes call it first
  thing, so a `kill -9` of `reportfacts ingest` leaves no worker behind.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from contextlib import contextmanager

_PR_SET_PDEATHSIG = 1


class FileTimeout(BaseException):
    """A file took longer than the time limit (BaseException: no `except Exception` swallows it)."""


@contextmanager
def time_limit(seconds: float | None):
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _thread_alarm(seconds):
            yield


@contextmanager
def _alarm(seconds: float):
    def expire(signum, frame):
        raise FileTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_alarm(seconds: float, retry_every: float = 0.1, attempts: int = 50):
    tid = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}
    stop = threading.Event()

    def expire():
        if stop.wait(seconds):
            return
        # injected again and again: an exception delivered inside a weakref callback or a __del__ is
        # reported as unraisable and lost; one that is pending is simply replaced
        for _ in range(attempts):
            with lock:
                if state["done"]:
                    return
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(FileTimeout))
            if stop.wait(retry_every):
                return

    timer = threading.Thread(target=expire, name="file-timeout", daemon=True)
    timer.start()
    try:
        yield
    finally:
        state["done"] = True  # first, and no call: the timer injects nothing once it sees this (under its lock)
        stop.set()
        with lock:
            if state["fired"]:  # one injected just before: take it back unless it is being delivered already
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), None)


def die_with_parent(parent_pid: int | None = None) -> None:
    """Make this process exit when its parent does (call it first thing in a worker process)."""
    parent_pid = parent_pid or os.getppid()
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent_pid:  # the parent died before the prctl: too late for the signal
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    _watch_parent(parent_pid)


def _watch_parent(parent_pid: int, interval: float = 0.5) -> None:
    def watch():
        while True:
            if os.getppid() != parent_pid:
                os._exit(1)
            time.sleep(interval)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
