/* TEST ONLY (windows-smoke, never in the installer): Wine 8.0 has no icuuc.dll; Qt6Core imports the
 * ucnv_* converter functions for legacy text codecs, which the program never uses. Every converter
 * lookup fails cleanly (U_FILE_ACCESS_ERROR), as for an unknown codec. */
#include <stddef.h>
#define STUB(name) __declspec(dllexport) void *name(void) { return NULL; }

__declspec(dllexport) void *ucnv_open(const char *name, int *error) {
    (void)name;
    if (error) *error = 4;
    return NULL;
}
__declspec(dllexport) int ucnv_countAvailable(void) { return 0; }
STUB(ucnv_close)
STUB(UCNV_FROM_U_CALLBACK_SUBSTITUTE)
STUB(UCNV_TO_U_CALLBACK_SUBSTITUTE)
STUB(ucnv_reset)
STUB(ucnv_getMaxCharSize)
STUB(ucnv_getName)
STUB(ucnv_getToUCallBack)
STUB(ucnv_getFromUCallBack)
STUB(ucnv_setToUCallBack)
STUB(ucnv_setFromUCallBack)
STUB(ucnv_cbToUWriteUChars)
STUB(ucnv_toUnicode)
STUB(ucnv_cbFromUWriteUChars)
STUB(ucnv_toUCountPending)
STUB(ucnv_fromUCountPending)
STUB(ucnv_getStandardName)
STUB(ucnv_getAvailableName)
STUB(ucnv_fromUnicode)
