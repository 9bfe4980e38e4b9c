import Foundation
import MergeUI
import Testing

/// The README's key table says what the command table says: every command's default
/// keys and help words appear on one row of it, and nothing else does.
@Suite struct ReadmeKeysTests {
    /// The rows between `<!-- keys -->` and `<!-- /keys -->` in README.md.
    static func rows() throws -> [(keys: [String], help: String)] {
        let path = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        let readme = try String(contentsOfFile: "/" + path + "/README.md", encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- keys -->\n")), end = try #require(readme.range(of: "<!-- /keys -->"))
        return readme[start.upperBound..<end.lowerBound].split(separator: "\n").dropFirst(2).map { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let keys = cells[0].split(separator: " ").map { String($0.dropFirst().dropLast()) }
            return (keys, cells[1])
        }
    }

    @Test func everyCommandIsInTheReadmeWithItsKeysAndHelp() throws {
        let rows = try Self.rows()
        var listed: [Key] = []
        for command in Command.allCases {
            let keys = command.info.keys.map(\.description)
            let row = rows.first { row in keys.allSatisfy(row.keys.contains) && row.help.contains(command.info.help) }
            #expect(row != nil, "\(command.rawValue): \(keys) \(command.info.help)")
            listed += command.info.keys
        }
        let readmeKeys = rows.flatMap(\.keys)
        #expect(readmeKeys.sorted() == listed.map(\.description).sorted(), "the README names no key the table lacks")
    }
}
