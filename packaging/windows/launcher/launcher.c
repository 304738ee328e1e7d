/* The program's own .exe: loads runtime\python312.dll from its folder and runs
 * `-I -m govinfo_desktop <args>` in-process (so Task Manager, the taskbar and the file association
 * show GovInfo Desktop, not python.exe). Built twice: GUI subsystem (-DGOVINFO_GUI, errors in a
 * MessageBox) and console subsystem (the headless commands). */
#define WIN32_LEAN_AND_MEAN
#ifndef UNICODE
#define UNICODE
#endif
#ifndef _UNICODE
#define _UNICODE
#endif
#include <windows.h>
#include <shellapi.h>
#include <stdint.h>
#include <stdlib.h>
#include <wchar.h>

typedef int(__cdecl *py_main_fn)(int, wchar_t **);

static const wchar_t *const PREFIX[] = {L"-I", L"-m", L"govinfo_desktop"};
#define PREFIX_COUNT (sizeof(PREFIX) / sizeof(PREFIX[0]))
#define ERROR_LOG_MAX 4000

static void report(const wchar_t *message) {
#ifdef GOVINFO_GUI
    MessageBoxW(NULL, message, L"政务公开年报统计表填报助手", MB_OK | MB_ICONERROR);
#else
    HANDLE err = GetStdHandle(STD_ERROR_HANDLE);
    DWORD written, mode;
    if (err != INVALID_HANDLE_VALUE && GetConsoleMode(err, &mode)) {
        WriteConsoleW(err, message, (DWORD)wcslen(message), &written, NULL);
        WriteConsoleW(err, L"\r\n", 2, &written, NULL);
    } else {
        char utf8[4 * 1024];
        int n = WideCharToMultiByte(CP_UTF8, 0, message, -1, utf8, sizeof(utf8) - 2, NULL, NULL);
        if (n > 0) {
            utf8[n - 1] = '\n';
            WriteFile(err, utf8, (DWORD)n, &written, NULL);
        }
    }
#endif
}

/* The folder this .exe lives in, without the trailing backslash. */
static int exe_folder(wchar_t *out, DWORD size) {
    DWORD n = GetModuleFileNameW(NULL, out, size);
    if (n == 0 || n >= size) return 0;
    wchar_t *slash = wcsrchr(out, L'\\');
    if (slash == NULL) return 0;
    *slash = L'\0';
    return 1;
}

#ifdef GOVINFO_GUI
/* A GUI-subsystem process has no stderr: Python gets a temporary file instead, read back to show a
 * failure. DELETE_ON_CLOSE: the file goes however the process ends. */
static HANDLE open_error_log(void) {
    wchar_t temp[MAX_PATH + 1], path[MAX_PATH + 64];
    if (!GetTempPathW(MAX_PATH + 1, temp)) return INVALID_HANDLE_VALUE;
    _snwprintf(path, MAX_PATH + 64, L"%lsgovinfo-desktop-%lu.log", temp, GetCurrentProcessId());
    HANDLE log = CreateFileW(path, GENERIC_READ | GENERIC_WRITE,
                             FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
                             CREATE_ALWAYS, FILE_ATTRIBUTE_TEMPORARY | FILE_FLAG_DELETE_ON_CLOSE,
                             NULL);
    return log;
}

/* Points the C runtime's fd 2 (which Python's sys.stderr wraps) at the log. The UCRT is loaded with
 * python312.dll and may already have taken its std handles from the parent, hence _dup2 and not
 * SetStdHandle alone. */
typedef int(__cdecl *open_osfhandle_fn)(intptr_t, int);
typedef int(__cdecl *dup2_fn)(int, int);

static void redirect_stderr(HANDLE log) {
    HMODULE crt = GetModuleHandleW(L"ucrtbase.dll");
    if (crt == NULL || log == INVALID_HANDLE_VALUE) return;
    open_osfhandle_fn open_osfhandle =
        (open_osfhandle_fn)(void (*)(void))GetProcAddress(crt, "_open_osfhandle");
    dup2_fn dup2 = (dup2_fn)(void (*)(void))GetProcAddress(crt, "_dup2");
    HANDLE copy;
    if (open_osfhandle == NULL || dup2 == NULL ||
        !DuplicateHandle(GetCurrentProcess(), log, GetCurrentProcess(), &copy, 0, FALSE,
                         DUPLICATE_SAME_ACCESS))
        return;
    SetStdHandle(STD_ERROR_HANDLE, copy);
    int fd = open_osfhandle((intptr_t)copy, 0x8000 /* _O_BINARY */);
    if (fd >= 0 && fd != 2) dup2(fd, 2);
}

/* The end of what Python wrote to stderr (the traceback or the usage error), in a MessageBox. */
static void show_error_log(HANDLE log) {
    static char bytes[ERROR_LOG_MAX];
    static wchar_t text[ERROR_LOG_MAX + 1];
    DWORD size = GetFileSize(log, NULL), got = 0;
    LONG from = size > ERROR_LOG_MAX - 1 ? (LONG)(size - (ERROR_LOG_MAX - 1)) : 0;
    SetFilePointer(log, from, NULL, FILE_BEGIN);
    if (!ReadFile(log, bytes, ERROR_LOG_MAX - 1, &got, NULL) || got == 0) return;
    int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, bytes, (int)got, text, ERROR_LOG_MAX);
    if (n <= 0) n = MultiByteToWideChar(CP_ACP, 0, bytes, (int)got, text, ERROR_LOG_MAX);
    text[n > 0 ? n : 0] = L'\0';
    report(text);
}
#endif

static int run(void) {
    static wchar_t folder[32768], dll[32768];
    if (!exe_folder(folder, 32768)) {
        report(L"无法确定程序所在的文件夹。");
        return 2;
    }
    _snwprintf(dll, 32768, L"%ls\\runtime\\python312.dll", folder);
#ifdef GOVINFO_GUI
    HANDLE log = open_error_log();
#endif
    /* ALTERED_SEARCH_PATH: python312.dll's own dependencies (vcruntime140.dll) come from runtime\. */
    HMODULE python = LoadLibraryExW(dll, NULL, LOAD_WITH_ALTERED_SEARCH_PATH);
    if (python == NULL) {
        static wchar_t message[33000];
        _snwprintf(message, 33000, L"无法加载 %ls（错误码 %lu）。\r\n请重新安装本程序。", dll,
                   GetLastError());
        report(message);
        return 2;
    }
#ifdef GOVINFO_GUI
    redirect_stderr(log);
#endif
    py_main_fn py_main = (py_main_fn)(void (*)(void))GetProcAddress(python, "Py_Main");
    if (py_main == NULL) {
        report(L"runtime\\python312.dll 不完整（缺少 Py_Main）。请重新安装本程序。");
        return 2;
    }
    int argc = 0;
    wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (argv == NULL || argc < 1) {
        report(L"无法读取命令行。");
        return 2;
    }
    wchar_t **args = calloc((size_t)argc + PREFIX_COUNT + 1, sizeof(wchar_t *));
    if (args == NULL) return 2;
    int count = 0;
    args[count++] = argv[0];
    for (size_t i = 0; i < PREFIX_COUNT; i++) args[count++] = (wchar_t *)PREFIX[i];
    for (int i = 1; i < argc; i++) args[count++] = argv[i];
    int status = py_main(count, args);
#ifdef GOVINFO_GUI
    if (log != INVALID_HANDLE_VALUE) {
        if (status != 0) show_error_log(log);
        CloseHandle(log);
    }
#endif
    return status;
}

#ifdef GOVINFO_GUI
int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, LPWSTR command_line, int show) {
    (void)instance; (void)previous; (void)command_line; (void)show;
    return run();
}
#else
int wmain(int argc, wchar_t **argv) {
    (void)argc; (void)argv; /* the exact command line is re-split by CommandLineToArgvW */
    return run();
}
#endif
