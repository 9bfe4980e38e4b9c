import Foundation
import MergeUI

/// How numbers appear in the report: the style of PEERS.md, so rows can be compared by eye.
enum Formatting {
    /// `0.85 ms`, `12.3 ms`, `704 ms`, `1.23 s`, `25.69 s`, `123.4 s`.
    static func seconds(_ value: Double) -> String {
        switch value {
        case ..<0.001: return String(format: "%.2f ms", value * 1000)
        case ..<0.1: return String(format: "%.1f ms", value * 1000)
        case ..<1: return String(format: "%.0f ms", value * 1000)
        case ..<100: return String(format: "%.2f s", value)
        default: return String(format: "%.1f s", value)
        }
    }

    /// A time limit as given on the command line: `60 s`.
    static func limit(_ value: Double) -> String {
        value == value.rounded() ? String(format: "%.0f s", value) : seconds(value)
    }

    /// Whole MiB, with one decimal below 10 MiB where start-up sizes differ.
    static func mebibytes(kibibytes: Int) -> String {
        let value = Double(kibibytes) / 1024
        return value < 10 ? String(format: "%.1f MiB", value) : String(format: "%.0f MiB", value)
    }

    /// A ratio such as `0.85×`; below 1 means converge is faster or smaller.
    static func ratio(_ value: Double) -> String {
        switch value {
        case ..<0.01: return String(format: "%.3f×", value)
        case ..<10: return String(format: "%.2f×", value)
        default: return String(format: "%.1f×", value)
        }
    }

    /// `1,234,567`: edit counts are large and compared digit by digit.
    static func count(_ value: Int) -> String {
        CountText.of(value)
    }

    /// Megabytes (10^6) of an input file, as PEERS.md's input table gives them.
    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
