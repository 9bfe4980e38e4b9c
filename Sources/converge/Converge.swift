import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// The `converge` command: a terminal merge assistant for two copies of a Python package.
///
/// Each subcommand is thin: it reads its inputs, calls the library, writes the result.
struct Converge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "converge",
        abstract: "Merge two copies of a Python package that grew apart, without losing anything.",
        subcommands: [UICommand.self, DiffCommand.self, MergeFileCommand.self, MoveCommand.self, ScanCommand.self, ApplyCommand.self,
                      RollbackCommand.self, VerifyCommand.self, DemoCommand.self, MergetoolCommand.self],
        // `converge SOURCE TARGET` opens the interface.
        defaultSubcommand: UICommand.self
    )
}

@main
enum Main {
    /// Runs the command and maps every failure to the exit code its command promises:
    /// `diff` answers 2 for trouble (as GNU diff), `merge-file` 255 (as git merge-file's
    /// negative return seen by a shell); anything else 2.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let run = FastPath.request(arguments) {
            do {
                try run()
                quit(0)
            } catch let failure as CommandFailure {
                StandardError.print("converge: \(failure.message)")
                quit(failure.exitCode)
            } catch let exit as CommandExit {
                quit(exit.code)
            } catch {
                StandardError.print("converge: \(error)")
                quit(arguments.first == "merge-file" ? 255 : 2)
            }
        }
        // `converge` alone prints the help, as it did before `ui` became the default command.
        if arguments.isEmpty {
            print(Converge.helpMessage())
            quit(0)
        }
        do {
            var command = try Converge.parseAsRoot(arguments)
            try command.run()
        } catch let failure as CommandFailure {
            StandardError.print("converge: \(failure.message)")
            Main.exit(failure.exitCode)
        } catch let exit as CommandExit {
            Main.exit(exit.code)
        } catch let exit as ExitCode {
            Main.exit(exit.rawValue)
        } catch {
            let code = Converge.exitCode(for: error)
            if code == .success {
                Converge.exit(withError: error)
            }
            // One line, as for every other error: what is wrong, and where to read more.
            let command = arguments.first.map { " \($0)" } ?? ""
            let message = Converge.message(for: error).split(separator: "\n").first.map(String.init) ?? "bad arguments"
            StandardError.print("converge: \(message) (see 'converge\(command) --help')")
            Main.exit(arguments.first == "merge-file" ? 255 : 2)
        }
    }

    /// Ends the process without ArgumentParser (the fast path never loads it).
    static func quit(_ code: Int32) -> Never {
        Glibc.exit(code)
    }

    static func exit(_ code: Int32) -> Never {
        Converge.exit(withError: code == 0 ? nil : ExitCode(code))
    }
}
