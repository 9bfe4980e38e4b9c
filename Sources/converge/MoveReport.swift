import DiffCore
import Migration

/// The proposals of `converge move --dry-run`, as text (`path:line kind: before → after`)
/// or as a JSON array with the keys `path`, `line`, `kind`, `before`, `after`, `default`.
/// A flag has no edit, so its text line gives what was found and why it is not edited;
/// a proposal of an optional group says `(optional)` after its kind, since it is not
/// written unless asked for.
enum MoveReport {
    static func write(_ proposals: [Proposal], json: Bool, to sink: inout some ByteSink) {
        guard json else {
            for proposal in proposals {
                guard proposal.kind != .flag else {
                    sink.write(flagLine(proposal))
                    continue
                }
                let change = "\(oneLine(proposal.before)) → \(oneLine(proposal.after))"
                let kind = proposal.kind.rawValue + (proposal.isOptional ? " (optional)" : "")
                sink.write("\(proposal.path):\(proposal.line) \(kind): \(change)\n")
            }
            return
        }
        let objects = proposals.map { proposal in
            "{\"path\": \(quoted(proposal.path)), \"line\": \(proposal.line), \"kind\": \(quoted(proposal.kind.rawValue)), "
                + "\"before\": \(quoted(proposal.before)), \"after\": \(quoted(proposal.after)), "
                + "\"default\": \(quoted(proposal.defaultChoice.rawValue))}"
        }
        sink.write(objects.isEmpty ? "[]\n" : "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n")
    }

    /// `path:line flag: found: reason` (without `found:` when the flag names no text).
    static func flagLine(_ flag: Proposal) -> String {
        let found = flag.before.isEmpty ? "" : "\(oneLine(flag.before)): "
        return "\(flag.path):\(flag.line) flag: \(found)\(flag.reason)\n"
    }

    /// `text` on one line: a split import's line breaks shown as `\n` (and `\r`), so
    /// each proposal stays one line of the listing.
    static func oneLine(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r": result += "\\r"
            case "\n": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
