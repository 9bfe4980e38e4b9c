/// The lines of `diff -rq --no-dereference SOURCE TARGET`, as relative paths: what
/// differs (contents, link targets, kinds) and what only one side has.
struct DiffReport {
    var differing: Set<String> = []
    var onlyInSource: Set<String> = []
    var onlyInTarget: Set<String> = []

    init(_ output: String, source: String, target: String) {
        for line in output.split(separator: "\n").map(String.init) {
            if line.hasPrefix("Only in ") {
                let rest = line.dropFirst("Only in ".count)
                guard let colon = rest.range(of: ": ") else { continue }
                let folder = String(rest[..<colon.lowerBound]), name = String(rest[colon.upperBound...])
                if let relative = Self.relative(folder, to: source) {
                    onlyInSource.insert(relative.isEmpty ? name : "\(relative)/\(name)")
                } else if let relative = Self.relative(folder, to: target) {
                    onlyInTarget.insert(relative.isEmpty ? name : "\(relative)/\(name)")
                }
            } else if let start = line.range(of: source + "/") {
                // "Files S/p and T/p differ", "Symbolic links S/p and T/p differ", "File S/p is a … while file T/p is a …"
                let tail = line[start.upperBound...]
                guard let end = tail.range(of: " and ") ?? tail.range(of: " is a ") else { continue }
                differing.insert(String(tail[..<end.lowerBound]))
            }
        }
    }

    private static func relative(_ folder: String, to root: String) -> String? {
        if folder == root { return "" }
        return folder.hasPrefix(root + "/") ? String(folder.dropFirst(root.count + 1)) : nil
    }
}
