import TOMLKit

/// `converge.toml` at the project root: the settings a team keeps with its code so
/// every run of a migration sees the same rules (DESIGN, "Where things live").
///
/// ```toml
/// layout = ["comprehensive_*.py=comprehensive_modules", "enhanced_*.py=enhanced_modules"]
/// exclude = ["*.log", "build/"]
/// base = "auto"            # or a folder holding the common ancestor
/// # base-rev = "v1.2"      # or a git revision
/// kinds = ["code", "code-string", "config"]
/// ```
///
/// `layout` is an array, not a table, because the first rule that matches wins and a
/// TOML table has no order. Command-line flags win: `--layout`, `--base`, `--base-rev`
/// and `--kinds` replace what the file says; `--exclude` patterns are added to its own.
/// An unknown key is an error, so a misspelt one is not silently ignored.
public struct ProjectConfig: Hashable, Sendable {
    public static let fileName = "converge.toml"

    public var layout: [LayoutRule] = []
    public var excludes: [String] = []
    public var base: String?
    public var baseRevision: String?
    public var kinds: [ProposalKind]?

    public init() {}

    /// The file under `root`, or the empty configuration when there is none.
    public static func read(root: String) throws(ProjectConfigError) -> ProjectConfig {
        let path = root.hasSuffix("/") ? root + fileName : root + "/" + fileName
        guard DiskPath.kind(of: path) != .nothing else { return ProjectConfig() }
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch {
            throw ProjectConfigError(path: path, line: nil, message: "cannot read: \(SystemError.text(error.code))")
        }
        return try parse(String(decoding: bytes, as: UTF8.self), path: path)
    }

    /// The settings in `text`; `path` names the file in errors (`path:line: what`).
    public static func parse(_ text: String, path: String) throws(ProjectConfigError) -> ProjectConfig {
        let document: TOMLDocument
        do {
            document = try TOMLDocument(text: text, path: path)
        } catch {
            throw ProjectConfigError(path: error.path, line: error.line, message: error.message)
        }
        var config = ProjectConfig()
        let keys = ProjectConfigKeys(document: document)
        for (key, value) in document.table {
            switch key {
            case "layout":
                for rule in try keys.strings(value, key) {
                    do {
                        config.layout.append(try LayoutRule(parsing: rule))
                    } catch {
                        throw keys.error(key, "\(rule): a layout rule is GLOB=FOLDER")
                    }
                }
            case "exclude": config.excludes = try keys.strings(value, key)
            case "base": config.base = try keys.string(value, key)
            case "base-rev": config.baseRevision = try keys.string(value, key)
            case "kinds":
                config.kinds = try keys.strings(value, key).map { (name: String) throws(ProjectConfigError) -> ProposalKind in
                    guard let kind = ProposalKind(rawValue: name), kind != .flag else {
                        throw keys.error(key, "\(name): kinds are code, code-string, config and docs")
                    }
                    return kind
                }
            default:
                throw keys.error(key, "unknown setting \(key) (known: layout, exclude, base, base-rev, kinds)")
            }
        }
        if config.base != nil && config.baseRevision != nil {
            throw keys.error("base-rev", "give base or base-rev, not both")
        }
        return config
    }
}

/// Why `converge.toml` could not be used: `path:line: what`.
public struct ProjectConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let message: String

    public var description: String { line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)" }
}

/// Reads typed values of `converge.toml`'s keys, with errors that name the key's line.
struct ProjectConfigKeys {
    let document: TOMLDocument

    func string(_ value: any TOMLValueConvertible, _ key: String) throws(ProjectConfigError) -> String {
        guard let string = value.string else { throw error(key, "\(key) must be a string") }
        return string
    }

    func strings(_ value: any TOMLValueConvertible, _ key: String) throws(ProjectConfigError) -> [String] {
        guard let array = value.array else { throw error(key, "\(key) must be an array of strings") }
        var result: [String] = []
        for element in array {
            guard let string = element.string else { throw error(key, "\(key) must be an array of strings") }
            result.append(string)
        }
        return result
    }

    /// An error at the line where `key` is set.
    func error(_ key: String, _ message: String) -> ProjectConfigError {
        ProjectConfigError(path: document.path, line: document.line(of: [key]), message: message)
    }
}
