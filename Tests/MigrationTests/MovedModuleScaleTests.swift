import Migration
import Testing

/// The moved-module check on a target of the size real trees have (3,000 modules),
/// where comparing every pair of modules would be too slow.
@Suite struct MovedModuleScaleTests {
    /// Module `index` of a made-up target: eight functions and a class with names
    /// unique to it, a `logger`, and a `main` that every module shares.
    static func targetModule(_ index: Int) -> String {
        var text = "import logging\n\nlogger = logging.getLogger(__name__)\n\n"
        for function in 0..<8 { text += "def f\(index)_\(function)(x):\n    return x + \(function)\n\n" }
        return text + "class C\(index):\n    pass\n\ndef main():\n    pass\n"
    }

    @Test func threeThousandTargetModules() {
        var target: [String: [UInt8]] = [:]
        for index in 0..<3_000 { target["area\(index % 30)/module\(index).py"] = Array(Self.targetModule(index).utf8) }
        var source: [String: [UInt8]] = [:]
        for index in 0..<300 {
            // Every third source module has a function the target lacks.
            let extra = index % 3 == 0 ? "def only_in_source_\(index)():\n    pass\n" : ""
            let text = "def f\(index * 10)_3(x):\n    return x\n\nclass C\(index * 10):\n    pass\n\ndef main():\n    pass\n" + extra
            source["old\(index).py"] = Array(text.utf8)
        }
        let found = MovedModuleFinder(targetFiles: target).movedModules(sourceOnly: source)
        #expect(found.count == 200)
        #expect(found.first { $0.path == "old1.py" }?.targetPath == "area10/module10.py")
        #expect(found.allSatisfy { $0.path != "old0.py" && $0.path != "old3.py" })
    }
}
