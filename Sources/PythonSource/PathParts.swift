/// A path split into its folder names, without Foundation: `.` parts and repeated
/// slashes dropped, a leading `/` kept. Enough to walk up from a file; `..` is kept as
/// written, so callers pass normalised paths.
struct PathParts: Hashable, Sendable {
    var isAbsolute: Bool
    var components: [String]

    init(_ path: String) {
        isAbsolute = path.hasPrefix("/")
        components = path.split(separator: "/").filter { $0 != "." }.map(String.init)
    }

    init(isAbsolute: Bool, components: [String]) {
        self.isAbsolute = isAbsolute
        self.components = components
    }

    var parent: PathParts { PathParts(isAbsolute: isAbsolute, components: Array(components.dropLast())) }

    /// The path again; `.` for the empty relative path, `/` for the root.
    var path: String {
        let joined = components.joined(separator: "/")
        if isAbsolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
