/// What can go wrong inside the diff core.
public enum DiffCoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A text larger than `LineText.maximumByteCount`.
    case textTooLarge(byteCount: Int)
    /// More lines than the 32-bit line ids can number.
    case tooManyLines(count: Int)

    public var description: String {
        switch self {
        case .textTooLarge(let byteCount):
            return "text of \(byteCount) bytes is larger than the 4 GiB converge can diff"
        case .tooManyLines(let count):
            return "\(count) lines are more than converge can diff in one text (2^30 - 1)"
        }
    }
}
