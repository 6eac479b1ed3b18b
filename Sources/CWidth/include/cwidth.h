#ifndef CWIDTH_H
#define CWIDTH_H
/// Display width of one Unicode scalar as glibc (and so ncurses) measures it: -1 for control
/// characters, 0 for combining marks, 2 for wide CJK and most emoji.
int cw_wcwidth(unsigned int scalar);
/// Switches LC_CTYPE to a UTF-8 locale (the user's, else C.UTF-8); returns 1 when UTF-8 is active.
int cw_use_utf8_locale(void);
/// 1 when the user's own locale (before any fallback) was UTF-8; 0 means the terminal may not
/// show Unicode lines, so the caller should draw with ASCII.
int cw_user_locale_was_utf8(void);
#endif
