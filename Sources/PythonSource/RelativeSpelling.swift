/// How a relative `from` import names a module: the dots and the rest
/// (`..core.engine` is level 2 and `core.engine`; `..` alone has no module).
public struct RelativeSpelling: Hashable, Sendable, CustomStringConvertible {
    public var level: Int
    public var module: ModuleName?

    public init(level: Int, module: ModuleName?) {
        self.level = level
        self.module = module
    }

    /// As written after `from`: `..core.engine`.
    public var description: String { String(repeating: ".", count: level) + (module?.description ?? "") }
}
