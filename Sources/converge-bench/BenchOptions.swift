/// The command line of `converge-bench`.
struct BenchOptions {
    var inputsFolder: String?
    var sizes: [InputSize] = [InputSize(lines: 100_000), InputSize(lines: 1_000_000)]
    var scenarios: [Scenario] = Scenario.allCases
    /// The groups with trees of their own (`BenchGroup`), run after the scenarios.
    var groups = Set(BenchGroup.allCases)
    var libcstTimeout: Double = 600
    /// Runs per measurement; nil means 5 below 1M lines and 3 from 1M up.
    var runs: Int?
    var timeout: Double = 60
    var convergePath: String?
    var onlyConverge = false
    var markdownOut: String?
    var pythonStandardLibrary: String?
    var generateOnly = false
    var showHelp = false

    static let usage = """
        usage: converge-bench [options]

        Generates the benchmark inputs of shared/bench/PEERS.md and times converge against
        GNU diff, git and diff3 on them. Prints Markdown tables to standard output.

          --sizes LIST          sizes to run, from 10k,100k,1M or any line count (default 100k,1M)
          --scenarios LIST      scatter1,block10,python,disjoint,different,trap-tiny,
                                merge-clean,merge-conflict,move,scan,apply,merge-view,
                                first-frame (default all;
                                move, scan and apply run last; move takes about 2
                                minutes, most of it LibCST, scan about 40 seconds,
                                apply about a minute)
          --runs N              runs per measurement (default 5; 3 at 1M and above;
                                5 rounds for scan)
          --timeout SECONDS     kill a run after this long (default 60)
          --libcst-timeout S    kill LibCST's move after this long (default 600)
          --converge PATH       the converge binary (default: next to converge-bench)
          --only-converge       run only converge's rows (faster while tuning)
          --inputs DIR          cache folder for inputs (default .build/bench-inputs)
          --python-stdlib DIR   Python library to build the python inputs from
                                (default: the system python3's stdlib)
          --markdown-out FILE   also write the report to FILE
          --generate-only       generate the inputs and stop
          -h, --help            show this help
        """

    /// The inputs' cache folder, absolute: `--inputs`, else `.build/bench-inputs`.
    var inputsPath: String { HostEnvironment.absolute(inputsFolder ?? HostEnvironment.defaultInputsFolder()) }

    /// The converge binary under test, absolute: `--converge`, else the one beside converge-bench.
    var convergeBinary: String { HostEnvironment.absolute(convergePath ?? HostEnvironment.defaultConverge()) }

    /// Parses `arguments` (without the program name).
    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            func value() throws -> String {
                guard let next = rest.popFirst() else { throw BenchError("\(flag) needs a value") }
                return next
            }
            switch flag {
            case "--sizes": options.sizes = try parseSizes(value())
            case "--scenarios":
                let list = try value().split(separator: ",")
                options.groups = Set(BenchGroup.allCases.filter { list.contains(Substring($0.rawValue)) })
                options.scenarios = try parseScenarios(list.filter { BenchGroup(rawValue: String($0)) == nil }.joined(separator: ","))
            case "--runs": options.runs = try positiveInt(value(), for: flag)
            case "--timeout": options.timeout = Double(try positiveInt(value(), for: flag))
            case "--libcst-timeout": options.libcstTimeout = Double(try positiveInt(value(), for: flag))
            case "--converge": options.convergePath = try value()
            case "--only-converge": options.onlyConverge = true
            case "--inputs": options.inputsFolder = try value()
            case "--python-stdlib": options.pythonStandardLibrary = try value()
            case "--markdown-out": options.markdownOut = try value()
            case "--generate-only": options.generateOnly = true
            case "-h", "--help": options.showHelp = true
            default: throw BenchError("unknown option \(flag)\n\n\(usage)")
            }
        }
        return options
    }

    private static func parseSizes(_ text: String) throws -> [InputSize] {
        let sizes = try text.split(separator: ",").map { part in
            guard let size = InputSize(parsing: String(part)) else {
                throw BenchError("--sizes: '\(part)' is not a size such as 10k, 100k or 1M")
            }
            return size
        }
        guard !sizes.isEmpty else { throw BenchError("--sizes: give at least one size") }
        return sizes.sorted()
    }

    private static func parseScenarios(_ text: String) throws -> [Scenario] {
        let chosen = try Set(text.split(separator: ",").map { part in
            guard let scenario = Scenario(rawValue: String(part)) else {
                let known = (Scenario.allCases.map(\.rawValue) + BenchGroup.allCases.map(\.rawValue)).joined(separator: ", ")
                throw BenchError("--scenarios: unknown scenario '\(part)' (known: \(known))")
            }
            return scenario
        })
        return Scenario.allCases.filter(chosen.contains)
    }

    private static func positiveInt(_ text: String, for flag: String) throws -> Int {
        guard let number = Int(text), number > 0 else { throw BenchError("\(flag) needs a positive whole number") }
        return number
    }
}
