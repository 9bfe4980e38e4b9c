/// One key press, as the terminal backend reads it and the key map names it.
///
/// Names follow lazygit's config: a printable character is itself (`j`, `T`, `?`,
/// `<space>` for the space), others in angle brackets: `<c-r>`, `<esc>`, `<enter>`,
/// `<tab>`, `<backtab>`, `<up>`, `<pgdown>`, `<home>`, `<f5>`.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    /// Ctrl with a lowercase letter (`<c-r>`).
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)

    static let named: [(String, Key)] = [
        ("<up>", .up), ("<down>", .down), ("<left>", .left), ("<right>", .right),
        ("<pgup>", .pageUp), ("<pgdown>", .pageDown), ("<home>", .home), ("<end>", .end),
        ("<enter>", .enter), ("<esc>", .escape), ("<tab>", .tab), ("<backtab>", .backTab),
        ("<backspace>", .backspace), ("<delete>", .delete), ("<space>", .character(" ")),
    ]

    /// Reads a key name; nil when it names no key.
    public init?(name: String) {
        if let found = Self.named.first(where: { $0.0 == name }) {
            self = found.1
            return
        }
        if name.count == 1, let character = name.first, !character.isWhitespace {
            self = .character(character)
            return
        }
        if name.hasPrefix("<c-"), name.hasSuffix(">"), name.count == 5, let letter = name.dropFirst(3).first, letter.isLetter {
            self = .control(Character(letter.lowercased()))
            return
        }
        if name.hasPrefix("<f"), name.hasSuffix(">"), let number = Int(name.dropFirst(2).dropLast()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }

    /// The name a key map file and the footer use.
    public var description: String {
        if let found = Self.named.first(where: { $0.1 == self }) { return found.0 }
        switch self {
        case .character(let character): return String(character)
        case .control(let letter): return "<c-\(letter)>"
        case .function(let number): return "<f\(number)>"
        default: return "?"
        }
    }
}
