#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE 1
#include <execinfo.h>
#include <fcntl.h>
#include <ncurses.h>
#include <sys/stat.h>
#include <time.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cterminalshim.h"

static volatile sig_atomic_t curses_active = 0;
static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t graceful_mode = 0;
static unsigned grace = 5;
static int installed = 0;
static struct sigaction previous[NSIG];
static int has_previous[NSIG];

static int screen_claimed = 0;

int ts_claim_screen(void) { return __atomic_exchange_n(&screen_claimed, 1, __ATOMIC_SEQ_CST) == 0; }

void ts_release_screen(void) { __atomic_store_n(&screen_claimed, 0, __ATOMIC_SEQ_CST); }

static const int soft_signals[] = {SIGINT, SIGTERM, SIGHUP};
static const int fatal_signals[] = {SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};

int ts_unblock_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    const int all[] = {SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGALRM,
                       SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
    for (unsigned i = 0; i < sizeof all / sizeof *all; i++) sigaddset(&set, all[i]);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

/* endwin is not async-signal-safe, but ncurses' own handlers do the same; a guarded single
   call is the accepted practice (htop's CRT.c). */
static void restore_terminal(void) {
    if (curses_active) {
        curses_active = 0;
        endwin();
    }
}

static void chain(int sig, const siginfo_t *info) {
    restore_terminal();
    if (has_previous[sig]) sigaction(sig, &previous[sig], NULL);
    else signal(sig, SIG_DFL);
    /* A real fault re-executes the faulting instruction on return, so the previous handler
       sees the genuine fault; a trap or sent signal must be re-raised. */
    int is_fault = sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE;
    if (is_fault && info && info->si_code > 0) return;
    raise(sig);
}

/* Crash reports. Swift's own backtracer, on a terminal, waits for a key for about 30 s while
   the screen is still in curses mode; smedash replaces it: restore the terminal first, write
   the backtrace to a file under the user's state folder, print one line naming it, and die by
   the same signal. Only async-signal-safe calls below (backtrace() is primed at install so it
   does not load libgcc inside the handler). */
static char crash_folder[1024];
static char crash_line[256];   /* "smedash: crashed; details in " or its Indonesian */
static int crash_enabled = 0;
static volatile sig_atomic_t crashing = 0;

static size_t put(char *out, size_t at, size_t cap, const char *text) {
    while (*text && at + 1 < cap) out[at++] = *text++;
    out[at] = 0;
    return at;
}

static size_t put_number(char *out, size_t at, size_t cap, unsigned long value) {
    char digits[24];
    int n = 0;
    do { digits[n++] = (char)('0' + value % 10); value /= 10; } while (value && n < 23);
    while (n > 0 && at + 1 < cap) out[at++] = digits[--n];
    out[at] = 0;
    return at;
}

static void write_all(int fd, const char *text, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, text, length);
        if (written <= 0) return;
        text += written;
        length -= (size_t)written;
    }
}

static void write_crash_report(int sig) {
    char path[1200];
    size_t at = put(path, 0, sizeof path, crash_folder);
    at = put(path, at, sizeof path, "/crash-");
    at = put_number(path, at, sizeof path, (unsigned long)time(NULL));
    at = put(path, at, sizeof path, "-");
    at = put_number(path, at, sizeof path, (unsigned long)getpid());
    put(path, at, sizeof path, ".txt");
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd >= 0) {
        char header[128];
        size_t h = put(header, 0, sizeof header, "smedash crashed: signal ");
        h = put_number(header, h, sizeof header, (unsigned long)sig);
        h = put(header, h, sizeof header, "\nbacktrace (addresses; symbolize with addr2line -e <binary>):\n");
        write_all(fd, header, h);
        void *frames[128];
        int count = backtrace(frames, 128);
        backtrace_symbols_fd(frames, count, fd);
        close(fd);
    }
    char line[1500];
    size_t l = put(line, 0, sizeof line, crash_line);
    l = put(line, l, sizeof line, fd >= 0 ? path : "-");
    l = put(line, l, sizeof line, " (signal ");
    l = put_number(line, l, sizeof line, (unsigned long)sig);
    l = put(line, l, sizeof line, ")\n");
    write_all(STDERR_FILENO, line, l);
}

static void on_fatal(int sig, siginfo_t *info, void *context) {
    (void)context;
    if (!crash_enabled) {
        chain(sig, info);
        return;
    }
    /* A second fault inside the report: just die, the terminal is already restored. */
    if (crashing) { signal(sig, SIG_DFL); raise(sig); return; }
    crashing = 1;
    restore_terminal();
    write_crash_report(sig);
    signal(sig, SIG_DFL);
    int is_fault = sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE;
    if (is_fault && info && info->si_code > 0) return;
    raise(sig);
}

static void install(int sig, void (*handler)(int, siginfo_t *, void *), int keep_ignored);

void ts_install_crash_handlers(const char *folder, const char *line) {
    if (crash_enabled) return;
    put(crash_folder, 0, sizeof crash_folder, folder);
    put(crash_line, 0, sizeof crash_line, line);
    void *prime[4];
    backtrace(prime, 4);
    for (unsigned i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++)
        install(fatal_signals[i], on_fatal, 0);
    crash_enabled = 1;
}

static void on_soft(int sig, siginfo_t *info, void *context) {
    (void)context;
    if (!graceful_mode || !curses_active || pending_signal != 0) {
        chain(sig, info);
        return;
    }
    pending_signal = sig;
    alarm(grace);
}

static void on_watchdog(int sig) {
    (void)sig;
    int pending = pending_signal;
    if (pending == 0) return;
    chain(pending, NULL);
}

static void at_exit(void) { restore_terminal(); }

static void install(int sig, void (*handler)(int, siginfo_t *, void *), int keep_ignored) {
    struct sigaction old;
    if (sigaction(sig, NULL, &old) != 0) return;
    if (keep_ignored && old.sa_handler == SIG_IGN) return;   /* e.g. SIGHUP under nohup */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    /* A second signal arriving while a handler restores the terminal waits until it is done,
       instead of killing the process with the alternate screen and mouse mode still on. */
    sigemptyset(&sa.sa_mask);
    for (unsigned i = 0; i < sizeof soft_signals / sizeof *soft_signals; i++) sigaddset(&sa.sa_mask, soft_signals[i]);
    for (unsigned i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++) sigaddset(&sa.sa_mask, fatal_signals[i]);
    if (sigaction(sig, &sa, &previous[sig]) == 0) has_previous[sig] = 1;
}

void ts_install_handlers(int graceful, unsigned grace_seconds) {
    graceful_mode = graceful ? 1 : 0;
    grace = grace_seconds > 0 ? grace_seconds : 1;
    if (installed) return;   /* a second install would record our own handler as "previous" */
    installed = 1;
    for (unsigned i = 0; i < sizeof soft_signals / sizeof *soft_signals; i++)
        install(soft_signals[i], on_soft, 1);
    if (!crash_enabled) {
        for (unsigned i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++)
            install(fatal_signals[i], on_fatal, 0);
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_watchdog;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    atexit(at_exit);
}

void ts_set_curses_active(int active) { curses_active = active ? 1 : 0; }

int ts_peek_pending_signal(void) { return pending_signal; }

int ts_take_pending_signal(void) {
    int sig = pending_signal;
    if (sig != 0) {
        alarm(0);
        pending_signal = 0;
    }
    return sig;
}

int ts_input_hung_up(void) {
    struct pollfd fd = {.fd = STDIN_FILENO, .events = POLLIN, .revents = 0};
    if (poll(&fd, 1, 0) < 0) return 0;
    return (fd.revents & (POLLHUP | POLLERR | POLLNVAL)) ? 1 : 0;
}

void ts_stop_self(void) { raise(SIGSTOP); }
