#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// converge-bench: times converge against GNU diff, git and diff3 on the inputs of
// shared/bench/PEERS.md. Exit 0 when the report was written, 2 on a usage or set-up error
// (a tool that fails is a row in the report, not an error of the benchmark).
do {
    let options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
    if options.showHelp {
        print(BenchOptions.usage)
        exit(0)
    }
    if !options.scenarios.isEmpty { try BenchSession(options: options).run() }
    var first = options.scenarios.isEmpty
    for group in BenchGroup.allCases where options.groups.contains(group) {
        let section = try group.run(options: options, standalone: first)
        print(section, terminator: "")
        if let path = options.markdownOut, !section.isEmpty {
            try MoveBench.append(section, toFile: path, replacing: first)
        }
        first = false
    }
} catch {
    Console.note("\(error)")
    exit(2)
}
