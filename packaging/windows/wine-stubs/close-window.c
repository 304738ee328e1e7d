/* TEST ONLY (windows-smoke): asks every top-level window whose title contains the argument to close
 * (WM_CLOSE, as the title bar's × does); Wine 8's taskkill does not find the program by name. */
#include <windows.h>
#include <wchar.h>

static const wchar_t *wanted;
static int closed;

static BOOL CALLBACK close_matching(HWND window, LPARAM unused) {
    (void)unused;
    wchar_t title[512];
    if (IsWindowVisible(window) && GetWindowTextW(window, title, 512) > 0 && wcsstr(title, wanted)) {
        PostMessageW(window, WM_CLOSE, 0, 0);
        closed++;
    }
    return TRUE;
}

int wmain(int argc, wchar_t **argv) {
    if (argc != 2) return 2;
    wanted = argv[1];
    EnumWindows(close_matching, 0);
    return closed > 0 ? 0 : 1;
}
