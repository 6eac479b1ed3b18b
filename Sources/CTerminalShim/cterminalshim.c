#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE 1
#include <ncurses.h>
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
       (Swift's backtracer) sees the genuine fault; a trap or sent signal must be re-raised. */
    int is_fault = sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE;
    if (is_fault && info && info->si_code > 0) return;
    raise(sig);
}

static void on_fatal(int sig, siginfo_t *info, void *context) {
    (void)context;
    chain(sig, info);
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
    sigemptyset(&sa.sa_mask);
    if (sigaction(sig, &sa, &previous[sig]) == 0) has_previous[sig] = 1;
}

void ts_install_handlers(int graceful, unsigned grace_seconds) {
    graceful_mode = graceful ? 1 : 0;
    grace = grace_seconds > 0 ? grace_seconds : 1;
    if (installed) return;   /* a second install would record our own handler as "previous" */
    installed = 1;
    for (unsigned i = 0; i < sizeof soft_signals / sizeof *soft_signals; i++)
        install(soft_signals[i], on_soft, 1);
    for (unsigned i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++)
        install(fatal_signals[i], on_fatal, 0);
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
