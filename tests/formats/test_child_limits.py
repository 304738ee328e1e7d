"""The reader child's memory cap: the Windows Job Object's structures (checked on any platform), the
calls it makes (with a stand-in kernel32), RLIMIT_AS on POSIX, and a cap that cannot be set."""

from __future__ import annotations

import ctypes
import logging
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from govinfo_desktop.formats.excel import child_job, child_limits
from govinfo_desktop.formats.excel.child_job import BasicLimitInformation, ExtendedLimitInformation
from govinfo_desktop.formats.excel.child_limits import limit_own_memory

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024
needs_64_bit = pytest.mark.skipif(ctypes.sizeof(ctypes.c_void_p) != 8, reason="64-bit layout")


@needs_64_bit
def test_structures_have_the_64_bit_windows_sdk_layout() -> None:
    """Sizes and offsets as mingw-w64's winnt.h gives them (printed by a probe run under Wine)."""
    assert ctypes.sizeof(BasicLimitInformation) == 64
    assert ctypes.sizeof(ExtendedLimitInformation) == 144
    basic = {
        name: getattr(BasicLimitInformation, name).offset
        for name, _ in BasicLimitInformation._fields_
    }
    assert basic == {
        "PerProcessUserTimeLimit": 0,
        "PerJobUserTimeLimit": 8,
        "LimitFlags": 16,
        "MinimumWorkingSetSize": 24,
        "MaximumWorkingSetSize": 32,
        "ActiveProcessLimit": 40,
        "Affinity": 48,
        "PriorityClass": 56,
        "SchedulingClass": 60,
    }
    extended = {
        name: getattr(ExtendedLimitInformation, name).offset
        for name, _ in ExtendedLimitInformation._fields_
    }
    assert extended == {
        "BasicLimitInformation": 0,
        "IoInfo": 64,
        "ProcessMemoryLimit": 112,
        "JobMemoryLimit": 120,
        "PeakProcessMemoryUsed": 128,
        "PeakJobMemoryUsed": 136,
    }


@needs_64_bit
def test_the_limits_set_only_the_process_memory_cap_and_no_crash_box() -> None:
    info = child_job.memory_limits(480 * MB)
    raw = bytes(info)
    assert int.from_bytes(raw[16:20], "little") == 0x100 | 0x400  # LimitFlags
    assert int.from_bytes(raw[112:120], "little") == 480 * MB  # ProcessMemoryLimit
    assert raw[:16] == bytes(16) and raw[20:112] == bytes(92) and raw[120:] == bytes(24)


class FakeKernel32:
    """kernel32 as child_job.hold_job uses it: records the calls; `keeps` says whether the limit reads back."""

    def __init__(self, fail: str = "", keeps: bool = True) -> None:
        self.fail, self.keeps = fail, keeps
        self.calls: list[tuple[Any, ...]] = []
        self.stored = ExtendedLimitInformation()

    def CreateJobObjectW(self, attributes: None, name: None) -> int:
        self.calls.append(("create", attributes, name))
        return 0 if self.fail == "create" else 0x38

    def SetInformationJobObject(self, job: int, kind: int, info: Any, size: int) -> int:
        self.calls.append(("set", job, kind, size))
        if self.keeps:
            ctypes.memmove(ctypes.byref(self.stored), info, size)
        return 0 if self.fail == "set" else 1

    def GetCurrentProcess(self) -> int:
        return -1

    def AssignProcessToJobObject(self, job: int, process: int) -> int:
        self.calls.append(("assign", job, process))
        return 0 if self.fail == "assign" else 1

    def QueryInformationJobObject(
        self, job: int, kind: int, info: Any, size: int, got: None
    ) -> int:
        self.calls.append(("query", job, kind, size))
        ctypes.memmove(info, ctypes.byref(self.stored), size)
        return 1


def _as_windows(monkeypatch: pytest.MonkeyPatch, kernel32: FakeKernel32) -> None:
    monkeypatch.setattr(child_limits, "_ON_WINDOWS", True)
    monkeypatch.setattr(child_job, "kernel32", lambda: kernel32)
    monkeypatch.setattr(child_job, "_job", None)


def test_windows_puts_the_process_into_a_job_with_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    kernel32 = FakeKernel32()
    _as_windows(monkeypatch, kernel32)
    assert limit_own_memory(480 * MB) is True
    assert kernel32.calls == [
        ("create", None, None),
        ("set", 0x38, 9, 144),  # JobObjectExtendedLimitInformation
        ("assign", 0x38, -1),  # this process (GetCurrentProcess's pseudo handle)
        ("query", 0x38, 9, 144),
    ]
    assert kernel32.stored.ProcessMemoryLimit == 480 * MB
    assert child_job._job == 0x38  # kept open: the job is the cap


@pytest.mark.parametrize("fail", ["create", "set", "assign"])
def test_a_failing_windows_call_is_logged_and_the_read_goes_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, fail: str
) -> None:
    kernel32 = FakeKernel32(fail=fail)
    _as_windows(monkeypatch, kernel32)
    with caplog.at_level(logging.WARNING):
        assert limit_own_memory(480 * MB) is False
    assert "内存上限未能设置" in caplog.text and "失败" in caplog.text
    assert ("query", 0x38, 9, 144) not in kernel32.calls


def test_a_job_that_keeps_no_limit_is_logged_like_wine(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Wine 8 accepts every call and reads back 0: not trusted, logged, the read goes on."""
    _as_windows(monkeypatch, FakeKernel32(keeps=False))
    with caplog.at_level(logging.WARNING):
        assert limit_own_memory(480 * MB) is False
    assert "读回 0 字节" in caplog.text


def test_posix_refusing_the_limit_is_logged_and_the_read_goes_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(kind: int, limits: tuple[int, int]) -> None:
        raise ValueError("not allowed to raise maximum limit")

    monkeypatch.setattr(resource, "setrlimit", refuse)
    with caplog.at_level(logging.WARNING):
        assert limit_own_memory(480 * MB) is False
    assert "not allowed" in caplog.text


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS")
def test_posix_caps_the_address_space_so_a_big_allocation_fails() -> None:
    code = (
        "import resource\n"
        "from govinfo_desktop.formats.excel.child_limits import limit_own_memory\n"
        "assert limit_own_memory(300 << 20)\n"
        "print(resource.getrlimit(resource.RLIMIT_AS)[0])\n"
        "try:\n    bytearray(400 << 20)\nexcept MemoryError:\n    print('MemoryError')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.split() == [str(300 << 20), "MemoryError"]
