import Foundation

/// The header line of a report: when and where it was measured. Timings only mean
/// something next to the machine they came from.
enum MachineInfo {
    static func headerLine() -> String {
        let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return "\(utcNow()) · \(machine()) · \(cpuModel()) · \(cores) cores"
    }

    /// `2025-06-01 12:34 UTC`.
    static func utcNow() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: Date()) + " UTC"
    }

    /// What `uname -m` prints.
    static func machine() -> String {
        var names = utsname()
        guard uname(&names) == 0 else { return "unknown" }
        return withUnsafeBytes(of: &names.machine) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    /// The first `model name` of /proc/cpuinfo.
    static func cpuModel() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown CPU" }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return "unknown CPU"
    }

    /// The first line of `TOOL --version`, such as `git version 2.39.5`.
    static func version(of executable: String?, runner: ProcessRunner) -> String? {
        guard let executable else { return nil }
        let run = runner.run(executable, ["--version"], keepOutput: true, timeout: 10)
        guard run.exitCode == 0 else { return nil }
        let end = run.output.firstIndex(of: 0x0A) ?? run.output.count
        return String(decoding: run.output[..<end], as: UTF8.self)
    }
}
