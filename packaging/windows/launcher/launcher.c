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
/* A GUI-subsystem process has no stderr: give Python a log file, so a failure can be shown. */
static HANDLE open_error_log(wchar_t *path, DWORD size) {
    wchar_t temp[MAX_PATH + 1];
    if (!GetTempPathW(MAX_PATH + 1, temp)) return INVALID_HANDLE_VALUE;
    _snwprintf(path, size, L"%lsgovinfo-desktop-%lu.log", temp, GetCurrentProcessId());
    SECURITY_ATTRIBUTES inherit = {sizeof(inherit), NULL, TRUE};
    HANDLE log = CreateFileW(path, GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit,
                             CREATE_ALWAYS, FILE_ATTRIBUTE_TEMPORARY, NULL);
    if (log != INVALID_HANDLE_VALUE) SetStdHandle(STD_ERROR_HANDLE, log);
    return log;
}

static void show_error_log(const wchar_t *path) {
    HANDLE log = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                             OPEN_EXISTING, 0, NULL);
    if (log == INVALID_HANDLE_VALUE) return;
    static char bytes[ERROR_LOG_MAX];
    static wchar_t text[ERROR_LOG_MAX + 200];
    DWORD size = GetFileSize(log, NULL), got = 0;
    if (size > ERROR_LOG_MAX - 1) SetFilePointer(log, -(LONG)(ERROR_LOG_MAX - 1), NULL, FILE_END);
    ReadFile(log, bytes, ERROR_LOG_MAX - 1, &got, NULL);
    CloseHandle(log);
    if (got == 0) return;
    int n = MultiByteToWideChar(CP_UTF8, 0, bytes, (int)got, text, ERROR_LOG_MAX);
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
    static wchar_t log_path[MAX_PATH + 64];
    HANDLE log = open_error_log(log_path, MAX_PATH + 64);
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
        CloseHandle(log);
        if (status != 0) show_error_log(log_path);
        DeleteFileW(log_path);
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
