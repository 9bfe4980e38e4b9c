import Foundation

/// A fresh folder under the system's temporary folder, removed when the value is released.
///
/// Tests write their fixture files here so that runs never share state.
public final class TemporaryFolder: @unchecked Sendable {
    public let path: String

    public init(_ prefix: String = "converge-test") throws {
        let template = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(prefix)-XXXXXX")
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else {
            throw CocoaError(.fileWriteUnknown)
        }
        path = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The path of `name` inside the folder.
    public func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// Writes `bytes` to `name` inside the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Writes a UTF-8 string to `name` inside the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    /// Writes each `relative path → text` inside the folder, making the folders on the way:
    /// a small project tree in one call.
    public func write(tree: [String: String]) throws {
        for (name, text) in tree {
            try FileManager.default.createDirectory(atPath: (file(name) as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try write(name, text)
        }
    }

    /// The bytes of `name` inside the folder.
    public func read(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: file(name))))
    }
}
