"""The Windows reader child in a Job Object of its own whose ProcessMemoryLimit caps its committed
memory: an allocation beyond it fails (Python raises MemoryError, Rust aborts the child). The job nests
inside any job the parent is in (Windows 8 and later). ctypes only, and only imported on Windows; the
structures are plain ctypes and are defined (and their layout tested) everywhere.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

_EXTENDED_LIMITS = 9  # JOBOBJECTINFOCLASS JobObjectExtendedLimitInformation
JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x100
# The job also stops Windows Error Reporting's "stopped working" box for a reader that crashes: the
# parent's refusal is the only message the clerk should see.
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x400
LIMIT_FLAGS = JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION


class BasicLimitInformation(ctypes.Structure):
    """JOBOBJECT_BASIC_LIMIT_INFORMATION (winnt.h); plain ctypes types, so it is defined everywhere."""

    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_int64),  # LARGE_INTEGER
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", ctypes.c_uint32),  # DWORD
        ("MinimumWorkingSetSize", ctypes.c_size_t),  # SIZE_T
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t),  # ULONG_PTR
        ("PriorityClass", ctypes.c_uint32),
        ("SchedulingClass", ctypes.c_uint32),
    ]


class IoCounters(ctypes.Structure):
    """IO_COUNTERS: six ULONGLONG."""

    _fields_ = [
        (name, ctypes.c_uint64)
        for name in (
            "ReadOperationCount",
            "WriteOperationCount",
            "OtherOperationCount",
            "ReadTransferCount",
            "WriteTransferCount",
            "OtherTransferCount",
        )
    ]


class ExtendedLimitInformation(ctypes.Structure):
    """JOBOBJECT_EXTENDED_LIMIT_INFORMATION: 144 bytes on 64-bit Windows, ProcessMemoryLimit at 112."""

    _fields_ = [
        ("BasicLimitInformation", BasicLimitInformation),
        ("IoInfo", IoCounters),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]


def memory_limits(limit: int) -> ExtendedLimitInformation:
    """The job limits that cap each process of the job at `limit` bytes of committed memory."""
    info = ExtendedLimitInformation()
    info.BasicLimitInformation.LimitFlags = LIMIT_FLAGS
    info.ProcessMemoryLimit = limit
    return info


_job: int | None = None  # the job's handle, open for the process's life


def hold_job(kernel32: Any, limit: int) -> int:
    """Puts this process into a new job limited to `limit` bytes per process; the job's handle."""
    global _job  # noqa: PLW0603 - the one handle, kept so that nothing closes the job early
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        raise _windows_error("CreateJobObjectW")
    info = memory_limits(limit)
    size = ctypes.sizeof(info)
    if not kernel32.SetInformationJobObject(job, _EXTENDED_LIMITS, ctypes.byref(info), size):
        raise _windows_error("SetInformationJobObject")
    if not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
        raise _windows_error("AssignProcessToJobObject")
    _job = job
    # Wine 8 accepts all three calls but keeps no limit (reads back 0, enforces none): say so.
    back = job_limits(kernel32, job)
    flags = back.BasicLimitInformation.LimitFlags
    if back.ProcessMemoryLimit != limit or not flags & JOB_OBJECT_LIMIT_PROCESS_MEMORY:
        raise OSError(
            f"作业对象未保留内存上限（读回 {back.ProcessMemoryLimit} 字节，标志 {flags:#x}）"
        )
    return int(job)


def job_limits(kernel32: Any, job: int) -> ExtendedLimitInformation:
    """The limits of `job` as Windows reports them back (for the checks under Wine and Windows)."""
    info = ExtendedLimitInformation()
    size = ctypes.sizeof(info)
    if not kernel32.QueryInformationJobObject(
        job, _EXTENDED_LIMITS, ctypes.byref(info), size, None
    ):
        raise _windows_error("QueryInformationJobObject")
    return info


def _windows_error(call: str) -> OSError:
    code = 0
    if sys.platform == "win32":
        code = ctypes.get_last_error()
    return OSError(f"{call} 失败（Windows 错误码 {code}）")


def kernel32() -> Any:
    """kernel32 with the argument and result types of the job calls (a HANDLE is 64 bits wide)."""
    if sys.platform != "win32":
        raise OSError("Job Objects exist only on Windows")
    from ctypes import wintypes  # noqa: PLC0415

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle, dword, pointer = wintypes.HANDLE, wintypes.DWORD, ctypes.c_void_p
    calls = {
        "CreateJobObjectW": ([pointer, wintypes.LPCWSTR], handle),
        "SetInformationJobObject": ([handle, ctypes.c_int, pointer, dword], wintypes.BOOL),
        "QueryInformationJobObject": (
            [handle, ctypes.c_int, pointer, dword, ctypes.POINTER(dword)],
            wintypes.BOOL,
        ),
        "AssignProcessToJobObject": ([handle, handle], wintypes.BOOL),
        "GetCurrentProcess": ([], handle),
    }
    for name, (arguments, result) in calls.items():
        function = getattr(kernel32, name)
        function.argtypes, function.restype = arguments, result
    return kernel32
