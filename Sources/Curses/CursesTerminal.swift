import CCurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MergeUI

/// The ncurses backend: shows a `Screen` by writing only the cells that changed since
/// the last one, and reads keys. The only code in converge that draws on a terminal.
///
/// `open` checks everything before writing a byte (a terminal on both ends, a `TERM`
/// that can move the cursor, room for 60×16), and from then on the terminal is given
/// back on `close`, at exit, and on a fatal signal (hang-up, interrupt, termination,
/// crash: `endwin`, then the signal's own action).
public final class CursesTerminal: TerminalDevice {
    public private(set) var width: Int
    public private(set) var height: Int
    /// How many colours the theme's colours are stepped down to.
    public let depth: ColorDepth
    private var palette: CursesPalette
    /// What the terminal shows now; nil after a resume, when all must be written again.
    private var shown: Screen?
    private let handle: OpaquePointer
    private var isOpen = true

    private init(handle: OpaquePointer, palette: CursesPalette) {
        self.handle = handle
        self.palette = palette
        depth = palette.depth
        width = Int(getmaxx(cc_stdscr()))
        height = Int(getmaxy(cc_stdscr()))
    }

    deinit { close() }

    /// Takes the terminal for the interface.
    /// - Parameter theme: at full colour; it is stepped to the terminal's depth here.
    /// - Parameter instead: what the error message suggests running instead.
    /// - Throws: `TerminalUnavailable` with one line saying why, before anything is written.
    public static func open(theme: Theme, instead: String = TerminalCheck.migrationAlternative) throws(TerminalUnavailable) -> CursesTerminal {
        let term = getenv("TERM").map { String(cString: $0) }
        if let reason = TerminalCheck.problem(inputIsTerminal: isatty(0) == 1, outputIsTerminal: isatty(1) == 1, term: term) {
            throw TerminalUnavailable(reason: reason, instead: instead)
        }
        let name = term ?? ""
        if let reason = TerminalCheck.problem(term: name, terminfoStatus: cc_check_terminal(name)) {
            throw TerminalUnavailable(reason: reason, instead: instead)
        }
        var rows: Int32 = 0, columns: Int32 = 0
        cc_window_size(&rows, &columns)
        if let reason = TerminalCheck.problem(columns: Int(columns), rows: Int(rows)) {
            throw TerminalUnavailable(reason: reason, instead: instead)
        }
        useUTF8Locale()
        guard let handle = cc_newterm() else {
            throw TerminalUnavailable(reason: "ncurses cannot start on TERM=\(name)", instead: instead)
        }
        if let reason = TerminalCheck.problem(columns: Int(cc_cols()), rows: Int(cc_lines())) {
            endwin()
            delscreen(handle)
            throw TerminalUnavailable(reason: reason, instead: instead)
        }
        cc_install_restoring_signals()
        let palette = setUp(theme: theme)
        return CursesTerminal(handle: handle, palette: palette)
    }

    /// Gives the terminal back as it was; safe to call twice.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
        delscreen(handle)
        cc_default_signals()
    }

    /// Writes the cells that differ from the last screen shown (all of them after a
    /// resize or a resume), then refreshes once.
    public func show(_ given: Screen) {
        guard isOpen else { return }
        let screen = Self.fitting(given)
        let window = cc_stdscr()
        let previous = shown.flatMap { $0.width == screen.width && $0.height == screen.height ? $0 : nil }
        if previous == nil { werase(window) }
        let columns = min(screen.width, Int(getmaxx(window)))
        for y in 0..<min(screen.height, Int(getmaxy(window))) {
            for x in 0..<columns where !screen[x, y].isContinuation {
                if let previous, !changed(screen, previous, x: x, y: y) { continue }
                draw(screen[x, y], x: x, y: y, in: window)
            }
        }
        wrefresh(window)
        shown = screen
    }

    /// `screen`, or when the terminal was made smaller than the interface can draw, a
    /// screen that says so (the views need 60×16; below that they would be cut anywhere).
    static func fitting(_ screen: Screen) -> Screen {
        guard let reason = TerminalCheck.problem(columns: screen.width, rows: screen.height) else { return screen }
        var notice = Screen(width: screen.width, height: screen.height)
        var lines: [String] = []
        for word in (reason + ": make the window larger").split(separator: " ") {
            if let last = lines.last, DisplayWidth.of(last) + 1 + DisplayWidth.of(word) <= screen.width {
                lines[lines.count - 1] += " " + word
            } else {
                lines.append(String(word))
            }
        }
        for (y, line) in lines.enumerated() { notice.put(line, x: 0, y: y, style: CellStyle(.warning)) }
        return notice
    }

    /// Whether the cell at `x` (and for a wide one, its right half) differs from what is shown.
    private func changed(_ screen: Screen, _ previous: Screen, x: Int, y: Int) -> Bool {
        if screen[x, y] != previous[x, y] { return true }
        return screen[x, y].width == 2 && x + 1 < screen.width && screen[x + 1, y] != previous[x + 1, y]
    }

    /// Writes one cell: its grapheme (up to 5 scalars, ncurses' limit) with its look.
    private func draw(_ cell: Cell, x: Int, y: Int, in window: UnsafeMutablePointer<WINDOW>?) {
        let look = palette.look(for: cell.style)
        var characters = cell.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        if characters.isEmpty { characters = [0x20] }
        characters.append(0)
        var complex = cchar_t()
        setcchar(&complex, characters, look.attributes, look.pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &complex)
    }

    /// Blocks until a key the interface has a name for, a resize, or the end of input.
    public func nextEvent() -> TerminalEvent {
        var interrupted = 0
        while isOpen {
            var character: wint_t = 0
            let result = wget_wch(cc_stdscr(), &character)
            if result == ERR {
                // A blocking read fails for good only when the terminal is gone.
                interrupted += 1
                if errno == EINTR, interrupted < 100 { continue }
                return .closed
            }
            if result == KEY_CODE_YES {
                if Int32(character) == KEY_RESIZE {
                    resized()
                    return .resize
                }
                if let key = KeyDecoding.key(code: Int32(character)) { return .key(key) }
            } else if let key = KeyDecoding.key(character: UInt32(character)) {
                return .key(key)
            }
        }
        return .closed
    }

    /// Gives the terminal to another program (`$EDITOR`) in the state the shell had it;
    /// until `resume`, Ctrl-C and Ctrl-\ reach only that program (start it with the
    /// default actions for SIGINT and SIGQUIT).
    public func suspend() {
        guard isOpen else { return }
        def_prog_mode()
        endwin()
        cc_ignore_interrupts()
    }

    /// Takes the terminal back and writes every cell again (the other program drew over it).
    public func resume() {
        guard isOpen else { return }
        cc_install_restoring_signals()
        reset_prog_mode()
        clearok(cc_curscr(), true)
        wrefresh(cc_stdscr())
        resized()
    }

    /// After a resize (ncurses has resized its windows): the new size, and all to write again.
    private func resized() {
        width = Int(getmaxx(cc_stdscr()))
        height = Int(getmaxy(cc_stdscr()))
        shown = nil
    }

    /// The modes the interface needs, and the colours the terminal has.
    private static func setUp(theme: Theme) -> CursesPalette {
        raw()
        noecho()
        nonl()
        keypad(cc_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        leaveok(cc_stdscr(), true)
        let noColor = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
        var depth = ColorDepth.none
        var hasDefaultColors = false
        if noColor.isEmpty, has_colors(), start_color() != ERR {
            depth = Self.depth(noColor: noColor, colors: Int(cc_colors()))
            hasDefaultColors = use_default_colors() != ERR
        }
        return CursesPalette(theme: theme.stepped(to: depth), depth: depth, hasDefaultColors: hasDefaultColors,
                             pairLimit: Int(cc_color_pairs()))
    }

    /// The depth ncurses can draw at: `ColorDepth.detect`, but never beyond the
    /// terminal's palette of at most 256 entries (`COLORTERM=truecolor` included:
    /// ncurses reaches colours through palette entries, and redefining those would
    /// change the user's terminal for other programs too).
    static func depth(noColor: String, colors: Int) -> ColorDepth {
        ColorDepth.detect(environment: ["NO_COLOR": noColor], colors: min(colors, ColorDepth.indexed256.rawValue))
    }

    /// The user's locale, with UTF-8 characters even when it has none (`LC_ALL=C`):
    /// without a UTF-8 codeset wide characters print as garbage and boxes as `lqqk`.
    private static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: cc_codeset())
        if codeset != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
    }
}
