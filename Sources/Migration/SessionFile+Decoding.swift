#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension SessionFile {
    /// The session in `bytes`, checked in order: JSON at all, then the version, then
    /// the whole schema, then the migration, then every entry.
    public func decode(_ bytes: [UInt8]) throws(SessionFileError) -> Session {
        let data = Data(bytes)
        let header: SessionDocument.Header
        do {
            header = try JSONDecoder().decode(SessionDocument.Header.self, from: data)
        } catch {
            throw failure("not a session file: \(Self.describe(error))")
        }
        guard let version = header.version else { throw failure("not a session file: no \"version\"") }
        guard version == SessionDocument.currentVersion else {
            throw failure(version > SessionDocument.currentVersion
                ? "session format version \(version) is newer than this converge reads (\(SessionDocument.currentVersion)); update converge"
                : "unknown session format version \(version)")
        }
        let document: SessionDocument
        do {
            document = try JSONDecoder().decode(SessionDocument.self, from: data)
        } catch {
            throw failure("not a session file: \(Self.describe(error))")
        }
        guard document.migration == migration else {
            throw failure("a session of \(document.migration), not of \(migration)")
        }
        do {
            return Session(decisions: try document.decisions())
        } catch {
            throw failure(error.reason)
        }
    }

    /// A decoder's error as a few words with the place it names: the JSON position of
    /// a syntax error, or the entry (`hunks[2].decision`) of a schema error.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                // FoundationEssentials' decoder (Swift 6.3) says only "not valid JSON",
                // without a position; a decoder that tells more is quoted.
                return "broken JSON" + (context.underlyingError.map { ": \(Self.detail($0))" } ?? "")
            }
            return place(context, context.debugDescription)
        case .keyNotFound(let key, let context):
            return place(context, "missing \"\(key.stringValue)\"")
        case .typeMismatch(let type, let context):
            return place(context, "expected \(Self.name(of: type))")
        case .valueNotFound(let type, let context):
            return place(context, "expected \(Self.name(of: type)), found null")
        @unknown default:
            return "\(error)"
        }
    }

    private static func place(_ context: DecodingError.Context, _ what: String) -> String {
        guard !context.codingPath.isEmpty else { return what }
        var path = ""
        for key in context.codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return "\(path): \(what)"
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is [Any].Type: "a list"
        case is [String: Any].Type: "an object"
        default: "\(type)"
        }
    }

    /// The underlying JSON error's own words, on one line.
    private static func detail(_ error: any Error) -> String {
        var words = "\(error)"
        if let error = error as? DecodingError, case .dataCorrupted(let context) = error {
            words = context.debugDescription
        }
        return words.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
