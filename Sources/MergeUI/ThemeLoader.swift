import Migration
import TOMLKit

/// Reads theme files: one table per style role, named by the role's raw value
/// (`[diff.added]`, `[ui.footer.key]`), each with `fg`, `bg` and the modifiers
/// (`default.toml` documents the format at its top).
///
/// TOML reads a dotted header as nested tables (`[ui.footer.key]` is table `key` in
/// table `footer` in table `ui`), so the reader walks the tables and joins the names
/// on the way down: a table whose joined name is a role holds that role's settings,
/// and may hold a more specific role beside them (`ui.footer` holds `fg` and the
/// table `key`). No role is another role's name plus a setting's (a test checks),
/// so the two never mix up. Inline tables and quoted keys
/// (`"diff.added" = { fg = "green" }`) name the same paths.
///
/// A role the file leaves out looks like `ui.text`; one that leaves out `fg` or `bg`
/// takes `ui.text`'s (`Theme.style(for:)`).
public enum ThemeLoader {
    /// The settings a role's table may hold.
    public static let settings = ["fg", "bg", "bold", "dim", "italic", "underline", "reverse"]

    /// The theme in `text`, called `name` (nil: the file's name without `.toml`);
    /// `path` names the file in errors.
    ///
    /// Throws the mistake that comes first in the file: bad TOML, an unknown role or
    /// setting, a bad colour (`themes/x.toml:12: unknown colour "blu"`).
    public static func parse(text: String, path: String, name: String? = nil) throws(TOMLDocumentError) -> Theme {
        let document = try TOMLDocument(text: text, path: path)
        var reader = ThemeReader(document: document)
        reader.read(document.table, at: [])
        if let first = reader.problems.firstInFile { throw first }
        return Theme(name: name ?? themeName(path: path), styles: reader.styles)
    }

    /// A theme file's name without its folder and `.toml`.
    static func themeName(path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".toml") ? String(file.dropLast(5)) : file
    }
}

/// Walks a theme file's tables, collecting the roles' styles and every mistake.
struct ThemeReader {
    let document: TOMLDocument
    var styles: [StyleRole: TextStyle] = [:]
    var problems: [TOMLDocumentError] = []

    mutating func read(_ table: TOMLTable, at path: [String]) {
        let name = path.joined(separator: ".")
        let role = StyleRole(rawValue: name)
        var style = TextStyle()
        var holdsRoles = false
        var isUnknown = false
        for (key, value) in table {
            let keyPath = path + [key]
            if let inner = value.table {
                holdsRoles = true
                read(inner, at: keyPath)
            } else if role != nil {
                do throws(TOMLDocumentError) {
                    try set(key, value, at: keyPath, in: &style)
                } catch {
                    problems.append(error)
                }
            } else if let inner = StyleRole(rawValue: keyPath.joined(separator: ".")) {
                holdsRoles = true
                let settings = ThemeLoader.settings.joined(separator: ", ")
                problems.append(document.error(at: keyPath, "\(inner.rawValue) must be a table of \(settings)"))
            } else if path.isEmpty {
                let message = "unknown setting \"\(key)\" (a theme holds role tables such as [diff.added])"
                problems.append(document.error(at: keyPath, message))
            } else {
                isUnknown = true
            }
        }
        if let role {
            styles[role] = style
        } else if isUnknown || (!holdsRoles && !path.isEmpty) {
            problems.append(document.error(at: path, "unknown role \"\(name)\""))
        }
    }

    private func set(_ key: String, _ value: any TOMLValueConvertible, at keyPath: [String],
                     in style: inout TextStyle) throws(TOMLDocumentError) {
        switch key {
        case "fg": style.foreground = try color(value, at: keyPath)
        case "bg": style.background = try color(value, at: keyPath)
        case "bold": style.bold = try flag(value, at: keyPath)
        case "dim": style.dim = try flag(value, at: keyPath)
        case "italic": style.italic = try flag(value, at: keyPath)
        case "underline": style.underline = try flag(value, at: keyPath)
        case "reverse": style.reverse = try flag(value, at: keyPath)
        default:
            let table = keyPath.dropLast().joined(separator: ".")
            let known = ThemeLoader.settings.joined(separator: ", ")
            throw document.error(at: keyPath, "unknown setting \"\(key)\" in [\(table)] (known: \(known))")
        }
    }

    /// A colour: a name, `#rrggbb`, a palette index 0–255, or `default` (nil: the terminal's own).
    private func color(_ value: any TOMLValueConvertible, at keyPath: [String]) throws(TOMLDocumentError) -> ThemeColor? {
        if let text = value.string {
            if text == "default" { return nil }
            guard let color = ThemeColor(name: text) else { throw document.error(at: keyPath, "unknown colour \"\(text)\"") }
            return color
        }
        if let index = value.int {
            guard (0...255).contains(index) else { throw document.error(at: keyPath, "colour \(index) is not 0–255") }
            return .indexed(UInt8(index))
        }
        let key = keyPath.last ?? ""
        throw document.error(at: keyPath, "\(key) must be a colour: a name, 0–255, \"#rrggbb\" or \"default\"")
    }

    private func flag(_ value: any TOMLValueConvertible, at keyPath: [String]) throws(TOMLDocumentError) -> Bool {
        guard let flag = value.bool else { throw document.error(at: keyPath, "\(keyPath.last ?? "") must be true or false") }
        return flag
    }
}
