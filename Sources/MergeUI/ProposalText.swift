/// A proposal's before or after text as one row shows it.
enum ProposalText {
    /// The text on one row: tabs expanded to the next stop of 8, each line break (a
    /// parenthesised import can span lines) shown as `↵`.
    static func oneLine(_ text: String) -> String {
        var result = ""
        var column = 0
        for character in text {
            switch character {
            case "\t":
                let spaces = 8 - column % 8
                result += String(repeating: " ", count: spaces)
                column += spaces
            case "\n", "\r\n", "\r":
                result += "↵"
                column += 1
            default:
                result.append(character)
                column += DisplayWidth.of(character)
            }
        }
        return result
    }

    /// `text` without its first `columns` display columns (horizontal scrolling); a wide
    /// character cut in half leaves a space.
    static func dropping(_ columns: Int, of text: String) -> String {
        guard columns > 0 else { return text }
        var skipped = 0
        var index = text.startIndex
        while index < text.endIndex, skipped < columns {
            skipped += DisplayWidth.of(text[index])
            index = text.index(after: index)
        }
        return (skipped > columns ? " " : "") + text[index...]
    }
}
