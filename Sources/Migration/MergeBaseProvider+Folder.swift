#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension MergeBaseProvider {
    /// `--base DIR`: the file at the same relative path in the snapshot, read whole.
    static func base(in folder: String, at relativePath: String) -> MergeBaseLookup {
        let path = folder.hasSuffix("/") ? folder + relativePath : folder + "/" + relativePath
        switch DiskPath.kind(of: path) {
        case .nothing: return .missing(reason: "\(path): no such file in the base folder")
        case .folder: return .missing(reason: "\(path): a folder in the base folder, not a file")
        case .file: break
        }
        do {
            return .found(bytes: try FileBytes.read(path), origin: path)
        } catch {
            return .missing(reason: "\(path): \(String(cString: strerror(error.code)))")
        }
    }
}
