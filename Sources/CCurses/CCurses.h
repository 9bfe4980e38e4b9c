// The part of ncurses (wide-character build) that converge's terminal backend uses,
// with small shims for what Swift cannot import: C globals (Swift 6 refuses to read
// them), attribute macros, KEY_F(n), the "absent capability" pointer, a variadic
// ioctl, and the signal handler that gives the terminal back on a crash.
#ifndef CONVERGE_CCURSES_H
#define CONVERGE_CCURSES_H

// Both before ncurses.h: without them there is no cchar_t, get_wch or setcchar.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>

// term.h defines macros named like capabilities (lines, columns, bell, …): no name
// below may be one.

// Glibc's module hides wcwidth from Swift.
extern int wcwidth(wchar_t character);

static inline WINDOW *cc_stdscr(void) { return stdscr; }
static inline WINDOW *cc_curscr(void) { return curscr; }
static inline int cc_lines(void) { return LINES; }
static inline int cc_cols(void) { return COLS; }
static inline int cc_colors(void) { return COLORS; }
static inline int cc_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t cc_a_normal(void) { return A_NORMAL; }
static inline attr_t cc_a_bold(void) { return A_BOLD; }
static inline attr_t cc_a_dim(void) { return A_DIM; }
static inline attr_t cc_a_italic(void) { return A_ITALIC; }
static inline attr_t cc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cc_a_reverse(void) { return A_REVERSE; }

static inline int cc_key_f(int number) { return KEY_F(number); }

static inline int cc_wcwidth(wchar_t character) { return wcwidth(character); }

/// The codeset of the current LC_CTYPE locale ("UTF-8", "ANSI_X3.4-1968", …).
static inline const char *cc_codeset(void) { return nl_langinfo(CODESET); }

/// A new screen on standard output and input (newterm, not initscr: initscr exits
/// the process when TERM is unknown; newterm returns NULL).
static inline SCREEN *cc_newterm(void) { return newterm(NULL, stdout, stdin); }

/// Whether `term` names a terminal that can move the cursor, read from terminfo
/// without writing anything: 0 yes, 1 unknown terminal, 2 no cursor addressing (cup).
static inline int cc_check_terminal(const char *term) {
    int error = 0;
    if (setupterm(term, STDOUT_FILENO, &error) != OK) return 1;
    char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return usable ? 0 : 2;
}

/// The size of the terminal on standard output, from the kernel; 0 when unknown.
static inline void cc_window_size(int *out_rows, int *out_columns) {
    struct winsize size;
    memset(&size, 0, sizeof size);
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) memset(&size, 0, sizeof size);
    *out_rows = size.ws_row;
    *out_columns = size.ws_col;
}

/// Gives the terminal back, then lets the signal do what it would have done (end
/// the process, with a core for a crash): the handler resets itself (SA_RESETHAND)
/// and the re-raised signal arrives when it returns.
static inline void cc_restore_and_reraise(int signal_number) {
    endwin();
    raise(signal_number);
}

/// Installs `cc_restore_and_reraise` for hang-up, interrupt, termination and the
/// crash signals; `cc_default_signals` puts the default actions back.
static inline void cc_install_restoring_signals(void) {
    const int signals[] = { SIGHUP, SIGINT, SIGTERM, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP };
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cc_restore_and_reraise;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaction(signals[i], &action, NULL);
}

/// While another program has the terminal (`$EDITOR`), Ctrl-C and Ctrl-\ are its
/// business: converge ignores them, as system() does, until `cc_install_restoring_signals`.
static inline void cc_ignore_interrupts(void) {
    signal(SIGINT, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
}

static inline void cc_default_signals(void) {
    const int signals[] = { SIGHUP, SIGINT, SIGTERM, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP };
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) signal(signals[i], SIG_DFL);
}

#endif
