/* TEST ONLY (windows-smoke, never in the installer): stands in for Wine 8.0's mscms.dll for the
 * program alone (a per-application DllOverride), because Wine's WcsCreateIccProfile does not work and
 * the qwindows plugin calls it for the screen's colour profile. No profile: Qt assumes sRGB. */
#include <windows.h>

__declspec(dllexport) HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share,
                                                      DWORD creation) {
    (void)profile; (void)access; (void)share; (void)creation;
    SetLastError(ERROR_FILE_NOT_FOUND);
    return NULL;
}
__declspec(dllexport) BOOL WINAPI CloseColorProfile(HANDLE profile) { (void)profile; return TRUE; }
__declspec(dllexport) BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buffer,
                                                            DWORD *size) {
    (void)profile; (void)buffer; (void)size;
    return FALSE;
}
__declspec(dllexport) HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD options) {
    (void)profile; (void)options;
    return NULL;
}
