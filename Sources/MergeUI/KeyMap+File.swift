import Migration
import TOMLKit

extension KeyMap {
    /// The key map a `keys.toml` asks for: the defaults with the commands it names
    /// bound to its keys instead (gitui's partial overrides).
    ///
    /// ```toml
    /// [keys]
    /// take-target = "t"             # a command (Command's raw value) = a key name
    /// redo = ["<c-r>", "U"]         # or several; [] leaves the command without keys
    /// ```
    ///
    /// Key names are lazygit's (`Key(name:)`). Throws the mistake that comes first in the file: bad
    /// TOML, an unknown command or key name, or a clash (two commands on one screen with
    /// one key, reported at the line of the override that made it).
    public static func parse(text: String, path: String) throws(TOMLDocumentError) -> KeyMap {
        let document = try TOMLDocument(text: text, path: path)
        var problems: [TOMLDocumentError] = []
        for (key, _) in document.table where key != "keys" {
            problems.append(document.error(at: [key], "unknown setting \"\(key)\" (keys.toml holds one table, [keys])"))
        }
        var overrides: [(line: Int, command: Command, keys: [Key])] = []
        if let value = document.table["keys"] {
            guard let table = value.table else { throw document.error(at: ["keys"], "keys must be a table: [keys]") }
            for (name, value) in table {
                let keyPath = ["keys", name]
                do throws(TOMLDocumentError) {
                    guard let command = Command(rawValue: name) else {
                        throw document.error(at: keyPath, "unknown command \"\(name)\"")
                    }
                    overrides.append((document.line(of: keyPath) ?? 0, command, try keys(value, at: keyPath, in: document)))
                } catch {
                    problems.append(error)
                }
            }
        }
        if let first = problems.firstInFile { throw first }
        var map = KeyMap.defaults
        var applied: [Command: [Key]] = [:]
        for override in overrides.sorted(by: { $0.line < $1.line }) {
            applied[override.command] = override.keys
            do {
                map = try KeyMap(overrides: applied)
            } catch {
                throw document.error(at: ["keys", override.command.rawValue], error.message)
            }
        }
        return map
    }

    private static func keys(_ value: any TOMLValueConvertible, at keyPath: [String],
                             in document: TOMLDocument) throws(TOMLDocumentError) -> [Key] {
        let notKeys = document.error(at: keyPath, "\(keyPath[1]) must be a key name or an array of key names")
        var names: [String] = []
        if let name = value.string {
            names = [name]
        } else if let array = value.array {
            for element in array {
                guard let name = element.string else { throw notKeys }
                names.append(name)
            }
        } else {
            throw notKeys
        }
        return try names.map { (name: String) throws(TOMLDocumentError) -> Key in
            guard let key = Key(name: name) else {
                let examples = "j, <c-r>, <esc>, <pgdown>, <space>, <f5>"
                throw document.error(at: keyPath, "\"\(name)\" is not a key name (such as \(examples))")
            }
            return key
        }
    }
}
