/// Which command a key runs on each screen: the command table's defaults with a
/// user's partial overrides on top (gitui's `key_list.rs`): an override names only
/// the commands it changes, and replaces their keys.
public struct KeyMap: Sendable {
    public private(set) var keys: [Command: [Key]]

    /// The defaults of the command table.
    public static let defaults = KeyMap(keys: Dictionary(uniqueKeysWithValues: Command.allCases.map { ($0, $0.info.keys) }))

    init(keys: [Command: [Key]]) {
        self.keys = keys
    }

    /// The defaults with `overrides` on top; throws when two commands that work on the
    /// same screen end up with the same key.
    public init(overrides: [Command: [Key]]) throws(KeyMapError) {
        var keys = Self.defaults.keys
        for (command, replacement) in overrides { keys[command] = replacement }
        self.keys = keys
        if let clash = firstClash() { throw clash }
    }

    /// The command `key` runs on `screen`, if any.
    public func command(for key: Key, on screen: ScreenID) -> Command? {
        Command.allCases.first { command in
            command.info.works(on: screen) && (keys[command] ?? []).contains(key)
        }
    }

    /// The keys of `command`, as the footer and help show them.
    public func keys(for command: Command) -> [Key] { keys[command] ?? [] }

    private func firstClash() -> KeyMapError? {
        for screen in ScreenID.allCases {
            var seen: [Key: Command] = [:]
            for command in Command.allCases where command.info.works(on: screen) {
                for key in keys[command] ?? [] {
                    if let other = seen[key], other != command {
                        return KeyMapError(message: "\(key) is bound to both \(other.rawValue) and \(command.rawValue) on the \(screen.title) screen")
                    }
                    seen[key] = command
                }
            }
        }
        return nil
    }
}

/// A key map that cannot work, with a message that says why.
public struct KeyMapError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
