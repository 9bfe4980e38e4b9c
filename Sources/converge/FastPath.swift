import DiffCore

/// The common forms of the two commands that compete with C tools, parsed without
/// ArgumentParser: `diff [--minimal] [--stat] [-a|--text] OLD NEW` and `merge-file [-p]
/// [-q] [--diff3|--zdiff3] [--ours|--theirs|--union] [--minimal] CURRENT BASE OTHER`.
///
/// Why: ArgumentParser reads a command's options by reflection, which brings about
/// 2 MiB of code and metadata into memory; on a 100k-line diff that is an eighth of the
/// process, and the difference between beating GNU diff's memory and not. Any other
/// form (other options, `--`, repeated flags, `--help`) goes to ArgumentParser, so
/// help, errors and the rarer options stay in one place. The command-line tests run
/// the same inputs through both paths and compare.
enum FastPath {
    /// The request for `arguments` (without the program name), or nil when it is not a
    /// common form.
    static func request(_ arguments: [String]) -> (() throws -> Void)? {
        guard let command = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        // Arrays, not sets: a set of strings is the first use of `Set<String>` in the
        // process, and making its type at run time (metadata, `Hashable` conformance
        // lookups) took a tenth of a millisecond of a 100k-line diff.
        var flags: [String] = [], positionals: [String] = []
        for argument in rest {
            if argument.hasPrefix("-") && argument != "-" {
                guard !flags.contains(argument) else { return nil }
                flags.append(argument)
            } else {
                positionals.append(argument)
            }
        }
        switch command {
        case "diff":
            guard positionals.count == 2, flags.allSatisfy(["--minimal", "--stat", "-a", "--text"].contains),
                  !(flags.contains("-a") && flags.contains("--text")) else { return nil }
            let request = DiffRequest(old: positionals[0], new: positionals[1], minimal: flags.contains("--minimal"),
                                      stat: flags.contains("--stat"), text: flags.contains("-a") || flags.contains("--text"))
            return request.run
        case "merge-file":
            let styles = ["--diff3", "--zdiff3"], favors = ["--ours", "--theirs", "--union"]
            guard positionals.count == 3,
                  flags.allSatisfy((["-p", "--stdout", "-q", "--quiet", "--minimal"] + styles + favors).contains),
                  [styles, favors, ["-p", "--stdout"], ["-q", "--quiet"]].allSatisfy({ group in
                      flags.filter(group.contains).count <= 1 })
            else { return nil }
            var request = MergeFileRequest(current: positionals[0], base: positionals[1], other: positionals[2])
            request.toStandardOutput = flags.contains("-p") || flags.contains("--stdout")
            request.minimal = flags.contains("--minimal")
            if flags.contains("--diff3") { request.style = .diff3 }
            if flags.contains("--zdiff3") { request.style = .zdiff3 }
            if flags.contains("--ours") { request.favor = .target }
            if flags.contains("--theirs") { request.favor = .source }
            if flags.contains("--union") { request.favor = .union }
            return request.run
        default:
            return nil
        }
    }
}
