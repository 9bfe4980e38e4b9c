/// Produces code-like lines with the mix of PEERS.md: 10 % blank, 5 % `}`, 5 % one of 50
/// boiler-plate lines, 80 % random statements with random identifiers and numbers.
///
/// The mix matters for diff speed: the blank, `}` and boiler-plate lines occur thousands of
/// times (the lines that make diff heuristics and `--minimal` expensive), while the random
/// statements are nearly all unique (the lines that anchor a diff).
struct SyntheticCode {
    private var random: Xoshiro256
    /// Bytes put before every line, so that two sides with different prefixes share no line.
    private let prefix: [UInt8]

    init(seed: UInt64, prefix: String = "") {
        random = Xoshiro256(seed: seed)
        self.prefix = Array(prefix.utf8)
    }

    /// Replaces the contents of `line` with the next line (without its newline).
    mutating func nextLine(into line: inout [UInt8]) {
        line.removeAll(keepingCapacity: true)
        line.append(contentsOf: prefix)
        let roll = random.int(in: 0...99)
        switch roll {
        case 0..<10:
            return
        case 10..<15:
            line.append(UInt8(ascii: "}"))
        case 15..<20:
            line.append(contentsOf: SyntheticCode.boilerplate[random.int(in: 0...49)])
        default:
            appendStatement(to: &line)
        }
    }

    /// One statement: indentation, then one of eight shapes filled with random names and numbers.
    private mutating func appendStatement(to line: inout [UInt8]) {
        line.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 4 * random.int(in: 1...2)))
        switch random.int(in: 0...7) {
        case 0: append(&line, "let ", .name, " = ", .name, "(", .number, ", ", .name, ");")
        case 1: append(&line, .name, " = ", .name, " + ", .number, ";")
        case 2: append(&line, "if (", .name, " > ", .number, ") {")
        case 3: append(&line, .name, ".", .name, "(", .name, ", ", .name, ");")
        case 4: append(&line, "return ", .name, "(", .name, ");")
        case 5: append(&line, "var ", .name, ": ", .typeName, " = ", .name, "[", .number, "];")
        case 6: append(&line, "for ", .name, " in 0..<", .name, " {")
        default: append(&line, .name, "(", .name, ", \"", .name, "\");")
        }
    }

    /// A piece of a statement template: fixed text or a random token.
    private enum Piece: ExpressibleByStringLiteral {
        case text(String)
        case name
        case typeName
        case number

        init(stringLiteral value: String) {
            self = .text(value)
        }
    }

    private mutating func append(_ line: inout [UInt8], _ pieces: Piece...) {
        for piece in pieces {
            switch piece {
            case .text(let text): line.append(contentsOf: text.utf8)
            case .name: appendName(to: &line, capitalized: false)
            case .typeName: appendName(to: &line, capitalized: true)
            case .number: line.append(contentsOf: String(random.int(in: 0...9999)).utf8)
            }
        }
    }

    /// A random identifier of 3–7 lowercase letters, sometimes `snake_case` with a second word.
    private mutating func appendName(to line: inout [UInt8], capitalized: Bool) {
        appendWord(to: &line, capitalized: capitalized)
        if random.int(in: 0...4) == 0 {
            line.append(UInt8(ascii: "_"))
            appendWord(to: &line, capitalized: false)
        }
    }

    private mutating func appendWord(to line: inout [UInt8], capitalized: Bool) {
        let length = random.int(in: 3...7)
        for index in 0..<length {
            let base = (index == 0 && capitalized) ? UInt8(ascii: "A") : UInt8(ascii: "a")
            line.append(base + UInt8(random.int(in: 0...25)))
        }
    }
}
