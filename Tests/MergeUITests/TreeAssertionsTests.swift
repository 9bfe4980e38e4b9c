import MergeUI
import Migration
import Testing

/// Readable assertions for the list screens' tests (Tree and Conflicts): screens as
/// text and style lines, and key presses.
enum ListScreen {
    /// The body of a rendered screen: every row between the tab line and the status line.
    static func body(_ screen: Screen) -> [String] {
        Array(screen.textLines[1..<(screen.height - 2)])
    }

    /// The status line of a rendered screen.
    static func status(_ screen: Screen) -> String {
        screen.textLines[screen.height - 2]
    }

    /// The body's style map: one letter per role, upper case where the cell is selected.
    static func bodyStyles(_ screen: Screen) -> [String] {
        Array(screen.styleLines(legend)[1..<(screen.height - 2)]).map { line in
            var trimmed = Substring(line)
            while trimmed.last == "." { trimmed.removeLast() }
            return String(trimmed)
        }
    }

    /// `.` text, `d` dim, `t` title, `a`/`b`/`c`/`e`/`m` the classes A, B, C, same, moved,
    /// `f` flag, `s` search match, `w` warning, `u` unresolved, `r` resolved, `v` to review.
    static func legend(_ style: CellStyle) -> Character {
        let letter: Character = switch style.role {
        case .text: "."
        case .dim: "d"
        case .title: "t"
        case .classSourceOnly: "a"
        case .classConflict: "b"
        case .classTargetOnly: "c"
        case .classSame: "e"
        case .classMoved: "m"
        case .fileFlag: "f"
        case .searchMatch: "s"
        case .warning: "w"
        case .conflictUnresolved: "u"
        case .conflictResolved: "r"
        case .hunkAutoMerged: "v"
        default: "?"
        }
        guard style.isSelected else { return letter }
        return letter == "." ? "#" : Character(letter.uppercased())
    }

    /// Presses `key` and returns the effects.
    @discardableResult
    static func press(_ key: Key, _ state: inout AppState) -> [Effect] {
        state.handle(key)
    }

    /// Presses the keys of `text` one character at a time.
    static func type(_ text: String, _ state: inout AppState) {
        for character in text { _ = state.handle(.character(character)) }
    }
}


/// A small plan with what the demo lacks: nested folders, layout moves, excluded
/// paths, every flag, a moved module, a file that cannot merge as text, a wide name.
enum TreeFixture {
    static let plan: Plan = {
        let side = ScannedSide(kind: .file, size: 10, mode: 0o644)
        func file(_ path: String, _ fileClass: FileClass, _ flags: FileClassFlags = []) -> ScannedFile {
            ScannedFile(path: path, fileClass: fileClass, flags: flags, source: side, target: side)
        }
        let files = [
            file("README.md", .same), file("core/engine.py", .conflict), file("core/logo.png", .conflict, .binary),
            file("core/link.py", .targetOnly, .symlink), file("core/run.sh", .same, .modeDiffers),
            file("enhanced_trend.py", .sourceOnly), file("models", .sourceOnly, .typeClash),
            file("regime_utils.py", .moved), file("漢字_module.py", .sourceOnly),
            file("__pycache__", .excluded, .excluded), file("core/engine.pyc", .excluded, .excluded),
        ]
        let merge = try! FileMerge.merge(path: "core/engine.py", target: Array("a\nb = 1\nc\n".utf8),
                                         source: Array("a\nb = 2\nc\nd\n".utf8), baseBytes: Array("a\nb = 0\nc\n".utf8),
                                         base: .found(origin: "base"))
        let moved = MovedModule(path: "regime_utils.py", module: "regime_utils", targetPath: "regime/detection.py",
                                targetModule: "regime.detection", definitions: ["detect"], reason: "defines detect")
        let layout = LayoutPlan(rules: [try! LayoutRule(glob: "enhanced_*.py", folder: "enhanced_modules")],
                                paths: ["README.md", "core/engine.py", "enhanced_trend.py"], package: "pkg")
        return Plan(workspace: Workspace(root: "/", source: "/s", target: "/t", sourcePackage: nil, targetPackage: nil),
                    scan: WorkspaceScan(source: "/s", target: "/t", files: files), merges: [merge], initFiles: [],
                    moves: ModuleMoves([]), movedModules: [moved], layout: layout, proposals: [], problems: [])
    }()
}
