/// Numbered notes under a table; the same text gets the same number.
struct Footnotes {
    private(set) var notes: [String] = []

    /// The marker for `note` (`¹`, `²`, …), adding the note if it is new.
    mutating func mark(_ note: String) -> String {
        let note = note.split(whereSeparator: \.isNewline).joined(separator: " ")
        if let index = notes.firstIndex(of: note) { return Self.marker(index + 1) }
        notes.append(note)
        return Self.marker(notes.count)
    }

    static func marker(_ number: Int) -> String {
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).map { superscripts[Int(String($0))!] })
    }
}
