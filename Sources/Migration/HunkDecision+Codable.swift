#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A hunk decision in the session file: a word (`"target"`, `"source"`, `"base"`,
/// `"target-then-source"`, `"source-then-target"`), or for edited text an object,
/// `{"edited": "text"}` when the bytes are valid UTF-8 (readable and diffable; JSON
/// escapes keep CR, LF and NUL exact) and `{"edited-base64": "…"}` when they are not,
/// so any bytes come back exactly as the user's editor wrote them.
extension HunkDecision: Codable {
    private enum Word: String, CaseIterable {
        case target, source, base
        case targetThenSource = "target-then-source"
        case sourceThenTarget = "source-then-target"
    }

    private enum EditedKeys: String, CodingKey {
        case edited
        case editedBase64 = "edited-base64"
    }

    public init(from decoder: any Decoder) throws {
        if let word = try? decoder.singleValueContainer().decode(String.self) {
            guard let known = Word(rawValue: word) else {
                let words = Word.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                throw DecodingError.dataCorrupted(.init(
                    codingPath: decoder.codingPath,
                    debugDescription: "unknown hunk decision \"\(word)\" (known: \(words), or edited text)"))
            }
            self = Self(known)
            return
        }
        let container = try decoder.container(keyedBy: EditedKeys.self)
        if let text = try container.decodeIfPresent(String.self, forKey: .edited) {
            self = .edited(Array(text.utf8))
            return
        }
        let encoded = try container.decode(String.self, forKey: .editedBase64)
        guard let data = Data(base64Encoded: encoded) else {
            throw DecodingError.dataCorruptedError(
                forKey: .editedBase64, in: container, debugDescription: "not valid base64")
        }
        self = .edited([UInt8](data))
    }

    public func encode(to encoder: any Encoder) throws {
        guard case .edited(let bytes) = self else {
            var container = encoder.singleValueContainer()
            try container.encode(word!.rawValue)
            return
        }
        var container = encoder.container(keyedBy: EditedKeys.self)
        if let text = String(validating: bytes, as: UTF8.self) {
            try container.encode(text, forKey: .edited)
        } else {
            try container.encode(Data(bytes).base64EncodedString(), forKey: .editedBase64)
        }
    }

    private init(_ word: Word) {
        switch word {
        case .target: self = .target
        case .source: self = .source
        case .base: self = .base
        case .targetThenSource: self = .targetThenSource
        case .sourceThenTarget: self = .sourceThenTarget
        }
    }

    /// The word for every decision but `edited`.
    private var word: Word? {
        switch self {
        case .target: .target
        case .source: .source
        case .base: .base
        case .targetThenSource: .targetThenSource
        case .sourceThenTarget: .sourceThenTarget
        case .edited: nil
        }
    }
}
