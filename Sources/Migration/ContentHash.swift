import Crypto

/// The SHA-256 of a file's bytes (or of a link's target text), by swift-crypto.
///
/// The scan records one per side of every path it reads, so the backup step can check
/// that a file did not change between the scan and the apply, and the rollback can
/// check every restored byte against the manifest.
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    /// The 32 bytes of the digest.
    public let bytes: [UInt8]

    public init(of content: [UInt8]) {
        bytes = Array(SHA256.hash(data: content))
    }

    /// Of the bytes `hasher` was fed (the scan hashes large files chunk by chunk).
    init(hasher: SHA256) {
        bytes = Array(hasher.finalize())
    }

    /// From 64 hex digits (a manifest's text), or nil when it is not one.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for index in stride(from: 0, to: 64, by: 2) {
            guard let high = Self.value(of: digits[index]), let low = Self.value(of: digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        self.bytes = bytes
    }

    /// Lower-case hex, as `sha256sum` prints it.
    public var description: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func value(of digit: UInt8) -> UInt8? {
        switch digit {
        case 0x30...0x39: digit - 0x30
        case 0x61...0x66: digit - 0x61 + 10
        case 0x41...0x46: digit - 0x41 + 10
        default: nil
        }
    }
}
