import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stops the tool that is running when the benchmark is interrupted (Ctrl-C, SIGTERM).
///
/// Tools run in their own process group (so that a timeout can kill `diff3`'s helpers too),
/// which also means the terminal's Ctrl-C does not reach them: without this, an interrupted
/// benchmark would leave a `diff --minimal` computing for minutes.
enum InterruptHandler {
    /// The process group of the running tool, 0 when none runs.
    static let runningGroup = Atomic<Int32>(0)
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers; `scratchFolder` is removed on the way out.
    static func install(scratchFolder: String) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)  // delivered to the dispatch source instead
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                let group = runningGroup.load(ordering: .acquiring)
                if group > 0 { kill(-group, SIGKILL) }
                try? FileManager.default.removeItem(atPath: scratchFolder)
                Console.note("interrupted")
                exit(130)
            }
            source.resume()
            sources.append(source)
        }
    }
}
