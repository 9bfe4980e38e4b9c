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
    if options.runMove {
        // After the diff and merge tables; alone (`--scenarios move`) it carries its own header.
        let section = try MoveBench(options: options).run(standalone: options.scenarios.isEmpty)
        print(section, terminator: "")
        if let path = options.markdownOut, !section.isEmpty {
            try MoveBench.append(section, toFile: path, replacing: options.scenarios.isEmpty)
        }
    }
    if options.runScan {
        let first = options.scenarios.isEmpty && !options.runMove
        let section = try ScanBench(options: options).run(standalone: first)
        print(section, terminator: "")
        if let path = options.markdownOut, !section.isEmpty {
            try MoveBench.append(section, toFile: path, replacing: first)
        }
    }
    if options.runApply {
        let first = options.scenarios.isEmpty && !options.runMove && !options.runScan
        let section = try ApplyBench(options: options).run(standalone: first)
        print(section, terminator: "")
        if let path = options.markdownOut, !section.isEmpty {
            try MoveBench.append(section, toFile: path, replacing: first)
        }
    }
    if options.runMergeView {
        let first = options.scenarios.isEmpty && !options.runMove && !options.runScan && !options.runApply
        let section = try MergeViewBench(options: options).run(standalone: first)
        print(section, terminator: "")
        if let path = options.markdownOut, !section.isEmpty {
            try MoveBench.append(section, toFile: path, replacing: first)
        }
    }
} catch {
    Console.note("\(error)")
    exit(2)
}
