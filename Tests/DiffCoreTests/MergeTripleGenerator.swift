import ConvergeTestSupport

/// Generates merge triples: a base, and two sides that each edit some stretches of it.
///
/// The base is cut into zones of one to three lines; a zone is left alone, edited by
/// one side, by both the same way, or (with conflicts) by both differently. Edited
/// zones are kept apart by at least one line no side touches, so that without
/// conflicts the edits are separate, unless a small vocabulary lets a diff align them
/// otherwise (which the oracle decides, not the generator).
struct TripleGenerator {
    enum Vocabulary { case small, unique }

    private var random: SeededRandom
    private let vocabulary: Vocabulary
    private var counter = 0
    private let lineEnds: LineEndMix
    private enum LineEndMix { case lf, crlf, mixed }

    init(seed: UInt64, vocabulary: Vocabulary) {
        random = SeededRandom(seed: seed &* 0x9E37_79B9 &+ 17)
        self.vocabulary = vocabulary
        lineEnds = [LineEndMix.lf, .lf, .lf, .crlf, .mixed].randomElement(using: &random)!
    }

    mutating func triple(conflicts: Bool) -> MergeTriple {
        var base: [[UInt8]] = [], target: [[UInt8]] = [], source: [[UInt8]] = []
        let lineCount = Int.random(in: (conflicts ? 3 : 0)...18, using: &random)
        var previousEdited = true
        while base.count < lineCount {
            let zone = (0..<Int.random(in: 1...3, using: &random)).map { _ in newLine(base: true) }
            base += zone
            let choice = previousEdited ? 0 : Int.random(in: 0..<(conflicts ? 14 : 10), using: &random)
            previousEdited = choice >= 4
            switch choice {
            case 4, 5: target += edited(zone, side: "t"); source += zone
            case 6, 7: target += zone; source += edited(zone, side: "s")
            case 8...:
                let shared = edited(zone, side: "b")
                let differ = conflicts && choice != 8
                target += differ ? mixed(shared, side: "t") : shared
                source += differ ? mixed(shared, side: "s") : shared
            default: target += zone; source += zone
            }
        }
        return MergeTriple(base: finish(base), target: finish(target), source: finish(source))
    }

    /// A zone after one side's edit: deleted, replaced, grown or changed in one line.
    private mutating func edited(_ zone: [[UInt8]], side: String) -> [[UInt8]] {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return []
        case 1: return (0..<Int.random(in: 1...3, using: &random)).map { _ in newLine(side: side) }
        case 2: return [newLine(side: side)] + zone + (Bool.random(using: &random) ? [newLine(side: side)] : [])
        default:
            var copy = zone
            copy[Int.random(in: 0..<copy.count, using: &random)] = newLine(side: side)
            return copy
        }
    }

    /// `shared` with some of its lines replaced or joined by lines of one side, so two
    /// sides differ but keep lines in common (what conflict refinement looks for).
    private mutating func mixed(_ shared: [[UInt8]], side: String) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        for line in shared {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: lines.append(newLine(side: side))
            case 1: lines += [line, newLine(side: side)]
            default: lines.append(line)
            }
        }
        return lines.isEmpty || lines == shared ? lines + [newLine(side: side)] : lines
    }

    private mutating func newLine(base: Bool = false, side: String = "") -> [UInt8] {
        let text: String
        switch vocabulary {
        case .small:
            let words = ["a", "b", "c", "d", "e", "{", "}", ""]
            text = words[Int.random(in: 0..<(base ? 5 : words.count), using: &random)]
        case .unique:
            counter += 1
            let punctuation = Int.random(in: 0..<8, using: &random) == 0
            text = punctuation ? String(repeating: "}", count: counter % 5 + 1) : "\(side)line \(counter)"
        }
        return Array(text.utf8) + lineEnd()
    }

    private mutating func lineEnd() -> [UInt8] {
        switch lineEnds {
        case .lf: return [0x0A]
        case .crlf: return [0x0D, 0x0A]
        case .mixed: return Bool.random(using: &random) ? [0x0A] : [0x0D, 0x0A]
        }
    }

    /// Joins lines; sometimes drops the final terminator.
    private mutating func finish(_ lines: [[UInt8]]) -> [UInt8] {
        var bytes = lines.flatMap { $0 }
        if Int.random(in: 0..<5, using: &random) == 0 {
            while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
        }
        return bytes
    }
}
