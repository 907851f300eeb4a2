/* For the Wine check only (packaging/check-windows.sh); never shipped.
 *
 * Rust's standard library draws random numbers on Windows 10 and later with ProcessPrng
 * from bcryptprimitives.dll, which every Windows 10 and 11 has. Wine 8 (Debian 12's) has no
 * such DLL, so haven.exe would not start under it. This stand-in gives ProcessPrng from
 * Windows' older RtlGenRandom (advapi32's SystemFunction036), which Wine has, and is put
 * into the check's throwaway Wine prefix when that Wine lacks the DLL. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG n = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, n))
            return FALSE;
        data += n;
        length -= n;
    }
    return TRUE;
}
