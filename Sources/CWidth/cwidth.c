#define _XOPEN_SOURCE 700
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include "cwidth.h"

int cw_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

static int is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

static int user_utf8 = 0;

int cw_user_locale_was_utf8(void) { return user_utf8; }

int cw_use_utf8_locale(void) {
    setlocale(LC_ALL, "");
    user_utf8 = is_utf8();
    if (user_utf8) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") && is_utf8()) return 1;
    return 0;
}
