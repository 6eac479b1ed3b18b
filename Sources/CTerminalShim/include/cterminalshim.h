#ifndef CTERMINALSHIM_H
#define CTERMINALSHIM_H
/* Restores the terminal on every exit path: signal handlers and atexit live in C because a
   Swift closure must not run inside a signal handler. Used only by NCursesBackend. */

/// Claims the single curses screen of the process: 1 when claimed, 0 when already taken.
int ts_claim_screen(void);
/// Gives the screen back after delscreen.
void ts_release_screen(void);

/// Unblocks the signals a full-screen app needs (a mask inherited from a Dispatch thread
/// blocks SIGWINCH, SIGTERM and SIGHUP). Returns 0 on success.
int ts_unblock_signals(void);

/// Installs the handlers (once per process) and the atexit hook. With graceful != 0,
/// SIGINT, SIGTERM and SIGHUP only set a pending flag; if the app has not taken it within
/// grace_seconds, the terminal is restored and the signal re-raised. A second such signal,
/// and every fatal signal, restores the terminal at once and chains to the previous handler.
void ts_install_handlers(int graceful, unsigned grace_seconds);

/// Crash reports for the whole process (CLI and dashboard): a fatal signal restores the terminal,
/// writes a backtrace to `folder`/crash-<time>-<pid>.txt, prints `line` followed by that path on
/// stderr, and ends the process by the same signal, without Swift's interactive backtracer.
void ts_install_crash_handlers(const char *folder, const char *line);
/// Tells the handlers whether curses is running, so endwin is called at most once.
void ts_set_curses_active(int active);

/// The pending graceful signal number, or 0, leaving it pending.
int ts_peek_pending_signal(void);

/// The pending graceful signal number, or 0; taking it cancels the watchdog.
int ts_take_pending_signal(void);

/// 1 when standard input has hung up (the terminal went away), else 0.
int ts_input_hung_up(void);

/// Stops the process (job control), returning after SIGCONT.
void ts_stop_self(void);
#endif
