import Foundation

/// What a file looked like when it was loaded, to notice before saving that someone else changed it.
public struct FileStamp: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modifiedNanoseconds: Int64
    /// 64-bit FNV-1a hash of the bytes; timestamps alone miss two writes within one clock tick.
    public var contentHash: UInt64

    public init(device: UInt64, inode: UInt64, size: Int64, modifiedNanoseconds: Int64, contentHash: UInt64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.contentHash = contentHash
    }

    /// True when the metadata is the same, whatever the bytes; a cheap "did it change?" poll.
    public func hasSameMetadata(as other: FileStamp) -> Bool {
        device == other.device && inode == other.inode && size == other.size
            && modifiedNanoseconds == other.modifiedNanoseconds
    }

    /// 64-bit FNV-1a, enough to tell two versions of a small text file apart.
    public static func hash(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
